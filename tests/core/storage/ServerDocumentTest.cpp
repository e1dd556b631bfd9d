#include "support/catch.h"

#include "storage/ChangeLog.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"
#include "storage/ServerCopy.h"
#include "storage/TeamRepository.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <thread>

namespace {

// An organisation of two teams copied up into the test's schema; its URL.
QString organisationOnServer(const QString &schema)
{
    QTemporaryDir folder;
    const std::unique_ptr<Document> file =
        Document::create(folder.filePath(QStringLiteral("plan.okr")), [](Document &document) {
            TeamRepository teams(document);
            const Id company = teams.add(Team{NoId, NoId, QStringLiteral("Acme")});
            teams.add(Team{NoId, company, QStringLiteral("Sales")});
            teams.add(Team{NoId, company, QStringLiteral("Support")});
        });
    const QString url = PostgresTestConnection::url(schema);
    ServerCopy::toServer(*file, ServerConnection(ServerAddress::parse(url)));
    return url;
}

Id teamId(Document &document, const QString &name)
{
    const std::optional<Team> team = TeamRepository(document).byName(name);
    REQUIRE(team.has_value());
    return team->id;
}

QStringList teamNames(Document &document)
{
    QStringList names;
    for (const Team &team : TeamRepository(document).all())
        names.append(team.name);
    return names;
}

qint64 changeCount(const PostgresTestConnection &server)
{
    QSqlQuery count = server.exec(QStringLiteral("SELECT count(*) FROM changes"));
    return count.next() ? count.value(0).toLongLong() : -1;
}

qint64 backendOf(Document &document)
{
    QSqlQuery backend = document.exec(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(backend.next());
    return backend.value(0).toLongLong();
}

// Until the server process `backend` waits for a lock another holds (or ten seconds have passed: fails).
void awaitLockWait(const PostgresTestConnection &server, const std::atomic<qint64> &backend)
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        if (backend != 0) {
            QSqlQuery waiting = server.exec(
                QStringLiteral("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %1").arg(backend));
            if (waiting.next() && waiting.value(0).toBool())
                return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    FAIL("the other writer never waited for a lock");
}

} // namespace

TEST_CASE("An action on an organisation database is all or nothing, and its change is recorded once it wrote",
          "[storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_server_document_actions");
    const PostgresTestConnection server(schema);
    const QString url = organisationOnServer(schema);
    const std::unique_ptr<Document> document = Document::openServer(url);
    const qint64 changesBefore = changeCount(server);

    SECTION("A transaction that throws half-way leaves nothing")
    {
        CHECK_THROWS_AS(document->transaction([&] {
            TeamRepository(*document).add(Team{NoId, teamId(*document, QStringLiteral("Acme")), QStringLiteral("Ops")});
            throw DocumentError(QStringLiteral("half-way"));
        }),
                        DocumentError);
        CHECK_FALSE(teamNames(*document).contains(QStringLiteral("Ops")));
        CHECK(changeCount(server) == changesBefore);
    }

    SECTION("A statement the server refuses half-way (an aborted transaction) leaves nothing, and the next works")
    {
        const Id acme = teamId(*document, QStringLiteral("Acme"));
        CHECK_THROWS_AS(document->transaction([&] {
            TeamRepository(*document).add(Team{NoId, acme, QStringLiteral("Ops")});
            document->exec(QStringLiteral("INSERT INTO teams (parent_id, name) VALUES (999999, 'Nowhere')"));
        }),
                        DocumentError);
        CHECK_FALSE(teamNames(*document).contains(QStringLiteral("Ops")));
        TeamRepository(*document).add(Team{NoId, acme, QStringLiteral("Ops")});
        CHECK(teamNames(*document).contains(QStringLiteral("Ops")));
    }

    SECTION("A transaction that only reads records no change")
    {
        document->transaction([&] { teamNames(*document); });
        CHECK(changeCount(server) == changesBefore);
    }

