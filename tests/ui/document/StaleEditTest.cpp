#include "support/catch.h"

#include "commands/ChangeKpiCommand.h"
#include "commands/ChangeTreeItemCommand.h"
#include "commands/SaveCheckInCommand.h"
#include "document/DocumentWatcher.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/OtherWriter.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/CheckInUiFixture.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/ItemRoles.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace {

CheckIn npsCheckIn(const CheckInUiFixture &fixture, double value)
{
    return {NoId, fixture.salesId, fixture.thisWeek, {{fixture.npsId, value, Confidence::OnTrack, {}}}, {}, {}, {}};
}

double storedNps(const CheckInUiFixture &fixture)
{
    const std::optional<CheckIn> stored = fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek);
    REQUIRE(stored.has_value());
    REQUIRE(stored->updates.size() == 1);
    return stored->updates.first().value;
}

Objective storedObjective(const CheckInUiFixture &fixture)
{
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.objectives.size() == 1);
    return plan.objectives.first();
}

void renameObjective(DocumentSession &session, const Objective &before, const QString &title)
{
    Objective after = before;
    after.title = title;
    REQUIRE(session
                .push(new ChangeTreeItemCommand(session, before.cycleId, before, after,
                                                ChangeTreeItemCommand::Field::Title))
                .isDone());
}

// Another program renaming the objective through a connection of its own.
void renameObjectiveElsewhere(Document &document, Id objectiveId, const QString &title)
{
    std::unique_ptr<Document> other = openOtherWriter(document);
    other->transaction([&] {
        QSqlQuery &rename = other->prepared(QStringLiteral("UPDATE objectives SET title = ? WHERE id = ?"));
        rename.addBindValue(title);
        rename.addBindValue(objectiveId);
        Document::exec(rename);
    });
}

Kpi addUptime(Repository &repository)
{
    Kpi uptime;
    uptime.name = QStringLiteral("Uptime");
    uptime.target = 99;
    uptime.id = repository.kpis().add(uptime);
    return uptime;
}

// The live quarter open in a window's session, with the conflicts the session reports for undo and redo; a push's
// conflict is cancelled.
struct ConflictFixture : CheckInUiFixture {
    QSignalSpy conflicts{session.get(), &DocumentSession::conflicted};
    RecordedMessages messages;
};

} // namespace

TEST_CASE("Undo of the window's rename should not write over another connection's later rename",
          "[ui][document][conflict]")
{
    ConflictFixture fixture;
    const Objective original = storedObjective(fixture);
    renameObjective(*fixture.session, original, QStringLiteral("Customers adore us"));
    renameObjectiveElsewhere(fixture.session->document(), original.id, QStringLiteral("Customers stay"));

    fixture.undoStack.undo();

    CHECK(fixture.conflicts.count() == 1);
    CHECK(storedObjective(fixture).title == QStringLiteral("Customers stay"));
    CHECK(fixture.undoStack.count() == 0);
}

TEST_CASE("Undo of merged renames should restore the first title: the merged steps are the window's own",
          "[ui][document][conflict]")
{
    ConflictFixture fixture;
    const Objective original = storedObjective(fixture);
    renameObjective(*fixture.session, original, QStringLiteral("Customers adore"));
    renameObjective(*fixture.session, storedObjective(fixture), QStringLiteral("Customers adore us"));
    REQUIRE(fixture.undoStack.count() == 1);

    fixture.undoStack.undo();

    CHECK(fixture.conflicts.isEmpty());
    CHECK(storedObjective(fixture).title == original.title);
}

TEST_CASE("Undo of the window's KPI edit should not drop a value another connection recorded since",
          "[ui][document][conflict]")
{
    ConflictFixture fixture;
    const Kpi uptime = addUptime(fixture.repository);
    Kpi raised = uptime;
    raised.target = 99.9;
    REQUIRE(fixture.session->push(new ChangeKpiCommand(*fixture.session, uptime, raised, QStringLiteral("Raise")))
                .isDone());
    const KpiValue measured{QDate::currentDate(), 98.5};
    Repository(*openOtherWriter(fixture.session->document())).kpis().addValue(uptime.id, measured);

    fixture.undoStack.undo();

    CHECK(fixture.conflicts.count() == 1);
    const QList<Kpi> kpis = fixture.repository.kpis().all();
    REQUIRE(kpis.size() == 1);
    CHECK(kpis.first().target == 99.9);
    REQUIRE(kpis.first().values.size() == 1);
    CHECK(kpis.first().values.first().value == 98.5);
}

