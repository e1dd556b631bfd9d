#include "ui/support/WarningRecorder.h"

namespace {

QStringList *activeWarnings = nullptr;

} // namespace

WarningRecorder::WarningRecorder()
{
    Q_ASSERT(!activeWarnings);
    activeWarnings = &m_warnings;
    m_previous = qInstallMessageHandler(&WarningRecorder::record);
}

WarningRecorder::~WarningRecorder()
{
    qInstallMessageHandler(m_previous);
    activeWarnings = nullptr;
}

void WarningRecorder::record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        activeWarnings->append(QStringLiteral("%1: %2").arg(QString::fromUtf8(context.category), message));
}