    SECTION("The rows a transaction writes carry the change it records")
    {
        document->describeChanges(QStringLiteral("Rename Sales"));
        Revision written = 0;
        document->transaction([&] {
            TeamRepository(*document).rename(teamId(*document, QStringLiteral("Sales")), QStringLiteral("Field Sales"));
            written = document->changeBeingWritten();
        });
        const std::optional<ChangeRecord> latest = ChangeLog(*document).latest();
        REQUIRE(latest.has_value());
        CHECK(latest->id == written);
        CHECK(latest->summary == QStringLiteral("Rename Sales"));
        CHECK(TeamRepository(*document).revisions().value(teamId(*document, QStringLiteral("Field Sales"))) == written);
    }
}

TEST_CASE("Two writers deadlocked on an organisation database both succeed: the server's victim runs again",
          "[storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_server_document_deadlock");
    const PostgresTestConnection server(schema);
    const QString url = organisationOnServer(schema);
    std::latch salesRenamed(1);
    std::atomic<qint64> backends[2] = {0, 0}; // each writer's server process
    std::atomic<int> attempts{0};
    // Each renames both teams, in opposite orders. The first renames Sales and so holds the turn to write; the second
    // then renames Support, holding its row while it waits for that turn; the first wants that row next.
    const auto renameBoth = [&](const QString &first, const QString &second, const QString &suffix,
                                std::atomic<qint64> &backend, const std::function<void()> &afterFirstRename) {
        const std::unique_ptr<Document> document = Document::openServer(url); // a connection of this thread's
        backend = backendOf(*document);
        const Id firstId = teamId(*document, first);
        const Id secondId = teamId(*document, second);
        bool renamedOnce = false;
        document->transaction([&] {
            ++attempts;
            TeamRepository(*document).rename(firstId, first + suffix);
            if (!std::exchange(renamedOnce, true))
                afterFirstRename();
            TeamRepository(*document).rename(secondId, second + suffix);
        });
    };
    std::exception_ptr failure;
    std::thread other([&] {
        try {
            salesRenamed.wait();
            renameBoth(QStringLiteral("Support"), QStringLiteral("Sales"), QStringLiteral(" (B)"), backends[1], [] {});
        } catch (...) {
            failure = std::current_exception();
        }
    });
    CHECK_NOTHROW(
        renameBoth(QStringLiteral("Sales"), QStringLiteral("Support"), QStringLiteral(" (A)"), backends[0], [&] {
            salesRenamed.count_down();
            awaitLockWait(server, backends[1]); // holding Support
        }));
    other.join();
    CHECK_FALSE(failure);
    // One of the two ran again; under load its retry may also meet the other's commit as a serialization failure
    // and run once more (seen in a full run beside a build: 5 attempts).
    CHECK(attempts >= 3);
    // The victim ran again after the other committed: its names are the last.
    QSqlQuery names = server.exec(QStringLiteral("SELECT string_agg(name, ', ' ORDER BY id) FROM teams"));
    REQUIRE(names.next());
    const QString finalNames = names.value(0).toString();
    CHECK((finalNames == QStringLiteral("Acme, Sales (A), Support (A)") ||
           finalNames == QStringLiteral("Acme, Sales (B), Support (B)")));
}