TEST_CASE("Undo of the window's check-in should not wipe a later value written by another connection",
          "[ui][document][conflict]")
{
    ConflictFixture fixture;
    REQUIRE(fixture.session
                ->push(new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, 35), QStringLiteral("Sales")))
                .isDone());

    std::unique_ptr<Document> other = openOtherWriter(fixture.session->document());
    other->describeChanges(QStringLiteral("checkin plan.okr --team Sales"));
    Repository(*other).checkIns().save(npsCheckIn(fixture, 40));

    fixture.undoStack.undo();

    REQUIRE(fixture.conflicts.count() == 1);
    const QString message = fixture.conflicts.first().at(1).toString();
    CHECK(message.contains(QStringLiteral("the command line")));
    CHECK(message.contains(QStringLiteral("checkin plan.okr --team Sales")));
    CHECK(storedNps(fixture) == 40);
    CHECK(fixture.undoStack.count() == 0); // dropped, as a refused step is
}

TEST_CASE("Undo and redo should still work over the window's own later steps", "[ui][document][conflict]")
{
    ConflictFixture fixture;
    for (const double value : {35.0, 38.0})
        REQUIRE(
            fixture.session
                ->push(new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, value), QStringLiteral("Sales")))
                .isDone());

    fixture.undoStack.undo();
    CHECK(storedNps(fixture) == 35);
    fixture.undoStack.undo();
    CHECK_FALSE(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek).has_value());
    fixture.undoStack.redo();
    fixture.undoStack.redo();
    CHECK(storedNps(fixture) == 38);
    CHECK(fixture.conflicts.isEmpty());
}

TEST_CASE("The window should show another connection's rename once the watcher looks, keeping the selection",
          "[ui][document][watch]")
{
    AcmeWindow acme;
    const QString before = QStringLiteral("Close more deals");
    const QString after = QStringLiteral("Close even more deals");
    acme.select(before);
    renameObjectiveElsewhere(acme.window.session()->document(),
                             acme.tree()->currentIndex().data(ItemRoles::ItemIdRole).toLongLong(), after);
    CHECK_FALSE(acme.find(after).isValid());

    SECTION("on its timer")
    {
        CHECK(acme.window.session()->watcher().check());
    }
    SECTION("when the application becomes active")
    {
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    }

    CHECK(acme.find(after).isValid());
    CHECK_FALSE(acme.find(before).isValid());
    CHECK(acme.tree()->currentIndex().data().toString() == after);
    CHECK_FALSE(acme.window.session()->watcher().check()); // nothing new since
}

TEST_CASE("The watcher should not announce the window's own writes", "[ui][document][watch]")
{
    CheckInUiFixture fixture;
    QSignalSpy changes(fixture.session.get(), &DocumentSession::changed);
    REQUIRE(fixture.session
                ->push(new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, 35), QStringLiteral("Sales")))
                .isDone());
    CHECK_FALSE(fixture.session->watcher().check());
    CHECK(changes.count() == 1); // the command's own
    CHECK(fixture.session->watcher().timer()->isActive());
}

TEST_CASE("A KPI edit over a value another connection recorded since the view read it is refused",
          "[ui][document][conflict]")
{
    ConflictFixture fixture;
    const Kpi uptime = addUptime(fixture.repository);
    Repository(*openOtherWriter(fixture.session->document())).kpis().addValue(uptime.id, {QDate::currentDate(), 98.5});
    Kpi raised = uptime;
    raised.target = 99.9;

    const EditOutcome outcome =
        fixture.session->push(new ChangeKpiCommand(*fixture.session, uptime, raised, QStringLiteral("Raise")));

    CHECK(outcome.kind == EditOutcome::Kind::Conflict);
    CHECK(fixture.messages.messages().size() == 1); // the user was asked, and cancelled
    const QList<Kpi> kpis = fixture.repository.kpis().all();
    REQUIRE(kpis.size() == 1);
    CHECK(kpis.first().target == 99);
    CHECK(kpis.first().values.size() == 1);
    CHECK(fixture.undoStack.count() == 0);
}
