#include "support/catch.h"

#include "commands/ChangeTreeItemCommand.h"
#include "commands/SaveCheckInCommand.h"
#include "document/DocumentSession.h"
#include "document/DocumentWatcher.h"
#include "document/Reconnector.h"
#include "storage/DocumentError.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"
#include "storage/ServerCopy.h"
#include "storage/TeamRepository.h"
#include "support/PostgresTestConnection.h"
#include "ui/support/RecordedMessages.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {

// The demo organisation copied up into the test's schema, opened by two windows' sessions.
struct TwoWindowsOnServer {
    explicit TwoWindowsOnServer(const QString &schema)
        : server(schema)
        , url(PostgresTestConnection::url(schema))
    {
        QTemporaryDir folder;
        const std::unique_ptr<Document> demo =
            Document::create(folder.filePath(QStringLiteral("demo.okr")), [](Document &document) {
                Repository repository(document);
                DemoCompany::write(repository, QDate::currentDate());
            });
        ServerCopy::toServer(*demo, ServerConnection(ServerAddress::parse(url)));
        first = DocumentSession::open(url);
        second = DocumentSession::open(url);
    }

    PostgresTestConnection server;
    QString url;
    std::unique_ptr<DocumentSession> first;
    std::unique_ptr<DocumentSession> second;
};

Id teamNamed(Repository &repository, const QString &name)
{
    const std::optional<Team> team = repository.teams().byName(name);
    REQUIRE(team.has_value());
    return team->id;
}

QString nameOf(Repository &repository, Id teamId)
{
    for (const Team &team : repository.teams().all()) {
        if (team.id == teamId)
            return team.name;
    }
    return {};
}

QList<DocumentChange::Kind> kinds(const QSignalSpy &changes)
{
    QList<DocumentChange::Kind> found;
    for (const QList<QVariant> &signal : changes)
        found.append(signal.first().value<DocumentChange>().kind);
    return found;
}

Objective firstObjective(Repository &repository)
{
    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().active()->id);
    REQUIRE_FALSE(plan.objectives.isEmpty());
    return plan.objectives.first();
}

// A check-in of one of the team's key results for this week, with `value`.
CheckIn checkInOf(Repository &repository, Id teamId, double value)
{
    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().active()->id);
    for (const qsizetype objective : plan.objectivesOfTeam(teamId)) {
        for (const qsizetype keyResult : plan.keyResultsOf(plan.objectives.at(objective).id))
            return {NoId, teamId, IsoWeek::containing(QDate::currentDate()),
                    {{plan.keyResults.at(keyResult).id, value, Confidence::OnTrack, {}}}, {}, {}, {}};
    }
    FAIL("the team has no key result");
    return {};
}

} // namespace

