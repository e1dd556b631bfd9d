#include "support/CatchQt.h"

#include "commands/AddCycleCommand.h"
#include "cycles/CyclePlanner.h"
#include "review/ReviewGradeModel.h"
#include "review/ReviewView.h"
#include "ui/support/CycleUiFixture.h"
#include "ui/support/RecordedMessages.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QPlainTextEdit *answer(const ReviewView &view, const QString &question)
{
    QPlainTextEdit *found = nullptr;
    for (QPlainTextEdit *editor : view.findChildren<QPlainTextEdit *>()) {
        if (editor->accessibleName() == question)
            found = editor;
    }
    INFO(question.toStdString());
    REQUIRE(found);
    return found;
}

std::optional<double> gradeOf(Repository &repository, Id cycleId, Id objectiveId)
{
    return repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade;
}

// Product's review of the active quarter, with "Talk to customers weekly" typed as a lesson and not saved.
struct TypedLesson {
    TypedLesson()
    {
        view.showCycle(fixture.activeQuarter.id, product);
        lessons = answer(view, QStringLiteral("Lessons learned"));
        QTest::keyClicks(lessons, QStringLiteral("Talk to customers weekly"));
    }
    std::optional<TeamReview> saved() const
    {
        return fixture.repository->reviews().find(fixture.activeQuarter.id, product);
    }

    CycleUiFixture fixture;
    RecordedMessages messages;
    const Id product = fixture.teamNamed("Product");
    ReviewView view{*fixture.session};
    QPlainTextEdit *lessons = nullptr;
};

} // namespace

TEST_CASE("The review view should show a closed quarter's grades and answers for the chosen team", "[ui][review]")
{
    CycleUiFixture fixture;
    const Id marketing = fixture.teamNamed("Marketing");
    ReviewView view(*fixture.session);
    view.showCycle(fixture.closedQuarter.id, marketing);

    CHECK(view.teamId() == marketing);
    CHECK(child<QComboBox>(view, "reviewTeamSelector")->currentText() == QStringLiteral("Marketing"));
    const QString heading = child<QLabel>(view, "reviewHeading")->text();
    CHECK(heading.contains(fixture.closedQuarter.name));
    CHECK(heading.contains(QStringLiteral("corrections")));

    const QAbstractItemModel *grades = child<QTableView>(view, "reviewGrades")->model();
    const CyclePlan plan = fixture.repository->queries().loadCyclePlan(fixture.closedQuarter.id);
    REQUIRE(grades->rowCount() == plan.objectivesOfTeam(marketing).size());
    const Objective &first = plan.objectives.at(plan.objectivesOfTeam(marketing).first());
    CHECK(grades->index(0, ReviewGradeModel::TitleColumn).data() == first.title);
    REQUIRE(first.grade);
    CHECK(grades->index(0, ReviewGradeModel::GradeColumn).data(Qt::EditRole).toDouble() == *first.grade);
    CHECK(grades->index(0, ReviewGradeModel::GradeColumn).data(Qt::DecorationRole).isValid());

    const TeamReview saved = *fixture.repository->reviews().find(fixture.closedQuarter.id, marketing);
    CHECK(answer(view, QStringLiteral("How did the team perform?"))->toPlainText() == saved.performance);
    CHECK(answer(view, QStringLiteral("Lessons learned"))->toPlainText() == saved.lessons);
}

TEST_CASE("Changing a grade in a closed quarter should be a correction that undoes in one step", "[ui][review]")
{
    CycleUiFixture fixture;
    ReviewView view(*fixture.session);
    view.showCycle(fixture.closedQuarter.id, fixture.teamNamed("Sales"));
    QAbstractItemModel *grades = child<QTableView>(view, "reviewGrades")->model();
    const Id objectiveId = grades->index(0, 0).data(ReviewGradeModel::ObjectiveIdRole).value<Id>();
    const std::optional<double> before = gradeOf(*fixture.repository, fixture.closedQuarter.id, objectiveId);
    const double corrected = before.value_or(0.0) >= 0.5 ? 0.2 : 0.9;

    REQUIRE(grades->setData(grades->index(0, ReviewGradeModel::GradeColumn), corrected));
    CHECK(gradeOf(*fixture.repository, fixture.closedQuarter.id, objectiveId) == corrected);
    CHECK(grades->index(0, ReviewGradeModel::GradeColumn).data(Qt::EditRole).toDouble() == corrected);
    CHECK(fixture.undoSteps() == 1);

    REQUIRE(grades->setData(grades->index(0, ReviewGradeModel::NoteColumn), QStringLiteral("Recounted the deals")));
    CHECK(fixture.repository->queries().loadCyclePlan(fixture.closedQuarter.id).objective(objectiveId)->gradeNote ==
          QStringLiteral("Recounted the deals"));

    fixture.session->undoStack()->undo();
    fixture.session->undoStack()->undo();
    CHECK(gradeOf(*fixture.repository, fixture.closedQuarter.id, objectiveId) == before);
    CHECK(grades->index(0, ReviewGradeModel::GradeColumn).data(Qt::EditRole).toDouble() == before.value_or(-1));
    CHECK(fixture.repository->cycles().byId(fixture.closedQuarter.id)->state == CycleState::Closed);
}

