#include "document/DocumentWatcher.h"

#include "document/DocumentSession.h"
#include "storage/DocumentError.h"

#include <QGuiApplication>
#include <QTimer>

DocumentWatcher::DocumentWatcher(DocumentSession &session)
    : QObject(&session)
    , m_session(session)
    , m_timer(new QTimer(this))
    , m_dataVersion(session.document().dataVersion())
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DocumentWatcher::check);
    m_timer->start();
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(application, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                check();
        });
    }
}

bool DocumentWatcher::check()
{
    qint64 version = 0;
    try {
        version = m_session.document().dataVersion();
    } catch (const DocumentError &error) {
        m_timer->stop(); // one message, not one a second
        m_session.reportReadFailure(error.message());
        return false;
    }
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    m_session.notifyChanged({DocumentChange::Kind::WrittenElsewhere, NoId, {}, {}, {}});
    return true;
}