TEST_CASE("Two windows on one organisation database each see what the other saves within a second",
          "[ui][document][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    TwoWindowsOnServer windows(QStringLiteral("test_two_windows"));
    QSignalSpy firstHears(windows.first.get(), &DocumentSession::changed);
    QSignalSpy secondHears(windows.second.get(), &DocumentSession::changed);
    const Id sales = teamNamed(windows.second->repository(), QStringLiteral("Sales"));

    windows.second->repository().teams().rename(sales, QStringLiteral("Sales & Partners"));

    REQUIRE(firstHears.wait(1000));
    CHECK(kinds(firstHears) == QList{DocumentChange::Kind::WrittenElsewhere});
    CHECK(nameOf(windows.first->repository(), sales) == QStringLiteral("Sales & Partners"));
    // The server announces a commit to its writer as well: the writer's views already show it.
    CHECK_FALSE(secondHears.wait(2 * DocumentWatcher::CoalesceMs));
    CHECK(secondHears.isEmpty());

    SECTION("A burst of another's writes is read once")
    {
        firstHears.clear();
        for (int step = 1; step <= 5; ++step)
            windows.second->repository().teams().rename(sales, QStringLiteral("Sales %1").arg(step));
        REQUIRE(firstHears.wait(1000));
        CHECK_FALSE(firstHears.wait(2 * DocumentWatcher::CoalesceMs));
        CHECK(firstHears.count() == 1);
        CHECK(nameOf(windows.first->repository(), sales) == QStringLiteral("Sales 5"));
    }

    SECTION("The command line's write is seen as well")
    {
        firstHears.clear();
        const std::unique_ptr<Document> commandLine = Document::openServer(windows.url);
        TeamRepository(*commandLine).rename(sales, QStringLiteral("Field Sales"));
        REQUIRE(firstHears.wait(1000));
        CHECK(nameOf(windows.first->repository(), sales) == QStringLiteral("Field Sales"));
    }

    SECTION("Another organisation's write in the same database is not this one's")
    {
        firstHears.clear();
        const PostgresTestConnection otherOrganisation(QStringLiteral("test_two_windows_other"));
        otherOrganisation.exec(QStringLiteral("SELECT pg_notify('%1', current_schema())").arg(Document::changeChannel()));
        CHECK_FALSE(firstHears.wait(2 * DocumentWatcher::CoalesceMs));
    }

    SECTION("A rolled back write is never announced")
    {
        firstHears.clear();
        Document &document = windows.second->document();
        CHECK_THROWS(document.transaction([&] {
            windows.second->repository().teams().rename(sales, QStringLiteral("Never"));
            throw DocumentError(QStringLiteral("half-way"));
        }));
        CHECK_FALSE(firstHears.wait(2 * DocumentWatcher::CoalesceMs));
        CHECK(nameOf(windows.first->repository(), sales) == QStringLiteral("Sales & Partners"));
    }
}

TEST_CASE("An undo over another window's later edit on the organisation database is refused, theirs kept",
          "[ui][document][conflict][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    TwoWindowsOnServer windows(QStringLiteral("test_server_conflict"));
    const RecordedMessages messages; // a push's conflict is cancelled, never waited on
    QSignalSpy conflicts(windows.first.get(), &DocumentSession::conflicted);
    QSignalSpy secondHears(windows.second.get(), &DocumentSession::changed);
    const Objective original = firstObjective(windows.first->repository());
    Objective mine = original;
    mine.title = QStringLiteral("Customers adore us");
    REQUIRE(windows.first
                ->push(new ChangeTreeItemCommand(*windows.first, original.cycleId, original, mine,
                                                 ChangeTreeItemCommand::Field::Title))
                .isDone());
    REQUIRE(secondHears.wait(1000)); // the other window shows the rename before its user edits
    Objective theirs = firstObjective(windows.second->repository());
    REQUIRE(theirs.title == mine.title);
    theirs.title = QStringLiteral("Customers stay");
    REQUIRE(windows.second
                ->push(new ChangeTreeItemCommand(*windows.second, theirs.cycleId, mine, theirs,
                                                 ChangeTreeItemCommand::Field::Title))
                .isDone());

    windows.first->undoStack()->undo();

    CHECK(conflicts.count() == 1);
    CHECK(firstObjective(windows.first->repository()).title == QStringLiteral("Customers stay"));

    SECTION("The other window's own undo is no conflict")
    {
        windows.second->undoStack()->undo();
        CHECK(firstObjective(windows.second->repository()).title == mine.title);
    }
}

