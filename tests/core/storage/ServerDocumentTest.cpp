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
    std::latch bothHoldTheirFirstRow(2);
    std::atomic<int> attempts{0};
    // Each renames both teams, in opposite orders: each holds the row the other waits for.
    const auto renameBoth = [&](const QString &first, const QString &second, const QString &suffix) {
        const std::unique_ptr<Document> document = Document::openServer(url); // a connection of this thread's
        const Id firstId = teamId(*document, first);
        const Id secondId = teamId(*document, second);
        bool waited = false;
        document->transaction([&] {
            ++attempts;
            TeamRepository(*document).rename(firstId, first + suffix);
            if (!std::exchange(waited, true))
                bothHoldTheirFirstRow.arrive_and_wait();
            TeamRepository(*document).rename(secondId, second + suffix);
        });
    };
    std::exception_ptr failure;
    std::thread other([&] {
        try {
            renameBoth(QStringLiteral("Support"), QStringLiteral("Sales"), QStringLiteral(" (B)"));
        } catch (...) {
            failure = std::current_exception();
        }
    });
    CHECK_NOTHROW(renameBoth(QStringLiteral("Sales"), QStringLiteral("Support"), QStringLiteral(" (A)")));
    other.join();
    CHECK_FALSE(failure);
    CHECK(attempts == 3); // one of the two ran twice
    // The victim ran again after the other committed: its names are the last.
    QSqlQuery names = server.exec(QStringLiteral("SELECT string_agg(name, ', ' ORDER BY id) FROM teams"));
    REQUIRE(names.next());
    const QString finalNames = names.value(0).toString();
    CHECK((finalNames == QStringLiteral("Acme, Sales (A), Support (A)") ||
           finalNames == QStringLiteral("Acme, Sales (B), Support (B)")));
}
