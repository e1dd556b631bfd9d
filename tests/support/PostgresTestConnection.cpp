#include "support/PostgresTestConnection.h"

#include "storage/DocumentError.h"
#include "support/TestServerUrl.h"
#include "support/catch.h"

#include <QSqlError>

namespace {

const char *const serverVariable = "QUARTERDECK_TEST_POSTGRES";

} // namespace

bool PostgresTestConnection::skipWithoutServer()
{
    if (qEnvironmentVariableIsSet(serverVariable))
        return false;
    WARN("PostgreSQL test skipped: "
         << QUARTERDECK_POSTGRES_SKIPPED
         << " (`make test` runs ctest beside a server: tests/postgres/throwaway-cluster ctest)");
    return true;
}

QString PostgresTestConnection::url(const QString &schema, const QString &database)
{
    return testServerUrl(schema, database);
}

PostgresTestConnection::PostgresTestConnection(const QString &schema)
{
    try {
        // UTC, quiet notices, bounded waits: as Quarterdeck's own connections.
        m_connection = std::make_unique<ServerConnection>(ServerAddress::parse(url()));
    } catch (const DocumentError &error) {
        FAIL("No connection to the PostgreSQL server of " << serverVariable << "=\"" << qgetenv(serverVariable).data()
                                                          << "\": " << error.message().toStdString());
    }
    if (!schema.isEmpty()) {
        exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)); // left by an interrupted run
        exec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
        exec(QStringLiteral("SET search_path TO %1").arg(schema));
        m_schema = schema;
    }
}

PostgresTestConnection::~PostgresTestConnection()
{
    if (!m_connection || m_schema.isEmpty())
        return;
    QSqlQuery cleanUp(database());
    // Ends the transaction a failed test may have left open, without the warning ROLLBACK gives when there is none
    // (the SET fails only inside an aborted transaction, where ROLLBACK has one to end).
    cleanUp.exec(QStringLiteral("SET client_min_messages TO error"));
    cleanUp.exec(QStringLiteral("ROLLBACK"));
    cleanUp.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
}

QSqlDatabase PostgresTestConnection::database() const
{
    return m_connection->database();
}

QSqlQuery PostgresTestConnection::exec(const QString &statement) const
{
    QSqlQuery query(database());
    if (!query.exec(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    return query;
}
