#include "CatchQt.h"

#include "CarryOverCommand.h"
#include "ChangeCycleStateCommand.h"
#include "CyclePlanner.h"
#include "CycleUiFixture.h"
#include "Quarter.h"
#include "RecordedMessages.h"

TEST_CASE("Carrying over should be one undo step that leaves the old cycle untouched", "[ui][cycles]")
{
    CycleUiFixture fixture;
    const Cycle next = CyclePlanner(*fixture.repository).add(Quarter::following(fixture.activeQuarter));
    const QList<Id> chosen = CyclePlanner(*fixture.repository).unfinishedObjectives(fixture.activeQuarter.id);
    REQUIRE_FALSE(chosen.isEmpty());
    const CyclePlan before = fixture.repository->loadCyclePlan(fixture.activeQuarter.id);

    auto *command = new CarryOverCommand(*fixture.repository, fixture.activeQuarter.id, next.id, chosen,
                                         QStringLiteral("Carry over"));
    fixture.undoStack.push(command);
    CHECK(command->copies().size() == chosen.size());
    CHECK(fixture.repository->loadCyclePlan(next.id).objectives.size() == chosen.size());
    CHECK(fixture.undoStack.count() == 1);

    fixture.undoStack.undo();
    CHECK(fixture.repository->loadCyclePlan(next.id).objectives.isEmpty());
    CHECK(fixture.repository->loadCyclePlan(fixture.activeQuarter.id).objectives.size() == before.objectives.size());
    fixture.undoStack.redo();
    CHECK(fixture.repository->loadCyclePlan(next.id).objectives.size() == chosen.size());
}

TEST_CASE("A refused carry-over should be reported and leave no undo step", "[ui][cycles]")
{
    CycleUiFixture fixture;
    RecordedMessages messages;
    fixture.undoStack.push(new CarryOverCommand(*fixture.repository, fixture.activeQuarter.id, fixture.closedQuarter.id,
                                                {}, QStringLiteral("Carry over")));
    CHECK(fixture.undoStack.count() == 0);
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().title == QStringLiteral("Cannot Carry Over"));
}

TEST_CASE("Closing a cycle should undo back to active, and a second active quarter be refused", "[ui][cycles]")
{
    CycleUiFixture fixture;
    RecordedMessages messages;
    const Cycle next = CyclePlanner(*fixture.repository).add(Quarter::following(fixture.activeQuarter));
    fixture.undoStack.push(
        new ChangeCycleStateCommand(*fixture.repository, next.id, CycleState::Active, QStringLiteral("Activate")));
    CHECK(fixture.undoStack.count() == 0);
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().text.contains(QStringLiteral("still the active quarter")));

    fixture.undoStack.push(new ChangeCycleStateCommand(*fixture.repository, fixture.activeQuarter.id,
                                                       CycleState::Closed, QStringLiteral("Close")));
    CHECK(fixture.repository->cycle(fixture.activeQuarter.id)->state == CycleState::Closed);
    fixture.undoStack.undo();
    CHECK(fixture.repository->cycle(fixture.activeQuarter.id)->state == CycleState::Active);
}