TEST_CASE("A grade outside 0 to 1 should be refused without a change", "[ui][review]")
{
    CycleUiFixture fixture;
    ReviewView view(*fixture.session);
    view.showCycle(fixture.closedQuarter.id, fixture.teamNamed("Sales"));
    QAbstractItemModel *grades = child<QTableView>(view, "reviewGrades")->model();
    CHECK_FALSE(grades->setData(grades->index(0, ReviewGradeModel::GradeColumn), 1.5));
    CHECK_FALSE(grades->setData(grades->index(0, ReviewGradeModel::GradeColumn), QStringLiteral("great")));
    CHECK(fixture.undoSteps() == 0);
}

TEST_CASE("Using the proposed grades should grade every ungraded objective as one undo step", "[ui][review]")
{
    CycleUiFixture fixture;
    const Id marketing = fixture.teamNamed("Marketing");
    ReviewView view(*fixture.session);
    view.showCycle(fixture.activeQuarter.id, marketing);
    auto *useProposed = child<QPushButton>(view, "useProposedGrades");
    REQUIRE(useProposed->isEnabled());

    QTest::mouseClick(useProposed, Qt::LeftButton);
    const CyclePlan plan = fixture.repository->queries().loadCyclePlan(fixture.activeQuarter.id);
    const auto &rows = qobject_cast<ReviewGradeModel *>(child<QTableView>(view, "reviewGrades")->model())->rows();
    REQUIRE_FALSE(rows.isEmpty());
    for (const ReviewGradeModel::Row &row : rows)
        CHECK(plan.objective(row.objective.id)->grade == row.proposedGrade);
    CHECK(fixture.undoSteps() == 1);
    CHECK_FALSE(useProposed->isEnabled());

    fixture.session->undoStack()->undo();
    const CyclePlan undone = fixture.repository->queries().loadCyclePlan(fixture.activeQuarter.id);
    for (const qsizetype index : undone.objectivesOfTeam(marketing))
        CHECK_FALSE(undone.objectives.at(index).grade);
}

TEST_CASE("Saving the answers should store them as one undo step", "[ui][review]")
{
    CycleUiFixture fixture;
    const Id product = fixture.teamNamed("Product");
    ReviewView view(*fixture.session);
    view.showCycle(fixture.activeQuarter.id, product);
    auto *save = child<QPushButton>(view, "saveReviewAnswers");
    CHECK_FALSE(save->isEnabled());

    QPlainTextEdit *performance = answer(view, QStringLiteral("How did the team perform?"));
    performance->setFocus();
    QTest::keyClicks(performance, QStringLiteral("Shipped the onboarding flow"));
    QTest::keyClicks(answer(view, QStringLiteral("What to start, stop and continue?")),
                     QStringLiteral("Start: user interviews"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const std::optional<TeamReview> saved = fixture.repository->reviews().find(fixture.activeQuarter.id, product);
    REQUIRE(saved);
    CHECK(saved->performance == QStringLiteral("Shipped the onboarding flow"));
    CHECK(saved->startStopContinue == QStringLiteral("Start: user interviews"));
    CHECK_FALSE(save->isEnabled());

    fixture.session->undoStack()->undo();
    CHECK_FALSE(fixture.repository->reviews().find(fixture.activeQuarter.id, product));
    CHECK(performance->toPlainText().isEmpty());
    fixture.session->undoStack()->redo();
    CHECK(performance->toPlainText() == QStringLiteral("Shipped the onboarding flow"));
}

TEST_CASE("Grades should be coloured by the committed or aspirational rule", "[ui][review]")
{
    CyclePlan plan;
    plan.cycle = {1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Closed, false};
    plan.teams = {{7, NoId, QStringLiteral("Acme")}};
    Objective committed;
    committed.id = 1;
    committed.cycleId = 1;
    committed.teamId = 7;
    committed.title = QStringLiteral("Committed");
    committed.grade = 0.7;
    Objective aspirational = committed;
    aspirational.id = 2;
    aspirational.title = QStringLiteral("Aspirational");
    aspirational.commitment = Commitment::Aspirational;
    aspirational.position = 1;
    plan.objectives = {committed, aspirational};
    plan.rebuildIndex();

    ReviewGradeModel model;
    model.setPlan(plan, 7);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ReviewGradeModel::GradeColumn).data(ReviewGradeModel::GradeColourRole).toInt() ==
          static_cast<int>(Scoring::GradeColour::Yellow));
    CHECK(model.index(1, ReviewGradeModel::GradeColumn).data(ReviewGradeModel::GradeColourRole).toInt() ==
          static_cast<int>(Scoring::GradeColour::Green));
    CHECK(model.index(1, ReviewGradeModel::GradeColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("green")));
}

