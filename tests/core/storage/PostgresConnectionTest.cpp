// What a shared organisation database (issue 18) builds on, checked on a real PostgreSQL server through Qt's driver.
#include "support/catch.h"

#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTest>

namespace {

qint64 countOf(const PostgresTestConnection &connection, const QString &table)
{
    QSqlQuery query = connection.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A rolled back PostgreSQL transaction should leave nothing", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_rolled_back");
    const PostgresTestConnection connection(schema);
    connection.exec(QStringLiteral("CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                   "name text NOT NULL)"));

    REQUIRE(connection.database().transaction());
    connection.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Sales'), ('Support')"));
    CHECK(countOf(connection, QStringLiteral("teams")) == 2);
    REQUIRE(connection.database().rollback());

    CHECK(countOf(connection, QStringLiteral("teams")) == 0);
    const PostgresTestConnection other;
    CHECK(countOf(other, schema + QStringLiteral(".teams")) == 0);
}

TEST_CASE("After an error every statement of the PostgreSQL transaction should fail until it is rolled back",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_aborted"));
    connection.exec(QStringLiteral("CREATE TABLE teams (name text PRIMARY KEY)"));

    REQUIRE(connection.database().transaction());
    connection.exec(QStringLiteral("INSERT INTO teams VALUES ('Sales')"));
    QSqlQuery query(connection.database());
    CHECK(!query.exec(QStringLiteral("INSERT INTO teams VALUES ('Sales')")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("23505")); // unique violation
    for (const QString &statement :
         {QStringLiteral("INSERT INTO teams VALUES ('Support')"), QStringLiteral("SELECT count(*) FROM teams")}) {
        INFO(statement.toStdString());
        CHECK(!query.exec(statement));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("25P02")); // in failed transaction
    }

    SECTION("Rolled back, the connection works again and nothing was written")
    {
        REQUIRE(connection.database().rollback());
        CHECK(countOf(connection, QStringLiteral("teams")) == 0);
    }
    SECTION("Its commit fails, ends it and writes nothing")
    {
        CHECK(!connection.database().commit());
        CHECK(countOf(connection, QStringLiteral("teams")) == 0);
    }
}

TEST_CASE("INSERT ... RETURNING id should give the new row's id on PostgreSQL", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_returning"));
    connection.exec(QStringLiteral("CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                   "name text NOT NULL)"));
    connection.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Sales'), ('Support')"));

    // Named placeholders, as Statement binds them: QPSQL rewrites them to $1.
    QSqlQuery insert(connection.database());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO teams (name) VALUES (:name) RETURNING id")));
    insert.bindValue(QStringLiteral(":name"), QStringLiteral("Marketing"));
    REQUIRE(insert.exec());
    REQUIRE(insert.next());
    const qint64 returned = insert.value(0).toLongLong();

    QSqlQuery stored = connection.exec(QStringLiteral("SELECT id FROM teams WHERE name = 'Marketing'"));
    REQUIRE(stored.next());
    CHECK(returned == stored.value(0).toLongLong());
    CHECK(returned == 3);
}

TEST_CASE("A PostgreSQL notification sent inside a transaction should reach a listener only at commit",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    // Qt quotes the channel it listens on, so only a lowercase name matches pg_notify's.
    const QString channel = QStringLiteral("quarterdeck_test_commit");
    const PostgresTestConnection listener;
    QSqlDriver *listening = listener.database().driver();
    REQUIRE(listening->subscribeToNotification(channel));
    QSignalSpy notifications(listening, &QSqlDriver::notification);
    const PostgresTestConnection sender;

    REQUIRE(sender.database().transaction());
    sender.exec(QStringLiteral("SELECT pg_notify('%1', 'saved')").arg(channel));
    // The listener's own notification, sent after the sender's, arrives once everything committed before it has:
    // when it is the only one, the sender's uncommitted one was held back.
    listener.exec(QStringLiteral("SELECT pg_notify('%1', 'marker')").arg(channel));
    REQUIRE(QTest::qWaitFor([&] { return !notifications.isEmpty(); }));
    REQUIRE(notifications.size() == 1);
    CHECK(notifications.at(0).at(2).toString() == QStringLiteral("marker"));
    CHECK(notifications.at(0).at(1).value<QSqlDriver::NotificationSource>() == QSqlDriver::SelfSource);

    REQUIRE(sender.database().commit());
    REQUIRE(QTest::qWaitFor([&] { return notifications.size() == 2; }));
    CHECK(notifications.at(1).at(0).toString() == channel);
    CHECK(notifications.at(1).at(2).toString() == QStringLiteral("saved"));
    CHECK(notifications.at(1).at(1).value<QSqlDriver::NotificationSource>() == QSqlDriver::OtherSource);
}

TEST_CASE("A PostgreSQL session should read timestamptz values as instants and cut days in UTC",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection;
    QSqlQuery query = connection.exec(QStringLiteral("SELECT timestamptz '2026-03-29 01:30:00+02', "
                                                     "(timestamptz '2026-03-29 01:30:00+02')::date"));
    REQUIRE(query.next());
    // Qt 6.4 gives the instant in the process's local time, whatever the session's zone: compare instants.
    CHECK(query.value(0).toDateTime() == QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC));
    // The server's own day arithmetic follows the session's zone, UTC (PostgresTestConnection sets it).
    CHECK(query.value(1).toDate().toString(Qt::ISODate) == QStringLiteral("2026-03-28"));
}
