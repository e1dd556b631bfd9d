#include "document/Reconnector.h"

#include "document/DocumentSession.h"
#include "storage/DocumentError.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"

#include <QThreadPool>
#include <QTimer>

Reconnector::Reconnector(DocumentSession &session)
    : QObject(&session)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(AnswerMs);
    connect(m_timer, &QTimer::timeout, this, &Reconnector::tryAgain);
}

void Reconnector::start()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void Reconnector::stop()
{
    m_timer->stop();
    m_reach.reset(); // a try still under way answers no one
}

bool Reconnector::isTrying() const
{
    return m_timer->isActive();
}

void Reconnector::tryAgain()
{
    if (m_reach && *m_reach == Reach::Trying)
        return; // a server that does not answer takes up to libpq's connect_timeout
    if (m_reach && *m_reach == Reach::Reached) {
        *m_reach = Reach::Unreachable; // should reconnecting fail all the same, the next try waits its turn
        m_session.reconnect();         // stops this when it succeeds
        return;
    }
    if (m_reach && m_sinceTry.elapsed() < RetryMs)
        return;
    m_sinceTry.start();
    m_reach = std::make_shared<std::atomic<Reach>>(Reach::Trying);
    QThreadPool::globalInstance()->start([reach = m_reach, url = m_session.document().path()] {
        try {
            const ServerConnection connection(ServerAddress::parse(url));
            *reach = Reach::Reached;
        } catch (const DocumentError &) {
            *reach = Reach::Unreachable;
        }
    });
}
