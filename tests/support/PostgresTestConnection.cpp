#include "support/PostgresTestConnection.h"

#include "support/catch.h"

#include <QHash>
#include <QSqlError>
#include <QUrl>

namespace {

const char *const serverVariable = "QUARTERDECK_TEST_POSTGRES";

QString nextConnectionName()
{
    static int opened = 0;
    return QStringLiteral("postgres-test-%1").arg(++opened);
}

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
    QHash<QString, QString> described; // "host=FOLDER port=PORT dbname=DATABASE user=ROLE"
    for (const QString &setting : qEnvironmentVariable(serverVariable).split(u' ', Qt::SkipEmptyParts))
        described.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    const auto encoded = [](const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); };
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(encoded(described.value(QStringLiteral("user"))),
                           encoded(described.value(QStringLiteral("host"))), described.value(QStringLiteral("port")),
                           encoded(database.isEmpty() ? described.value(QStringLiteral("dbname")) : database));
    if (!schema.isEmpty()) // libpq's options: settings of the session from its start
        url += QStringLiteral("?options=") + encoded(QStringLiteral("-c search_path=") + schema);
    return url;
}

PostgresTestConnection::PostgresTestConnection(const QString &schema)
    : m_connectionName(nextConnectionName())
{
    QString openError;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        // QPSQL hands its connect options to libpq as they are: the description is a libpq connection string.
        database.setConnectOptions(qEnvironmentVariable(serverVariable));
        if (!database.open())
            openError = database.lastError().text();
    }
    if (!openError.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        FAIL("No connection to the PostgreSQL server of " << serverVariable << "=\"" << qgetenv(serverVariable).data()
                                                          << "\": " << openError.toStdString());
    }
    // Qt never sets the session's time zone: timestamptz values would come in the server's.
    exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // libpq prints the server's notices on stderr ("schema ... does not exist, skipping"): noise in a test's output.
    exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!schema.isEmpty()) {
        exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)); // left by an interrupted run
        exec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
        exec(QStringLiteral("SET search_path TO %1").arg(schema));
        m_schema = schema;
    }
}

PostgresTestConnection::~PostgresTestConnection()
{
    {
        QSqlDatabase database = this->database();
        if (!m_schema.isEmpty()) {
            QSqlQuery cleanUp(database);
            // Ends the transaction a failed test may have left open, without the warning ROLLBACK gives when there
            // is none (the SET fails only inside an aborted transaction, where ROLLBACK has one to end).
            cleanUp.exec(QStringLiteral("SET client_min_messages TO error"));
            cleanUp.exec(QStringLiteral("ROLLBACK"));
            cleanUp.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresTestConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery PostgresTestConnection::exec(const QString &statement) const
{
    QSqlQuery query(database());
    if (!query.exec(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    return query;
}