TEST_CASE("A connection the server ends is reported as lost, and the document works again once reconnected",
          "[storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_server_document_lost");
    const PostgresTestConnection server(schema);
    const QString url = organisationOnServer(schema);
    const std::unique_ptr<Document> document = Document::openServer(url);
    const qint64 changesBefore = changeCount(server);
    const auto endConnection = [&] {
        QSqlQuery backend = document->exec(QStringLiteral("SELECT pg_backend_pid()"));
        REQUIRE(backend.next());
        // Waits until the server process has gone, so the next statement cannot slip in before it.
        server.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(backend.value(0).toLongLong()));
    };
    const auto requireLost = [&](const std::function<void()> &work) {
        try {
            work();
            FAIL("the statement ran on a lost connection");
        } catch (const DocumentError &error) {
            CHECK(error.message().startsWith(QStringLiteral("The connection to the server was lost")));
            CHECK_FALSE(error.message().contains(u'\n')); // libpq's several lines, made one
        }
        CHECK_FALSE(document->isConnected());
    };
    REQUIRE(document->isConnected());
    endConnection();

    requireLost([&] { teamNames(*document); });
    // Every later statement says so too, not an empty failure.
    requireLost([&] { teamNames(*document); });
    requireLost([&] { TeamRepository(*document).add(Team{NoId, NoId, QStringLiteral("Lost")}); });
    CHECK(changeCount(server) == changesBefore);

    SECTION("Reconnected, it reads and writes again")
    {
        document->reconnect();
        CHECK(document->isConnected());
        CHECK(teamNames(*document) ==
              QStringList{QStringLiteral("Acme"), QStringLiteral("Sales"), QStringLiteral("Support")});
        TeamRepository(*document).add(Team{NoId, teamId(*document, QStringLiteral("Acme")), QStringLiteral("Ops")});
        CHECK(teamNames(*document).contains(QStringLiteral("Ops")));
        CHECK(changeCount(server) == changesBefore + 1);
    }

    SECTION("A database a newer Quarterdeck upgraded meanwhile is refused, and nothing is written")
    {
        server.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                        .arg(Document::currentSchemaVersion() + 1));
        CHECK_THROWS_WITH(document->reconnect(), Catch::Contains("newer version"));
        CHECK_FALSE(document->isConnected());
        CHECK(changeCount(server) == changesBefore);
    }
}

TEST_CASE("Writers on an organisation database take change ids in the order they commit", "[storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_server_document_change_order");
    const PostgresTestConnection server(schema);
    const QString url = organisationOnServer(schema);
    const std::unique_ptr<Document> first = Document::openServer(url);
    const std::unique_ptr<Document> second = Document::openServer(url);
    const Id sales = teamId(*first, QStringLiteral("Sales"));
    const Id support = teamId(*first, QStringLiteral("Support"));

    // The first starts before the second, which writes and commits before the first writes. Whoever read the
    // second's change then must have seen every change with a lower id: the first's id comes after it.
    Revision firstChange = 0;
    Revision secondChange = 0;
    first->transaction([&] {
        teamNames(*first);
        second->transaction([&] {
            TeamRepository(*second).rename(support, QStringLiteral("Customer Support"));
            secondChange = second->changeBeingWritten();
        });
        TeamRepository(*first).rename(sales, QStringLiteral("Field Sales"));
        firstChange = first->changeBeingWritten();
    });
    CHECK(secondChange > 0);
    CHECK(firstChange > secondChange);
    CHECK(TeamRepository(*second).revisions().value(sales) == firstChange);
    CHECK(ChangeLog(*second).lastId() == firstChange);
}

TEST_CASE("A writer on an organisation database waits for the one writing before it to end", "[storage][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_server_document_writers_queue");
    const PostgresTestConnection server(schema);
    const QString url = organisationOnServer(schema);
    const std::unique_ptr<Document> first = Document::openServer(url);
    const Id sales = teamId(*first, QStringLiteral("Sales"));
    const Id support = teamId(*first, QStringLiteral("Support"));
    std::latch firstWrote(1);
    std::atomic<qint64> secondBackend{0};
    std::atomic<bool> firstCommitted{false};
    std::atomic<bool> secondSawFirstCommitted{false};
    std::exception_ptr failure;
    std::thread other([&] {
        try {
            const std::unique_ptr<Document> second = Document::openServer(url);
            secondBackend = backendOf(*second);
            firstWrote.wait();
            second->transaction([&] {
                // Another row: only the change id is shared, and its turn comes once the first has committed.
                TeamRepository(*second).rename(support, QStringLiteral("Customer Support"));
                secondSawFirstCommitted = firstCommitted.load();
            });
        } catch (...) {
            failure = std::current_exception();
        }
    });
    first->transaction([&] {
        TeamRepository(*first).rename(sales, QStringLiteral("Field Sales"));
        firstWrote.count_down();
        awaitLockWait(server, secondBackend); // the second's first write waits for its turn
        firstCommitted = true;
    });
    other.join();
    CHECK_FALSE(failure);
    CHECK(secondSawFirstCommitted);
}
