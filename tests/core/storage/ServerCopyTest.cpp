// A whole document copied up to an organisation database and back down (issue 18's `quarterdeck copy`).
#include "support/catch.h"

#include "StorageTestSupport.h"
#include "io/ExchangeExtractor.h"
#include "io/JsonExchange.h"
#include "sample/DemoCompany.h"
#include "storage/DocumentError.h"
#include "storage/ServerConnection.h"
#include "storage/ServerCopy.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QSqlQuery>

namespace {

// The demo company in a document, and the tests' server in a schema of the test's own.
struct CopyFixture {
    explicit CopyFixture(const QString &schema)
        : server(schema)
        , address(ServerAddress::parse(PostgresTestConnection::url(schema)))
    {
        document->transaction([&] { DemoCompany::write(repository, QDate(2026, 11, 18)); });
    }

    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("demo.okr")));
    Repository repository{*document};
    PostgresTestConnection server;
    ServerAddress address;
};

QByteArray exported(Document &document)
{
    Repository repository(document);
    return JsonExchange::write(ExchangeExtractor::extract(repository));
}

qint64 serverCount(const PostgresTestConnection &server, const QString &table)
{
    QSqlQuery query = server.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// The message `copy` throws; empty when it copies.
QString copyError(const std::function<void()> &copy)
{
    try {
        copy();
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A document copied up to an organisation database and back down exports the same",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    CopyFixture fixture(QStringLiteral("test_copy_both_ways"));
    const qint64 fileChanges = StorageTestSupport::rowCount(*fixture.document, QStringLiteral("changes"));
    qint64 fileRows = 0;
    QSqlQuery tables = fixture.document->exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'meta'"));
    while (tables.next())
        fileRows += StorageTestSupport::rowCount(*fixture.document, tables.value(0).toString());

    qint64 copiedUp = 0;
    {
        const ServerConnection up(fixture.address);
        copiedUp = ServerCopy::toServer(*fixture.document, up);
    }
    CHECK(copiedUp == fileRows);
    CHECK(serverCount(fixture.server, QStringLiteral("teams")) ==
          StorageTestSupport::rowCount(*fixture.document, QStringLiteral("teams")));
    // The copy is a change of its own, after the file's.
    CHECK(serverCount(fixture.server, QStringLiteral("changes")) == fileChanges + 1);
    // The planner knows what was copied (ANALYZE): a table never analysed counts -1 rows.
    QSqlQuery planned = fixture.server.exec(
        QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'key_results'::regclass"));
    REQUIRE(planned.next());
    CHECK(planned.value(0).toLongLong() ==
          StorageTestSupport::rowCount(*fixture.document, QStringLiteral("key_results")));

    const QString downPath = fixture.folder.filePath(QStringLiteral("from-server.okr"));
    qint64 copiedDown = 0;
    {
        const ServerConnection down(fixture.address);
        copiedDown = ServerCopy::toFile(down, downPath);
    }
    // Down comes the copy's change too.
    CHECK(copiedDown == copiedUp + 1);
    const std::unique_ptr<Document> copy = Document::open(downPath);
    CHECK(exported(*copy) == exported(*fixture.document));
    CHECK(StorageTestSupport::integrityCheck(*copy) == QStringLiteral("ok"));
    CHECK(StorageTestSupport::foreignKeyViolations(*copy) == 0);
    CHECK(StorageTestSupport::rowCount(*copy, QStringLiteral("changes")) == fileChanges + 2);

    SECTION("The server hands out ids after the copied ones")
    {
        REQUIRE(fixture.server.database().transaction());
        fixture.server.exec(
            QStringLiteral("SELECT set_config('quarterdeck.change', max(id)::text, true) FROM changes"));
        QSqlQuery added = fixture.server.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('New') RETURNING id"));
        REQUIRE(added.next());
        REQUIRE(fixture.server.database().commit());
        QSqlQuery highest = fixture.server.exec(QStringLiteral("SELECT max(id) FROM teams WHERE name <> 'New'"));
        REQUIRE(highest.next());
        CHECK(added.value(0).toLongLong() == highest.value(0).toLongLong() + 1);
    }
}

TEST_CASE("A copy up into an organisation database that holds one is refused with nothing written",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    CopyFixture fixture(QStringLiteral("test_copy_not_empty"));
    const ServerConnection target(fixture.address);
    ServerCopy::toServer(*fixture.document, target);
    const qint64 changes = serverCount(fixture.server, QStringLiteral("changes"));
    const qint64 updates = serverCount(fixture.server, QStringLiteral("kr_updates"));

    const QString error = copyError([&] { ServerCopy::toServer(*fixture.document, target); });

    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("already holds an organisation")));
    CHECK(serverCount(fixture.server, QStringLiteral("changes")) == changes);
    CHECK(serverCount(fixture.server, QStringLiteral("kr_updates")) == updates);
}

TEST_CASE("A copy down refuses an existing file and a database without an organisation", "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    CopyFixture fixture(QStringLiteral("test_copy_down_refused"));
    const ServerConnection source(fixture.address);

    const QString empty =
        copyError([&] { ServerCopy::toFile(source, fixture.folder.filePath(QStringLiteral("nothing.okr"))); });
    CHECK(empty.contains(QStringLiteral("holds no organisation to copy")));
    CHECK_FALSE(QFileInfo::exists(fixture.folder.filePath(QStringLiteral("nothing.okr"))));

    ServerCopy::toServer(*fixture.document, source);
    const StorageTestSupport::FileSnapshot before = StorageTestSupport::FileSnapshot::of(fixture.document->path());
    const QString existing = copyError([&] { ServerCopy::toFile(source, fixture.document->path()); });
    CHECK(existing.contains(QStringLiteral("already exists")));
    CHECK(StorageTestSupport::FileSnapshot::of(fixture.document->path()) == before);
}

TEST_CASE("A copy up that fails half-way leaves the organisation database without an organisation",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    CopyFixture fixture(QStringLiteral("test_copy_half_way"));
    {
        const ServerConnection target(fixture.address);
        ServerCopy::toServer(*fixture.document, target); // the schema, emptied below
    }
    fixture.server.exec(QStringLiteral("TRUNCATE changes, teams, cycles, kpis RESTART IDENTITY CASCADE"));
    // The check-ins' values are refused: every row written before them, in seven tables, must go with them.
    fixture.server.exec(QStringLiteral("ALTER TABLE kr_updates ADD CHECK (value < 0)"));

    const ServerConnection target(fixture.address);
    const QString error = copyError([&] { ServerCopy::toServer(*fixture.document, target); });

    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("refused the rows of kr_updates")));
    for (const QString &table : {QStringLiteral("changes"), QStringLiteral("teams"), QStringLiteral("check_ins")}) {
        INFO(table.toStdString());
        CHECK(serverCount(fixture.server, table) == 0);
    }
}

TEST_CASE("A copy up refuses a document whose alignment loops, rather than leave its objectives behind",
          "[core][storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    CopyFixture fixture(QStringLiteral("test_copy_loop"));
    // Two objectives aligned to each other: neither is reached from an objective aligned to none.
    fixture.document->transaction([&] {
        fixture.document->exec(QStringLiteral("UPDATE objectives SET parent_id = (SELECT max(id) FROM objectives) "
                                              "WHERE id = (SELECT min(id) FROM objectives)"));
        fixture.document->exec(QStringLiteral("UPDATE objectives SET parent_id = (SELECT min(id) FROM objectives) "
                                              "WHERE id = (SELECT max(id) FROM objectives)"));
    });

    const ServerConnection target(fixture.address);
    const QString error = copyError([&] { ServerCopy::toServer(*fixture.document, target); });

    INFO(error.toStdString());
    // The two, and every objective aligned below them.
    CHECK(error.contains(QStringLiteral("Cannot copy table objectives: ")));
    CHECK(error.contains(QStringLiteral("rows could not be placed (a team or an alignment that loops back")));
    CHECK(serverCount(fixture.server, QStringLiteral("teams")) == 0);
    CHECK(serverCount(fixture.server, QStringLiteral("objectives")) == 0);
}
