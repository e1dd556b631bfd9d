#include "support/catch.h"

#include "history/CommentsView.h"
#include "history/KeyResultHistoryView.h"
#include "history/TeamNotesView.h"
#include "storage/Document.h"
#include "ui/support/CheckInUiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

TEST_CASE("The key result history should list every back-filled week newest first", "[ui][history]")
{
    CheckInUiFixture fixture;
    const IsoWeek twoWeeksAgo = fixture.lastWeek.previous();
    const IsoWeek threeWeeksAgo = twoWeeksAgo.previous();
    // Back-filled out of order.
    fixture.repository.checkIns().save({NoId,
                                        fixture.salesId,
                                        threeWeeksAgo,
                                        {{fixture.npsId, 30, Confidence::OffTrack, QStringLiteral("Flat")}},
                                        {},
                                        {},
                                        {}});
    fixture.repository.checkIns().save(
        {NoId, fixture.salesId, twoWeeksAgo, {{fixture.npsId, 30, Confidence::AtRisk, QString()}}, {}, {}, {}});

    KeyResultHistoryView view(*fixture.session, fixture.shownPlan);
    view.setKeyResult(fixture.npsId);
    auto *timeline = view.findChild<QTableWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->rowCount() == 3);
    CHECK(timeline->item(0, 0)->text() == fixture.lastWeek.toString());
    CHECK(timeline->item(0, 4)->text() == QStringLiteral("Slow replies"));
    CHECK(timeline->item(2, 0)->text() == threeWeeksAgo.toString());
    CHECK(timeline->item(2, 1)->text() == QStringLiteral("30\u00a0points"));
    CHECK(timeline->item(2, 2)->text() == QStringLiteral("33\u00a0%"));
    CHECK(timeline->item(2, 3)->text() == QStringLiteral("Off track"));
    CHECK(view.findChild<QLabel *>(QStringLiteral("stalled"))->text().startsWith(QStringLiteral("Stalled")));
}

TEST_CASE("A comment typed on a key result should be listed with its author and be undoable", "[ui][comments]")
{
    CheckInUiFixture fixture;
    KeyResultHistoryView view(*fixture.session, fixture.shownPlan);
    view.setKeyResult(fixture.npsId);
    view.show();
    auto *comments = view.findChild<CommentsView *>();
    REQUIRE(comments);
    CHECK(comments->commentCount() == 0);
    auto *add = view.findChild<QPushButton *>(QStringLiteral("addComment"));
    CHECK_FALSE(add->isEnabled());

    auto *author = view.findChild<QLineEdit *>(QStringLiteral("commentAuthor"));
    author->clear();
    QTest::keyClicks(author, QStringLiteral("Ana"));
    QTest::keyClicks(view.findChild<QPlainTextEdit *>(QStringLiteral("commentText")),
                     QStringLiteral("Replies doubled after the reminder"));
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    REQUIRE(comments->commentCount() == 1);
    const QString shown = view.findChild<QListWidget *>(QStringLiteral("comments"))->item(0)->text();
    CHECK(shown.startsWith(QStringLiteral("Ana, ")));
    CHECK(shown.endsWith(QStringLiteral("Replies doubled after the reminder")));
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.npsId).size() == 1);

    fixture.undoStack.undo();
    CHECK(comments->commentCount() == 0);
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.npsId).isEmpty());
    fixture.undoStack.redo();
    CHECK(comments->commentCount() == 1);
}

TEST_CASE("The team notes should show PPP week by week and the weeks without a check-in", "[ui][history]")
{
    CheckInUiFixture fixture;
    TeamNotesView view(*fixture.session);
    view.setTeam(fixture.salesId);
    view.show();
    const QString notes = view.notesText();
    CHECK(notes.contains(fixture.lastWeek.toString()));
    CHECK(notes.contains(QStringLiteral("Interview five churned customers")));
    CHECK(notes.contains(QStringLiteral("Sent the NPS survey")));
    CHECK(notes.contains(QStringLiteral("Raise NPS from 20 to 50: 30 points, at risk")));
    // The quarter began weeks ago and only last week was checked in.
    CHECK(view.alertsText().startsWith(QStringLiteral("No check-in for")));
    CHECK_FALSE(view.alertsText().contains(fixture.lastWeek.toString()));
    CHECK_FALSE(view.alertsText().contains(fixture.thisWeek.toString())); // this week is still open

    fixture.repository.checkIns().save(
        {NoId, fixture.salesId, fixture.lastWeek.previous(), {}, {}, QStringLiteral("Learned"), {}});
    view.refresh();
    CHECK(view.notesText().contains(QStringLiteral("Learned")));
}

