// An organisation's database on a real PostgreSQL server (issue 18): its schema, created and upgraded safely.
#include "support/catch.h"

#include "StorageTestSupport.h"
#include "storage/DocumentError.h"
#include "storage/ServerSchema.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QSet>
#include <QSqlError>
#include <QTest>

#include <atomic>
#include <future>

namespace {

const QString shownName = QStringLiteral("the test database");

// "table.column" of every column of the connection's schema.
QSet<QString> serverColumns(const PostgresTestConnection &connection)
{
    QSqlQuery query = connection.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                                     "WHERE table_schema = current_schema()"));
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(0).toString() + u'.' + query.value(1).toString());
    return columns;
}

QSet<QString> fileColumns()
{
    StorageTestSupport::ScratchDocument scratch;
    QSqlQuery query = scratch.document->exec(QStringLiteral(
        "SELECT m.name, p.name FROM sqlite_schema AS m, pragma_table_info(m.name) AS p WHERE m.type = 'table'"));
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(0).toString() + u'.' + query.value(1).toString());
    return columns;
}

qint64 integerOf(const PostgresTestConnection &connection, const QString &sql)
{
    QSqlQuery query = connection.exec(sql);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 tableCount(const PostgresTestConnection &connection)
{
    return integerOf(connection, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
}

// The message ServerSchema::migrate throws; empty when it migrates.
QString migrateError(const PostgresTestConnection &connection)
{
    try {
        ServerSchema::migrate(connection.database(), shownName);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

// Starts a change as a server action does: its row first, named in the transaction's setting.
qint64 beginChange(const PostgresTestConnection &connection)
{
    REQUIRE(connection.database().transaction());
    const qint64 change = integerOf(connection, QStringLiteral("INSERT INTO changes (written_at, writer) VALUES "
                                                               "(now(), 'command-line') RETURNING id"));
    connection.exec(QStringLiteral("SELECT set_config('quarterdeck.change', '%1', true)").arg(change));
    return change;
}

} // namespace

TEST_CASE("An empty organisation database gets this version's schema, with every table and column of a file",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_schema_created"));
    CHECK(ServerSchema::storedVersion(connection.database()) == 0);

    REQUIRE(migrateError(connection).isEmpty());

    CHECK(ServerSchema::storedVersion(connection.database()) == Document::currentSchemaVersion());
    CHECK(serverColumns(connection) == fileColumns());

    SECTION("Opened again, the database is left as it is")
    {
        const qint64 change = beginChange(connection);
        connection.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Acme')"));
        REQUIRE(connection.database().commit());
        REQUIRE(migrateError(connection).isEmpty());
        CHECK(integerOf(connection, QStringLiteral("SELECT revision FROM teams WHERE name = 'Acme'")) == change);
        CHECK(ServerSchema::storedVersion(connection.database()) == Document::currentSchemaVersion());
    }
}

TEST_CASE("An organisation database of a newer version is refused with nothing written", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_schema_newer"));
    REQUIRE(migrateError(connection).isEmpty());
    const int newer = Document::currentSchemaVersion() + 1;
    connection.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(newer));
    const QSet<QString> columns = serverColumns(connection);

    const QString error = migrateError(connection);
    INFO(error.toStdString());

    CHECK(error.contains(QStringLiteral("newer version of Quarterdeck")));
    CHECK(error.contains(QString::number(newer)));
    CHECK(ServerSchema::storedVersion(connection.database()) == newer);
    CHECK(serverColumns(connection) == columns);
}

TEST_CASE("A database holding other tables is not taken for an organisation's", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_schema_other"));
    connection.exec(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY)"));

    const QString error = migrateError(connection);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("is not a Quarterdeck organisation database")));
    CHECK(tableCount(connection) == 1);
}

TEST_CASE("A schema that fails half-way is not created at all", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_schema_half_way"));
    // In the way of the script's last function, after every table: no table, so the database counts as empty.
    connection.exec(QStringLiteral("CREATE FUNCTION quarterdeck_stamp_parents() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                   "BEGIN RETURN NULL; END; $$"));

    const QString error = migrateError(connection);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("quarterdeck_stamp_parents")));
    CHECK(tableCount(connection) == 0);
    CHECK(ServerSchema::storedVersion(connection.database()) == 0);
}

