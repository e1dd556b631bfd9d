#pragma once

#include <QObject>

class DocumentSession;
class QTimer;

// Notices what other connections (the command line, another window) commit to the session's document and makes every
// view read again, announcing a change it did not make as DocumentChange::Kind::WrittenElsewhere.
// - A file: it asks SQLite's PRAGMA data_version (one cheap query) every IntervalMs and whenever the application
//   becomes active.
// - A server database: it listens to the server's announcements (Document::changeChannel), which arrive as other
//   connections commit, and announces a burst of them once, CoalesceMs after the first. It also notices, within
//   IntervalMs, a connection the server or the network broke.
class DocumentWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int IntervalMs = 1500;
    static constexpr int CoalesceMs = 200;

    explicit DocumentWatcher(DocumentSession &session);

    // Asks now; true when another connection wrote since the last time (and the change was announced).
    bool check();
    QTimer *timer() const { return m_timer; }
    // On a server: listens to the announcements on the document's connection, again after reconnecting.
    void listen();

private:
    void poll();
    // On a server: reports a connection found broken to the session.
    void watchConnection();
    void announce();

    DocumentSession &m_session;
    QTimer *m_timer = nullptr; // a child
    qint64 m_dataVersion = 0;
    bool m_heard = false; // a server announced another's commit, not yet announced to the views
};
