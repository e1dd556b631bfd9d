#include "document/DocumentWatcher.h"

#include "document/DocumentSession.h"
#include "storage/DocumentError.h"

#include <QGuiApplication>
#include <QSqlDriver>
#include <QTimer>

DocumentWatcher::DocumentWatcher(DocumentSession &session)
    : QObject(&session)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    if (session.document().isOnServer()) {
        m_timer->setSingleShot(true);
        m_timer->setInterval(CoalesceMs);
        connect(m_timer, &QTimer::timeout, this, &DocumentWatcher::check);
        watchConnection();
        listen();
    } else {
        poll();
    }
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(application, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                check();
        });
    }
}

void DocumentWatcher::poll()
{
    m_dataVersion = m_session.document().dataVersion();
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DocumentWatcher::check);
    m_timer->start();
}

// QPSQL closes its side of the connection when it finds the socket it listens on closed (a server that stopped, a
// network that broke: libpq's keepalives, ServerAddress::configure): asking the driver costs no round trip.
void DocumentWatcher::watchConnection()
{
    auto *connectionCheck = new QTimer(this);
    connectionCheck->setInterval(IntervalMs);
    connect(connectionCheck, &QTimer::timeout, this, [this] {
        if (!m_session.document().isConnected())
            m_session.reportConnectionLost(tr("The connection to the organisation database %1 was lost.")
                                               .arg(m_session.document().displayName()));
    });
    connectionCheck->start();
}

void DocumentWatcher::listen()
{
    m_heard = false;
    QSqlDriver *driver = m_session.document().database().driver();
    if (!driver->subscribeToNotification(Document::changeChannel())) {
        m_session.reportReadFailure(tr("Quarterdeck cannot follow what others change in %1: the server refused to "
                                       "announce it. Reopen the database to see their changes.")
                                        .arg(m_session.document().displayName()));
        return;
    }
    // This connection's own commits are announced to it as well (SelfSource): the views already show them. Another
    // organisation in the same database announces on the same channel.
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &schema) {
                if (source != QSqlDriver::OtherSource || schema.toString() != m_session.document().serverSchema())
                    return;
                m_heard = true;
                if (!m_timer->isActive())
                    m_timer->start();
            });
}

bool DocumentWatcher::check()
{
    if (m_session.document().isOnServer()) {
        if (!m_heard)
            return false;
        m_heard = false;
        m_timer->stop();
        announce();
        return true;
    }
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
    announce();
    return true;
}

void DocumentWatcher::announce()
{
    m_session.notifyChanged({DocumentChange::Kind::WrittenElsewhere, NoId, {}, {}, {}});
}
