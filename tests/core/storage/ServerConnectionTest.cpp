// Connecting to an organisation database on the tests' PostgreSQL server (issue 18).
#include "support/catch.h"

#include "storage/DocumentError.h"
#include "storage/ServerConnection.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString setting(const ServerConnection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("SHOW ") + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("A connection to an organisation database works in UTC, names Quarterdeck and bounds its waits",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const ServerConnection connection(ServerAddress::parse(PostgresTestConnection::url()));

    CHECK(setting(connection, QStringLiteral("TimeZone")) == QStringLiteral("UTC"));
    CHECK(setting(connection, QStringLiteral("application_name")) == QStringLiteral("Quarterdeck"));
    CHECK(setting(connection, QStringLiteral("lock_timeout")) == QStringLiteral("10s"));
    CHECK(setting(connection, QStringLiteral("statement_timeout")) == QStringLiteral("1min"));
}

TEST_CASE("A connection to a database the server does not have says which and why", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const ServerAddress missing = ServerAddress::parse(PostgresTestConnection::url({}, QStringLiteral("no_such_okrs")));
    QString error;
    try {
        const ServerConnection connection(missing);
    } catch (const DocumentError &refused) {
        error = refused.message();
    }
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("Cannot connect to the organisation database no_such_okrs on ")));
    CHECK(error.contains(QStringLiteral("\"no_such_okrs\" does not exist")));
}

TEST_CASE("A connection takes what its URL leaves out from libpq's own settings: a service file",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    // The tests' server written as a libpq service, as an administrator would hand it out.
    QTemporaryDir folder;
    const QString serviceFile = folder.filePath(QStringLiteral("pg_service.conf"));
    QFile file(serviceFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[acme_okrs]\n");
    file.write(qgetenv("QUARTERDECK_TEST_POSTGRES").replace(' ', '\n') + '\n');
    file.close();
    const QByteArray previous = qgetenv("PGSERVICEFILE");
    qputenv("PGSERVICEFILE", serviceFile.toLocal8Bit());

    const ServerConnection connection(ServerAddress::parse(QStringLiteral("postgresql://?service=acme_okrs")));
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("SELECT current_database()")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("quarterdeck_tests"));
    CHECK(connection.address().displayName() == QStringLiteral("the service acme_okrs"));

    if (previous.isNull())
        qunsetenv("PGSERVICEFILE");
    else
        qputenv("PGSERVICEFILE", previous);
}
