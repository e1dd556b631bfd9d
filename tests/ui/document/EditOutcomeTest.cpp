// What DocumentSession::push says became of an edit. QUndoStack::push drops the undone commands before it adds the
// new one, so after an Undo a saved edit leaves the stack's size unchanged: the outcome must not come from it.
#include "support/catch.h"

#include "commands/AddCommentCommand.h"
#include "commands/CarryOverCommand.h"
#include "commands/SaveCheckInCommand.h"
#include "document/DocumentSession.h"
#include "ui/support/CheckInUiFixture.h"
#include "ui/support/CycleUiFixture.h"

#include <QSignalSpy>
#include <QUndoStack>

namespace {

Comment commentOnNps(const CheckInUiFixture &fixture, const QString &text)
{
    Comment comment;
    comment.keyResultId = fixture.npsId;
    comment.author = QStringLiteral("Ana");
    comment.text = text;
    return comment;
}

CheckIn npsCheckIn(const CheckInUiFixture &fixture, double value)
{
    CheckIn checkIn;
    checkIn.teamId = fixture.salesId;
    checkIn.week = fixture.thisWeek;
    checkIn.updates = {{fixture.npsId, value, Confidence::OnTrack, {}}};
    return checkIn;
}

} // namespace

TEST_CASE("A push after an Undo is done although the stack keeps its size", "[ui][document][outcome]")
{
    CheckInUiFixture fixture;
    REQUIRE(fixture.session->push(new AddCommentCommand(*fixture.session, commentOnNps(fixture, QStringLiteral("One"))))
                .isDone());
    fixture.undoStack.undo();
    const int sizeBefore = fixture.undoStack.count();

    const EditOutcome outcome = fixture.session->push(
        new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, 35), QStringLiteral("Sales")));

    CHECK(outcome.isDone());
    CHECK(outcome.message.isEmpty());
    CHECK(fixture.undoStack.count() == sizeBefore);
    CHECK(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek).has_value());
}

TEST_CASE("A push after a Redo is done and stacks on top", "[ui][document][outcome]")
{
    CheckInUiFixture fixture;
    REQUIRE(fixture.session->push(new AddCommentCommand(*fixture.session, commentOnNps(fixture, QStringLiteral("One"))))
                .isDone());
    fixture.undoStack.undo();
    fixture.undoStack.redo();

    CHECK(fixture.session->push(new AddCommentCommand(*fixture.session, commentOnNps(fixture, QStringLiteral("Two"))))
              .isDone());
    CHECK(fixture.undoStack.count() == 2);
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.npsId).size() == 2);
}

TEST_CASE("A refused push says so with the rule's reason, and leaves no undo step", "[ui][document][outcome]")
{
    CycleUiFixture fixture;
    QSignalSpy refused(fixture.session.get(), &DocumentSession::refused);

    const EditOutcome outcome = fixture.session->push(
        new CarryOverCommand(*fixture.session, fixture.activeQuarter.id, fixture.closedQuarter.id, {}));

    CHECK(outcome.kind == EditOutcome::Kind::Refused);
    CHECK(outcome.message.contains(QStringLiteral("later cycle")));
    CHECK(fixture.undoSteps() == 0);
    CHECK(refused.size() == 1); // the window tells the user once
}

TEST_CASE("A failed write says so with the error, after an Undo too, and the next push is done again",
          "[ui][document][outcome]")
{
    CheckInUiFixture fixture;
    REQUIRE(fixture.session->push(new AddCommentCommand(*fixture.session, commentOnNps(fixture, QStringLiteral("One"))))
                .isDone());
    fixture.undoStack.undo();
    QSignalSpy failed(fixture.session.get(), &DocumentSession::writeFailed);

    fixture.session->document().exec(QStringLiteral("PRAGMA query_only = ON"));
    const EditOutcome outcome = fixture.session->push(
        new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, 35), QStringLiteral("Sales")));
    CHECK(outcome.kind == EditOutcome::Kind::WriteFailed);
    CHECK_FALSE(outcome.message.isEmpty());
    CHECK(failed.size() == 1);
    CHECK_FALSE(fixture.repository.checkIns().find(fixture.salesId, fixture.thisWeek).has_value());

    fixture.session->document().exec(QStringLiteral("PRAGMA query_only = OFF"));
    CHECK(fixture.session
              ->push(new SaveCheckInCommand(*fixture.session, npsCheckIn(fixture, 35), QStringLiteral("Sales")))
              .isDone());
}

TEST_CASE("A view's failed read does not make the next push look failed", "[ui][document][outcome]")
{
    CheckInUiFixture fixture;
    QSignalSpy readFailed(fixture.session.get(), &DocumentSession::readFailed);
    // A view whose reload fails while the command announces its change.
    QObject::connect(fixture.session.get(), &DocumentSession::changed, fixture.session.get(),
                     [&fixture] { fixture.session->reportReadFailure(QStringLiteral("disk gone")); });

    CHECK(fixture.session->push(new AddCommentCommand(*fixture.session, commentOnNps(fixture, QStringLiteral("One"))))
              .isDone());
    CHECK(readFailed.size() == 1);
}