TEST_CASE("Every row written on the server carries its change, and a check-in follows its values",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const PostgresTestConnection connection(QStringLiteral("test_schema_revisions"));
    REQUIRE(migrateError(connection).isEmpty());

    const qint64 planned = beginChange(connection);
    connection.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Sales')"));
    connection.exec(QStringLiteral("INSERT INTO cycles (name, start_date, end_date) VALUES "
                                   "('2026 Q4', '2026-10-01', '2026-12-31')"));
    connection.exec(QStringLiteral("INSERT INTO objectives (cycle_id, team_id, title) SELECT c.id, t.id, 'Grow' "
                                   "FROM cycles c, teams t"));
    connection.exec(QStringLiteral("INSERT INTO key_results (objective_id, title) SELECT id, 'Deals' FROM objectives"));
    connection.exec(
        QStringLiteral("INSERT INTO check_ins (team_id, iso_year, iso_week) SELECT id, 2026, 45 FROM teams"));
    connection.exec(QStringLiteral("INSERT INTO kpis (team_id, name) SELECT id, 'Churn' FROM teams"));
    REQUIRE(connection.database().commit());
    for (const QString &table : {QStringLiteral("teams"), QStringLiteral("cycles"), QStringLiteral("objectives"),
                                 QStringLiteral("key_results"), QStringLiteral("check_ins"), QStringLiteral("kpis")}) {
        INFO(table.toStdString());
        CHECK(integerOf(connection, QStringLiteral("SELECT revision FROM %1").arg(table)) == planned);
    }

    const qint64 checkedIn = beginChange(connection);
    REQUIRE(checkedIn > planned);
    connection.exec(QStringLiteral("INSERT INTO kr_updates (check_in_id, iso_year, iso_week, key_result_id, value) "
                                   "SELECT c.id, c.iso_year, c.iso_week, k.id, 3 FROM check_ins c, key_results k"));
    connection.exec(
        QStringLiteral("INSERT INTO kpi_values (kpi_id, date, value) SELECT id, '2026-11-06', 2.5 FROM kpis"));
    REQUIRE(connection.database().commit());
    CHECK(integerOf(connection, QStringLiteral("SELECT revision FROM check_ins")) == checkedIn);
    CHECK(integerOf(connection, QStringLiteral("SELECT revision FROM kpis")) == checkedIn);
    CHECK(integerOf(connection, QStringLiteral("SELECT revision FROM key_results")) == planned);

    SECTION("A write outside a recorded change is refused")
    {
        QSqlQuery unrecorded(connection.database());
        CHECK_FALSE(unrecorded.exec(QStringLiteral("UPDATE teams SET name = 'Field sales'")));
        CHECK(unrecorded.lastError().databaseText().contains(QStringLiteral("recorded change")));
        CHECK(integerOf(connection, QStringLiteral("SELECT count(*) FROM teams WHERE name = 'Sales'")) == 1);
    }
}

TEST_CASE("Two copies of Quarterdeck setting up one organisation database at once set it up once",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_schema_at_once");
    const PostgresTestConnection holder(schema);
    // A third copy is migrating: it holds the lock while both others start.
    REQUIRE(holder.database().transaction());
    holder.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x51444B31));

    // Each copy on a connection of its own thread, as two processes would be. Other tests' connections wait for
    // advisory locks too (ctest runs them in parallel on the same server): only these two copies' waits count.
    std::atomic<qint64> backends[2] = {0, 0};
    const auto setUp = [&schema, &backends](int copyIndex) {
        const PostgresTestConnection copy;
        copy.exec(QStringLiteral("SET search_path TO %1").arg(schema));
        QSqlQuery backend = copy.exec(QStringLiteral("SELECT pg_backend_pid()"));
        backends[copyIndex] = backend.next() ? backend.value(0).toLongLong() : -1; // no REQUIRE off the test's thread
        return migrateError(copy);
    };
    std::future<QString> first = std::async(std::launch::async, setUp, 0);
    std::future<QString> second = std::async(std::launch::async, setUp, 1);
    const auto waiting = [&holder, &backends] {
        return integerOf(holder, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                                "AND NOT granted AND pid IN (%1, %2)")
                                     .arg(backends[0].load())
                                     .arg(backends[1].load()));
    };
    REQUIRE(QTest::qWaitFor([&] { return waiting() == 2; }));
    REQUIRE(holder.database().rollback());

    CHECK(first.get().isEmpty());
    CHECK(second.get().isEmpty());
    CHECK(ServerSchema::storedVersion(holder.database()) == Document::currentSchemaVersion());
    CHECK(integerOf(holder, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'schema_version'")) == 1);
}
