#pragma once

#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QString>

// An open connection to an organisation database (QPSQL), its session set up as Quarterdeck reads and writes: times
// in UTC, and waits bounded so that a dead network or a stuck lock ends in a message instead of a frozen window.
// Closed and removed from Qt's list of connections when destroyed; like every connection, usable from the thread
// that opened it only.
class ServerConnection {
public:
    // Connects; throws DocumentError with the server's (or libpq's) reason when it cannot.
    explicit ServerConnection(const ServerAddress &address);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase database() const;
    const QString &connectionName() const { return m_connectionName; }
    const ServerAddress &address() const { return m_address; }

private:
    ServerAddress m_address;
    QString m_connectionName;
};
