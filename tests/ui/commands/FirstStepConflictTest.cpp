#include "support/catch.h"

#include "commands/AddCommentCommand.h"
#include "commands/AddCycleCommand.h"
#include "commands/AddTreeItemCommand.h"
#include "commands/CarryOverCommand.h"
#include "commands/ChangeTreeItemCommand.h"
#include "commands/GradeObjectivesCommand.h"
#include "commands/RemoveTreeItemCommand.h"
#include "commands/SaveOkrCommand.h"
#include "commands/SaveTeamReviewCommand.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/OtherWriter.h"
#include "ui/support/CheckInUiFixture.h"
#include "ui/support/RecordedMessages.h"

#include <QUndoStack>

#include <functional>

// The first step of every command is checked against what the window read: another connection (the command line,
// another window) writes between the window's read (its session opened) and the user's edit.

namespace {

// The live quarter open in a window's session; choice boxes answer Cancel unless a test says otherwise.
struct FirstStepFixture : CheckInUiFixture {
    RecordedMessages messages;

    Objective storedObjective() const
    {
        const CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
        REQUIRE(plan.objectives.size() == 1);
        return plan.objectives.first();
    }

    // Another program writes through a connection of its own, describing its change as the command line does.
    template <typename Write> void writeElsewhere(Write write)
    {
        std::unique_ptr<Document> other = openOtherWriter(session->document());
        other->describeChanges(QStringLiteral("quarterdeck import plan.okr"));
        Repository repository(*other);
        write(repository);
    }

    // Another program changes the objective as `change` says.
    void changeObjectiveElsewhere(const std::function<void(Objective &)> &change)
    {
        Objective theirs = storedObjective();
        change(theirs);
        writeElsewhere([&](Repository &other) { other.plan().updateObjective(theirs); });
    }

    EditOutcome push(PlanCommand *command) { return session->push(command); }
};

void requireConflict(const FirstStepFixture &fixture, const EditOutcome &outcome)
{
    REQUIRE(outcome.kind == EditOutcome::Kind::Conflict);
    CHECK(outcome.message.contains(QStringLiteral("the command line")));
    CHECK(fixture.undoStack.count() == 0);
}

} // namespace

TEST_CASE("A rename of an objective another connection renamed since the view read it is refused, and the user "
          "chooses",
          "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Objective seen = fixture.storedObjective();
    fixture.changeObjectiveElsewhere([](Objective &theirs) { theirs.title = QStringLiteral("Customers stay"); });
    Objective mine = seen;
    mine.title = QStringLiteral("Customers adore us");
    const auto rename = [&] {
        return fixture.push(
            new ChangeTreeItemCommand(*fixture.session, seen.cycleId, seen, mine, ChangeTreeItemCommand::Field::Title));
    };

    SECTION("cancel: nothing is written")
    {
        requireConflict(fixture, rename());
        CHECK(fixture.storedObjective().title == QStringLiteral("Customers stay"));
        REQUIRE(fixture.messages.messages().size() == 1);
        CHECK(fixture.messages.messages().first().text.contains(QStringLiteral("quarterdeck import plan.okr")));
    }
    SECTION("show theirs: nothing is written and the views read the document again")
    {
        fixture.messages.answerChoices(0);
        CHECK(rename().kind == EditOutcome::Kind::Conflict);
        CHECK(fixture.storedObjective().title == QStringLiteral("Customers stay"));
        CHECK(fixture.shownPlan.plan().objectives.first().title == QStringLiteral("Customers stay"));
    }
    SECTION("overwrite: the rename is written; its undo goes back to the title the view showed")
    {
        fixture.messages.answerChoices(1);
        CHECK(rename().isDone());
        CHECK(fixture.storedObjective().title == QStringLiteral("Customers adore us"));
        fixture.undoStack.undo();
        CHECK(fixture.storedObjective().title == QStringLiteral("Customers love us"));
    }
}

TEST_CASE("An edit of a key result nobody else changed is written without asking", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    // Another connection wrote elsewhere in the document: only the rows an edit writes matter.
    fixture.writeElsewhere([&](Repository &other) { other.checkIns().remove(fixture.salesId, fixture.lastWeek); });
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    const KeyResult seen = *plan.keyResult(fixture.npsId);
    KeyResult mine = seen;
    mine.owner = QStringLiteral("Ana");
    CHECK(fixture
              .push(new ChangeTreeItemCommand(*fixture.session, fixture.cycleId, seen, mine,
                                              ChangeTreeItemCommand::Field::Owner))
              .isDone());
    CHECK(fixture.messages.messages().isEmpty());
}

TEST_CASE("Adding a key result under an objective another connection removed is refused", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Objective seen = fixture.storedObjective();
    fixture.writeElsewhere([&](Repository &other) { other.plan().removeObjective(seen.id); });
    KeyResult added;
    added.objectiveId = seen.id;
    added.title = QStringLiteral("Answer within a day");
    added.position = -1;

    requireConflict(fixture, fixture.push(new AddTreeItemCommand(*fixture.session, seen.cycleId, added)));
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).keyResults.isEmpty());
}

