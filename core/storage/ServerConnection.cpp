#include "storage/ServerConnection.h"

#include "storage/DocumentError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

QString nextConnectionName()
{
    static std::atomic<int> opened{0};
    return QStringLiteral("quarterdeck-server-%1").arg(++opened);
}

DocumentError cannotConnect(const ServerAddress &address, const QString &why)
{
    return DocumentError(
        QCoreApplication::translate("ServerConnection", "Cannot connect to the organisation database %1: %2")
            .arg(address.displayName(), why.trimmed()));
}

} // namespace

ServerConnection::ServerConnection(const ServerAddress &address)
    : m_address(address)
    , m_connectionName(nextConnectionName())
{
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_address.configure(database);
        if (!database.isValid())
            failure = QCoreApplication::translate("ServerConnection",
                                                  "this installation lacks Qt's PostgreSQL driver (QPSQL).");
        else if (!database.open())
            failure = database.lastError().databaseText();
        // Qt never sets the session's zone (timestamptz values would come in the server's); a statement waits at
        // most this long for another's lock, and runs at most this long, before it fails and its action with it.
        const QStringList settings{QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET lock_timeout = '10s'"),
                                   QStringLiteral("SET statement_timeout = '60s'"),
                                   QStringLiteral("SET client_min_messages TO warning")};
        for (qsizetype next = 0; failure.isEmpty() && next < settings.size(); ++next) {
            QSqlQuery query(database);
            if (!query.exec(settings.at(next)))
                failure = query.lastError().databaseText();
        }
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        throw cannotConnect(m_address, failure);
    }
}

ServerConnection::~ServerConnection()
{
    database().close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
