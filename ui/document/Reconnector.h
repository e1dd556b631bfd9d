#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class DocumentSession;
class QTimer;

// Brings back, by itself, a session whose connection to its server broke. Every RetryMs it tries to reach the server
// from the application's thread pool (a connection opened there and closed: a server that does not answer keeps no
// one waiting), and within AnswerMs of a try getting through it reconnects the session, which has every view read the
// document afresh.
class Reconnector : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMs = 5000;
    static constexpr int AnswerMs = 250;

    explicit Reconnector(DocumentSession &session);

    void start(); // nothing when already trying
    void stop();
    bool isTrying() const;

private:
    enum class Reach { Trying, Reached, Unreachable };

    void tryAgain();

    DocumentSession &m_session;
    QTimer *m_timer = nullptr; // a child: looks for the answer every AnswerMs
    QElapsedTimer m_sinceTry;
    // The try under way, answered by the pool's thread; null between tries.
    std::shared_ptr<std::atomic<Reach>> m_reach;
};