TEST_CASE("Deleting an objective whose key result another connection changed is refused", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Objective seen = fixture.storedObjective();
    fixture.writeElsewhere([&](Repository &other) {
        KeyResult theirs = *other.queries().loadCyclePlan(fixture.cycleId).keyResult(fixture.npsId);
        theirs.target = 60;
        other.plan().updateKeyResult(theirs);
    });

    requireConflict(fixture, fixture.push(new RemoveTreeItemCommand(*fixture.session, seen.cycleId, seen)));
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).keyResult(fixture.npsId)->target == 60);
}

TEST_CASE("Undo of an added key result is refused when another connection changed it since", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    KeyResult added;
    added.objectiveId = fixture.storedObjective().id;
    added.title = QStringLiteral("Answer within a day");
    added.position = -1;
    auto *command = new AddTreeItemCommand(*fixture.session, fixture.cycleId, added);
    REQUIRE(fixture.push(command).isDone());
    const Id addedId = command->addedId();
    fixture.writeElsewhere([&](Repository &other) {
        KeyResult theirs = *other.queries().loadCyclePlan(fixture.cycleId).keyResult(addedId);
        theirs.owner = QStringLiteral("Bo");
        other.plan().updateKeyResult(theirs);
    });

    fixture.undoStack.undo();

    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.keyResult(addedId) != nullptr);
    CHECK(plan.keyResult(addedId)->owner == QStringLiteral("Bo"));
}

TEST_CASE("A rework from the wizard of an objective another connection changed since it read it is refused",
          "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Revision wizardRead = fixture.session->latestChange();
    const Objective seen = fixture.storedObjective();
    fixture.changeObjectiveElsewhere(
        [](Objective &theirs) { theirs.description = QStringLiteral("Measured every month"); });
    OkrDraft draft;
    draft.objective = seen;
    draft.objective.title = QStringLiteral("Customers adore us");
    auto *command = new SaveOkrCommand(*fixture.session, draft);
    command->expectUnchangedSince(wizardRead);

    requireConflict(fixture, fixture.push(command));
    CHECK(fixture.storedObjective().title == seen.title);
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).keyResults.size() == 2);
}

TEST_CASE("Carrying over an objective another connection changed since the dialog listed it is refused",
          "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const QDate today = QDate::currentDate();
    const Id nextId = fixture.repository.cycles().add(
        {NoId, QStringLiteral("Next quarter"), today.addDays(29), today.addDays(120), CycleState::Planning, false});
    const Revision dialogRead = fixture.session->latestChange();
    const Objective seen = fixture.storedObjective();
    fixture.changeObjectiveElsewhere([](Objective &theirs) { theirs.title = QStringLiteral("Customers stay"); });
    auto *command = new CarryOverCommand(*fixture.session, fixture.cycleId, nextId, {seen.id});
    command->expectUnchangedSince(dialogRead);

    requireConflict(fixture, fixture.push(command));
    CHECK(fixture.repository.queries().loadCyclePlan(nextId).objectives.isEmpty());
}

TEST_CASE("A comment on a key result another connection removed is refused", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    fixture.writeElsewhere([&](Repository &other) { other.plan().removeKeyResult(fixture.churnId); });
    Comment comment;
    comment.keyResultId = fixture.churnId;
    comment.author = QStringLiteral("Ana");
    comment.text = QStringLiteral("Two more interviews this week");

    requireConflict(fixture, fixture.push(new AddCommentCommand(*fixture.session, comment)));
}

TEST_CASE("A cycle of the same name another connection added since the dialog read the cycles is a conflict",
          "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Revision dialogRead = fixture.session->latestChange();
    const QDate today = QDate::currentDate();
    const Cycle next{NoId, QStringLiteral("Next quarter"), today.addDays(29), today.addDays(120), CycleState::Planning,
                     false};
    fixture.writeElsewhere([&](Repository &other) { other.cycles().add(next); });
    auto *command = new AddCycleCommand(*fixture.session, next);
    command->expectUnchangedSince(dialogRead);

    requireConflict(fixture, fixture.push(command));
    CHECK(fixture.repository.cycles().all().size() == 2);
}

TEST_CASE("Review answers another connection saved since the review read them are not overwritten",
          "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Revision reviewRead = fixture.session->latestChange();
    TeamReview theirs{fixture.cycleId, fixture.salesId, QStringLiteral("Strong"), {}, {}, {}, {}};
    fixture.writeElsewhere([&](Repository &other) { other.reviews().save(theirs); });
    TeamReview mine = theirs;
    mine.performance = QStringLiteral("Weak");
    auto *command = new SaveTeamReviewCommand(*fixture.session, std::nullopt, mine, QStringLiteral("Save Review"));
    command->expectUnchangedSince(reviewRead);

    requireConflict(fixture, fixture.push(command));
    CHECK(fixture.repository.reviews().find(fixture.cycleId, fixture.salesId)->performance == QStringLiteral("Strong"));
}

TEST_CASE("A grade over one another connection set since the review showed it is refused", "[ui][commands][conflict]")
{
    FirstStepFixture fixture;
    const Objective seen = fixture.storedObjective();
    fixture.writeElsewhere(
        [&](Repository &other) { other.plan().gradeObjective(seen.id, 0.7, QStringLiteral("Close")); });

    requireConflict(fixture, fixture.push(new GradeObjectivesCommand(*fixture.session, fixture.cycleId,
                                                                     {{seen.id, std::nullopt, {}}},
                                                                     {{seen.id, 0.3, {}}}, QStringLiteral("Grade"))));
    CHECK(fixture.storedObjective().grade == 0.7);
}