TEST_CASE("A window whose connection to the organisation database breaks says so once and comes back by itself, "
          "with what others wrote meanwhile",
          "[ui][document][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    TwoWindowsOnServer windows(QStringLiteral("test_server_connection_lost"));
    QSignalSpy lost(windows.first.get(), &DocumentSession::connectionLost);
    QSignalSpy writeFailed(windows.first.get(), &DocumentSession::writeFailed);
    QSignalSpy reconnected(windows.first.get(), &DocumentSession::reconnected);
    QSignalSpy firstHears(windows.first.get(), &DocumentSession::changed);
    const Id sales = teamNamed(windows.first->repository(), QStringLiteral("Sales"));
    QSqlQuery backend = windows.first->document().exec(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(backend.next());
    windows.server.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(backend.value(0).toLongLong()));

    // Noticed while idle, from the socket it listens on.
    REQUIRE(lost.wait(3 * DocumentWatcher::IntervalMs));
    CHECK_FALSE(windows.first->isConnected());
    // An edit meanwhile fails, says what became of it, and is not kept for undo; the loss is not announced again.
    const Objective original = firstObjective(windows.second->repository());
    Objective renamed = original;
    renamed.title = QStringLiteral("Customers adore us");
    const EditOutcome outcome = windows.first->push(new ChangeTreeItemCommand(
        *windows.first, original.cycleId, original, renamed, ChangeTreeItemCommand::Field::Title));
    CHECK(outcome.kind == EditOutcome::Kind::WriteFailed);
    CHECK(outcome.message.startsWith(QStringLiteral("The connection to the server was lost")));
    CHECK(outcome.message.endsWith(QStringLiteral("Nothing was saved.")));
    CHECK(windows.first->undoStack()->count() == 0);
    CHECK(writeFailed.count() == 1);
    CHECK(lost.count() == 1);
    windows.second->repository().teams().rename(sales, QStringLiteral("Field Sales"));

    REQUIRE(reconnected.wait(Reconnector::RetryMs + 2000));
    CHECK(windows.first->isConnected());
    CHECK(kinds(firstHears).contains(DocumentChange::Kind::WrittenElsewhere)); // every view reads again
    CHECK(nameOf(windows.first->repository(), sales) == QStringLiteral("Field Sales"));
    // It listens on the new connection, and its edits are written again.
    firstHears.clear();
    windows.second->repository().teams().rename(sales, QStringLiteral("Sales"));
    REQUIRE(firstHears.wait(1000));
    CHECK(windows.first
              ->push(new ChangeTreeItemCommand(*windows.first, original.cycleId, original, renamed,
                                               ChangeTreeItemCommand::Field::Title))
              .isDone());
    CHECK(firstObjective(windows.second->repository()).title == renamed.title);
}

TEST_CASE("Team leads checking in at once on the organisation database: different teams never conflict, the same "
          "team's week does",
          "[ui][document][conflict][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    TwoWindowsOnServer windows(QStringLiteral("test_server_checkins_at_once"));
    Repository &first = windows.first->repository();
    Repository &second = windows.second->repository();
    const Id sales = teamNamed(first, QStringLiteral("Sales"));
    const Id marketing = teamNamed(first, QStringLiteral("Marketing"));
    const IsoWeek week = IsoWeek::containing(QDate::currentDate());
    // Both forms open on their team's week before either saves, as the check-in form reads it.
    const Revision salesRead = first.checkIns().revision(sales, week);
    const Revision marketingRead = second.checkIns().revision(marketing, week);
    const Revision salesReadBySecond = second.checkIns().revision(sales, week);

    CHECK(windows.first
              ->push(new SaveCheckInCommand(*windows.first, checkInOf(first, sales, 11), QStringLiteral("Sales"),
                                            salesRead),
                     DocumentSession::OnConflict::ReturnToCaller)
              .isDone());
    CHECK(windows.second
              ->push(new SaveCheckInCommand(*windows.second, checkInOf(second, marketing, 22),
                                            QStringLiteral("Marketing"), marketingRead),
                     DocumentSession::OnConflict::ReturnToCaller)
              .isDone());

    // The second lead also had Sales' week open, from before the first saved it: theirs is refused, the first's kept.
    const EditOutcome sameWeek =
        windows.second->push(new SaveCheckInCommand(*windows.second, checkInOf(second, sales, 33),
                                                    QStringLiteral("Sales"), salesReadBySecond),
                             DocumentSession::OnConflict::ReturnToCaller);
    CHECK(sameWeek.kind == EditOutcome::Kind::Conflict);
    const std::optional<CheckIn> kept = second.checkIns().find(sales, week);
    REQUIRE(kept.has_value());
    CHECK(kept->updates.first().value == 11);
    CHECK(second.checkIns().find(marketing, week)->updates.first().value == 22);
}