// Not run by default: writes PNGs of the review, KPI and new-cycle widgets on the demo into
// $QUARTERDECK_SCREENSHOTS, e.g. xvfb-run -a -s "-screen 0 1600x1000x24" quarterdeck_ui_tests "[screenshot]".
TEST_CASE("Screenshot of the review view on the demo document", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("QUARTERDECK_SCREENSHOTS", QDir::tempPath());
    CycleUiFixture fixture;
    ReviewView view(*fixture.session);
    view.showCycle(fixture.closedQuarter.id, fixture.teamNamed("Marketing"));
    view.resize(980, 760);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.grab().save(QDir(folder).filePath(QStringLiteral("review-closed.png"))));

    view.showCycle(fixture.activeQuarter.id, fixture.teamNamed("Sales"));
    CHECK(view.grab().save(QDir(folder).filePath(QStringLiteral("review-active.png"))));
}

TEST_CASE("The review of a cycle whose addition is undone should close", "[ui][review]")
{
    CycleUiFixture fixture;
    auto *add = new AddCycleCommand(*fixture.session, CyclePlanner(*fixture.repository).proposedNextQuarter());
    fixture.session->push(add);
    ReviewView view(*fixture.session);
    view.showCycle(add->addedId());
    view.show();
    REQUIRE(view.isVisible());
    fixture.session->undoStack()->undo();
    CHECK_FALSE(view.isVisible());
}

TEST_CASE("Switching team with unsaved answers should ask, and save, discard or stay as chosen", "[ui][review]")
{
    TypedLesson typed;
    auto *teams = child<QComboBox>(typed.view, "reviewTeamSelector");
    REQUIRE(teams->count() > 1);
    const int productRow = teams->findData(typed.product);
    const int otherRow = productRow == 0 ? 1 : 0;
    const Id other = teams->itemData(otherRow).value<Id>();

    SECTION("Cancel stays on the team with the answers as typed")
    {
        typed.messages.answerChoices(-1);
        teams->setCurrentIndex(otherRow);
        REQUIRE(typed.messages.messages().size() == 1);
        CHECK(typed.messages.messages().constFirst().text.contains(QStringLiteral("not saved")));
        CHECK(typed.view.teamId() == typed.product);
        CHECK(typed.lessons->toPlainText() == QStringLiteral("Talk to customers weekly"));
        CHECK_FALSE(typed.saved());
    }
    SECTION("Save stores them for the team they were typed for, then shows the other team")
    {
        typed.messages.answerChoices(0);
        teams->setCurrentIndex(otherRow);
        REQUIRE(typed.saved());
        CHECK(typed.saved()->lessons == QStringLiteral("Talk to customers weekly"));
        CHECK_FALSE(typed.fixture.repository->reviews().find(typed.fixture.activeQuarter.id, other));
        CHECK(typed.view.teamId() == other);
        CHECK(typed.lessons->toPlainText().isEmpty());
    }
    SECTION("Discard drops them and shows the other team")
    {
        typed.messages.answerChoices(1);
        teams->setCurrentIndex(otherRow);
        CHECK_FALSE(typed.saved());
        CHECK(typed.view.teamId() == other);
        CHECK(typed.lessons->toPlainText().isEmpty());
    }
}

TEST_CASE("Switching team without typed answers should not ask", "[ui][review]")
{
    CycleUiFixture fixture;
    RecordedMessages messages;
    ReviewView view(*fixture.session);
    view.showCycle(fixture.activeQuarter.id, fixture.teamNamed("Product"));
    auto *teams = child<QComboBox>(view, "reviewTeamSelector");
    REQUIRE(teams->count() > 1);
    teams->setCurrentIndex(teams->currentIndex() == 0 ? 1 : 0);
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Closing the review with unsaved answers should ask, and save, discard or stay as chosen", "[ui][review]")
{
    TypedLesson typed;
    typed.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&typed.view));

    SECTION("Cancel keeps the window open with the answers as typed")
    {
        typed.messages.answerChoices(-1);
        CHECK_FALSE(typed.view.close());
        REQUIRE(typed.messages.messages().size() == 1);
        CHECK(typed.messages.messages().constFirst().text.contains(QStringLiteral("before closing")));
        CHECK(typed.view.isVisible());
        CHECK(typed.lessons->toPlainText() == QStringLiteral("Talk to customers weekly"));
    }
    SECTION("Save stores them, then closes")
    {
        typed.messages.answerChoices(0);
        CHECK(typed.view.close());
        REQUIRE(typed.saved());
        CHECK(typed.saved()->lessons == QStringLiteral("Talk to customers weekly"));
    }
    SECTION("Discard closes without writing")
    {
        typed.messages.answerChoices(1);
        CHECK(typed.view.close());
        CHECK_FALSE(typed.saved());
    }
}
