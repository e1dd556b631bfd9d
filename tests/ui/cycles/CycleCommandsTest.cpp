#include "support/CatchQt.h"

#include "commands/AddCycleCommand.h"
#include "commands/CarryOverCommand.h"
#include "commands/ChangeCycleStateCommand.h"
#include "cycles/CyclePlanner.h"
#include "model/Quarter.h"
#include "ui/support/CycleUiFixture.h"

#include <QSignalSpy>
#include <QUndoStack>

namespace {

// The objectives of `cycleId` aligned to another objective of the same cycle, as (child, parent) pairs.
QList<std::pair<Id, Id>> alignmentsWithin(Repository &repository, Id cycleId)
{
    const CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
    QList<std::pair<Id, Id>> pairs;
    for (const Objective &objective : plan.objectives) {
        if (plan.objective(objective.parentId))
            pairs.append({objective.id, objective.parentId});
    }
    return pairs;
}

} // namespace

TEST_CASE("Carrying over should be one undo step that leaves the old cycle untouched", "[ui][cycles]")
{
    CycleUiFixture fixture;
    const Cycle next = CyclePlanner(*fixture.repository).add(Quarter::following(fixture.activeQuarter));
    const CyclePlan before = fixture.repository->queries().loadCyclePlan(fixture.activeQuarter.id);
    QList<Id> everything;
    for (const Objective &objective : before.objectives)
        everything.append(objective.id);
    const auto alignedBefore = alignmentsWithin(*fixture.repository, fixture.activeQuarter.id);
    REQUIRE_FALSE(alignedBefore.isEmpty()); // the demo aligns team objectives to the company's

    auto *command = new CarryOverCommand(*fixture.session, fixture.activeQuarter.id, next.id, everything);
    fixture.session->push(command);
    const QList<Id> copies = command->copies();
    CHECK(copies.size() == everything.size());
    CHECK(fixture.repository->queries().loadCyclePlan(next.id).objectives.size() == everything.size());
    const auto alignedCopies = alignmentsWithin(*fixture.repository, next.id);
    CHECK(alignedCopies.size() == alignedBefore.size());
    CHECK(fixture.undoSteps() == 1);

    fixture.session->undoStack()->undo();
    CHECK(fixture.repository->queries().loadCyclePlan(next.id).objectives.isEmpty());
    CHECK(fixture.repository->queries().loadCyclePlan(fixture.activeQuarter.id).objectives.size() ==
          before.objectives.size());

    // Redo puts back the same copies, aligned as they were: later steps naming them stay valid.
    fixture.session->undoStack()->redo();
    QList<Id> restored;
    for (const Objective &objective : fixture.repository->queries().loadCyclePlan(next.id).objectives)
        restored.append(objective.id);
    std::sort(restored.begin(), restored.end());
    QList<Id> sortedCopies = copies;
    std::sort(sortedCopies.begin(), sortedCopies.end());
    CHECK(restored == sortedCopies);
    CHECK(alignmentsWithin(*fixture.repository, next.id) == alignedCopies);
}

TEST_CASE("A refused carry-over should be reported through the session and leave no undo step", "[ui][cycles]")
{
    CycleUiFixture fixture;
    QSignalSpy refused(fixture.session.get(), &DocumentSession::refused);
    QSignalSpy changed(fixture.session.get(), &DocumentSession::changed);
    fixture.session->push(
        new CarryOverCommand(*fixture.session, fixture.activeQuarter.id, fixture.closedQuarter.id, {}));
    CHECK(fixture.undoSteps() == 0);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(1).toString().contains(QStringLiteral("later cycle")));
    CHECK(changed.isEmpty());
}

TEST_CASE("Closing a cycle should undo back to active, and a second active quarter be refused", "[ui][cycles]")
{
    CycleUiFixture fixture;
    QSignalSpy refused(fixture.session.get(), &DocumentSession::refused);
    const Cycle next = CyclePlanner(*fixture.repository).add(Quarter::following(fixture.activeQuarter));
    fixture.session->push(new ChangeCycleStateCommand(*fixture.session, next, CycleState::Active));
    CHECK(fixture.undoSteps() == 0);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(0).toString() == QStringLiteral("Activate ") + next.name);
    CHECK(refused.first().at(1).toString().contains(QStringLiteral("still the active quarter")));
    CHECK(fixture.repository->cycles().byId(next.id)->state == CycleState::Planning);

    QSignalSpy changed(fixture.session.get(), &DocumentSession::changed);
    fixture.session->push(new ChangeCycleStateCommand(*fixture.session, fixture.activeQuarter, CycleState::Closed));
    CHECK(fixture.repository->cycles().byId(fixture.activeQuarter.id)->state == CycleState::Closed);
    REQUIRE(changed.size() == 1);
    const auto change = changed.first().first().value<DocumentChange>();
    CHECK(change.kind == DocumentChange::Kind::CyclesChanged);
    CHECK(change.cycleId == fixture.activeQuarter.id);
    fixture.session->undoStack()->undo();
    CHECK(fixture.repository->cycles().byId(fixture.activeQuarter.id)->state == CycleState::Active);
}

TEST_CASE("Adding a cycle should undo by removing it and redo with the same id", "[ui][cycles]")
{
    CycleUiFixture fixture;
    const Cycle proposed = CyclePlanner(*fixture.repository).proposedNextQuarter();
    auto *command = new AddCycleCommand(*fixture.session, proposed);
    fixture.session->push(command);
    const Id added = command->addedId();
    REQUIRE(added != NoId);
    CHECK(fixture.repository->cycles().byId(added)->name == proposed.name);
    CHECK(fixture.repository->cycles().byId(added)->state == CycleState::Planning);

    fixture.session->undoStack()->undo();
    CHECK_FALSE(fixture.repository->cycles().byId(added));
    CHECK(fixture.repository->cycles().all().size() == 2);
    fixture.session->undoStack()->redo();
    CHECK(fixture.repository->cycles().byId(added)->name == proposed.name);

    QSignalSpy refused(fixture.session.get(), &DocumentSession::refused);
    fixture.session->push(new AddCycleCommand(*fixture.session, proposed)); // the name is taken now
    CHECK(refused.size() == 1);
    CHECK(fixture.undoSteps() == 1);
}
