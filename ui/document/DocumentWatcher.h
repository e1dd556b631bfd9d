#pragma once

#include <QObject>

class DocumentSession;
class QTimer;

// Notices what other connections (the command line, another window) commit to the session's file and makes every
// view read again: it asks SQLite's PRAGMA data_version (one cheap query) every IntervalMs and whenever the
// application becomes active, and announces a change it did not make as DocumentChange::Kind::WrittenElsewhere.
// A shared database can announce the same change from another source (PostgreSQL's LISTEN/NOTIFY).
class DocumentWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int IntervalMs = 1500;

    explicit DocumentWatcher(DocumentSession &session);

    // Asks now; true when another connection wrote since the last time (and the change was announced).
    bool check();
    QTimer *timer() const { return m_timer; }

private:
    DocumentSession &m_session;
    QTimer *m_timer = nullptr; // a child
    qint64 m_dataVersion = 0;
};
