#pragma once

#include <QStringList>
#include <QtMessageHandler>

// Collects Qt warnings (QAbstractItemModelTester reports through them) while alive, so a test can require
// there were none. One at a time.
class WarningRecorder {
public:
    WarningRecorder();
    ~WarningRecorder();
    WarningRecorder(const WarningRecorder &) = delete;
    WarningRecorder &operator=(const WarningRecorder &) = delete;

    const QStringList &warnings() const { return m_warnings; }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QStringList m_warnings;
    QtMessageHandler m_previous = nullptr;
};