TEST_CASE("A hidden team notes view should read nothing until it is shown", "[ui][history]")
{
    CheckInUiFixture fixture;
    TeamNotesView view(*fixture.session);
    qint64 queries = Document::executedQueryCount();
    view.setTeam(fixture.salesId);
    CHECK(Document::executedQueryCount() == queries);
    CHECK(view.notesText().isEmpty());

    view.show();
    CHECK(view.notesText().contains(fixture.lastWeek.toString()));
    // Moving to another row of the same team reads nothing.
    queries = Document::executedQueryCount();
    view.setTeam(fixture.salesId);
    CHECK(Document::executedQueryCount() == queries);

    // A change while hidden (DocumentSession::changed) is read when the view is shown again.
    view.hide();
    fixture.repository.checkIns().save(
        {NoId, fixture.salesId, fixture.lastWeek.previous(), {}, {}, QStringLiteral("Learned"), {}});
    queries = Document::executedQueryCount();
    view.refreshWhenSeen();
    CHECK(Document::executedQueryCount() == queries);
    CHECK_FALSE(view.notesText().contains(QStringLiteral("Learned")));
    view.show();
    CHECK(view.notesText().contains(QStringLiteral("Learned")));
}

TEST_CASE("An objective's comments should be shown without a check-in timeline", "[ui][comments]")
{
    CheckInUiFixture fixture;
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE_FALSE(plan.objectives.isEmpty());
    const Objective &objective = plan.objectives.first();
    Comment comment;
    comment.objectiveId = objective.id;
    comment.author = QStringLiteral("Ana");
    comment.time = QDateTime::currentDateTimeUtc();
    comment.text = QStringLiteral("Agreed at the planning session");
    fixture.repository.checkIns().addComment(comment);

    KeyResultHistoryView view(*fixture.session, fixture.shownPlan);
    view.show();
    view.setObjective(objective.id, objective.title);
    CHECK(view.keyResultId() == NoId);
    CHECK_FALSE(view.findChild<QTableWidget *>(QStringLiteral("timeline"))->isVisible());
    CHECK(view.findChild<QLabel *>(QStringLiteral("keyResultTitle"))->text().contains(objective.title));
    auto *comments = view.findChild<CommentsView *>();
    REQUIRE(comments->commentCount() == 1);
    CHECK(view.findChild<QListWidget *>(QStringLiteral("comments"))->item(0)->text().endsWith(comment.text));

    view.setKeyResult(fixture.npsId); // back to a key result: its timeline, not the objective's comments
    CHECK(view.findChild<QTableWidget *>(QStringLiteral("timeline"))->isVisible());
    CHECK(comments->commentCount() == 0);
}

TEST_CASE("A comment added after an Undo should be listed and its text cleared", "[ui][comments][outcome]")
{
    CheckInUiFixture fixture;
    KeyResultHistoryView view(*fixture.session, fixture.shownPlan);
    view.setKeyResult(fixture.npsId);
    view.show();
    auto *comments = view.findChild<CommentsView *>();
    auto *text = view.findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    auto *add = view.findChild<QPushButton *>(QStringLiteral("addComment"));
    QTest::keyClicks(text, QStringLiteral("First"));
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(comments->commentCount() == 1);
    fixture.undoStack.undo();
    REQUIRE(comments->commentCount() == 0);

    QTest::keyClicks(text, QStringLiteral("Second"));
    QTest::mouseClick(add, Qt::LeftButton);

    CHECK(comments->commentCount() == 1);
    CHECK(text->toPlainText().isEmpty());
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.npsId).size() == 1);
}
