#include "support/catch.h"

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "board/WeekChangesModel.h"
#include "board/WeekChangesView.h"
#include "core/board/BoardScript.h"
#include "document/ShownPlan.h"
#include "support/CatchQt.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/PlanFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "ui/support/WarningRecorder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTreeView>

#include <cstdlib>

namespace {

// Wednesday of W34: W33 is the week due, so the last week's changes are those after W32 up to W33.
const QDate wednesdayOfW34(2026, 8, 19);

// The scripted quarter with every check-in up to W33.
struct ScriptedQuarter {
    BoardScript script;
    CyclePlan plan;
    KeyResultHistories histories;
    // What the window reads when the user chooses weeks (ShownPlan::checkInsOfWeeks).
    const WeekChangesView::CheckInsOfWeeks checkIns = [this](IsoWeek after, IsoWeek upTo) {
        return script.repository.checkIns().ofWeeksAndBefore(BoardScript::week(27), after.next(), upTo);
    };

    explicit ScriptedQuarter(bool withWeek33 = true)
    {
        if (withWeek33)
            script.checkInWeek33();
        plan = script.plan();
        histories = script.histories();
    }
    ScriptedQuarter(const ScriptedQuarter &) = delete; // checkIns reads this one's script
    ScriptedQuarter &operator=(const ScriptedQuarter &) = delete;

    WeekChanges between(int after, int upTo) const
    {
        return WeekChanges::build(plan, histories, checkIns(BoardScript::week(after), BoardScript::week(upTo)),
                                  BoardScript::week(after), BoardScript::week(upTo));
    }
    Id objectiveOf(Id keyResultId) const { return plan.keyResult(keyResultId)->objectiveId; }
};

// Each group's title, then its entries as "subject | team | from | to | change", as the model lists them.
QStringList shownChanges(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int groupRow = 0; groupRow < model.rowCount(); ++groupRow) {
        const QModelIndex group = model.index(groupRow, WeekChangesModel::SubjectColumn);
        rows.append(group.data().toString());
        for (int row = 0; row < model.rowCount(group); ++row) {
            QStringList cells;
            for (int column = 0; column < WeekChangesModel::ColumnCount; ++column)
                cells.append(model.index(row, column, group).data().toString());
            rows.append(QStringLiteral("  ") + cells.join(QStringLiteral(" | ")));
        }
    }
    return rows;
}

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Chooses a week in one of the range's boxes as the user would.
void choose(const QWidget &view, const char *boxName, int weekNumber)
{
    auto *box = child<QComboBox>(view, boxName);
    const int item = box->findData(BoardScript::week(weekNumber).toString());
    REQUIRE(item >= 0);
    box->setCurrentIndex(item);
}

QStringList weeksOffered(const QComboBox &box)
{
    QStringList weeks;
    for (int item = 0; item < box.count(); ++item)
        weeks.append(box.itemData(item).toString());
    return weeks;
}

} // namespace

TEST_CASE("The week changes model should pass the model tester through every refresh", "[ui][board]")
{
    const ScriptedQuarter quarter;
    WarningRecorder warnings;
    WeekChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setChanges(quarter.between(32, 33), quarter.plan);
    model.setChanges(quarter.between(31, 32), quarter.plan);
    model.setChanges(quarter.between(30, 33), quarter.plan);
    model.setChanges({}, quarter.plan);
    CHECK(model.isEmpty());
    model.setChanges(quarter.between(28, 29), quarter.plan);

    WeekChangesView view;
    QAbstractItemModelTester viewTester(view.changesModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    choose(view, "changesAfterWeek", 30);
    choose(view, "changesUpToWeek", 30);
    view.showChanges({}, {}, {}, wednesdayOfW34);
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    CHECK(warnings.warnings().isEmpty());

    REQUIRE(model.columnCount() == WeekChangesModel::ColumnCount);
    CHECK(model.headerData(WeekChangesModel::ChangeColumn, Qt::Horizontal).toString() == QStringLiteral("Change"));
}

TEST_CASE("The last week's changes should list moves, confidence, new problems and missed check-ins", "[ui][board]")
{
    const ScriptedQuarter quarter;
    WeekChangesView view;
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);

    CHECK(view.after() == BoardScript::week(32));
    CHECK(view.upTo() == BoardScript::week(33));
    // Churn 7 -> 6 is 20 % of its way from 10 to 5, where a week of its pace is 7 / 91.
    CHECK(shownChanges(*view.changesModel()) ==
          QStringList{QStringLiteral("Moved: 1 key result"),
                      QStringLiteral("  Cut churn | Sales | 7 | 6 | +20\u00a0% (8\u00a0% expected)"),
                      QStringLiteral("Confidence changed: 2 key results"),
                      QStringLiteral("  Raise NPS | Sales | at risk | off track | worse"),
                      QStringLiteral("  Deploy weekly | Platform | on track | at risk | worse"),
                      QStringLiteral("New problems: 1"),
                      QStringLiteral("  Budget frozen | Sales |  |  | by Ann, W33")});

    const WeekChangesModel &model = *view.changesModel();
    const QModelIndex churn =
        model.index(0, WeekChangesModel::SubjectColumn, model.groupIndex(WeekChangesModel::Group::Moved));
    CHECK(model.keyResultAt(churn) == quarter.script.churnId);
    CHECK(model.teamAt(churn) == quarter.script.salesId);
    CHECK(churn.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Cut churn (Sales) moved from 7 to 6")));
    CHECK(churn.data(Qt::AccessibleTextRole) == churn.data(Qt::ToolTipRole));
    // Ahead of its pace: the change reads in the on-track colour, a worse confidence in the off-track one.
    CHECK(churn.siblingAtColumn(WeekChangesModel::ChangeColumn).data(Qt::ForegroundRole).isValid());
    const QModelIndex nps =
        model.index(0, WeekChangesModel::ChangeColumn, model.groupIndex(WeekChangesModel::Group::Confidence));
    CHECK(nps.data(Qt::ForegroundRole) !=
          churn.siblingAtColumn(WeekChangesModel::ChangeColumn).data(Qt::ForegroundRole));
    CHECK(model.isGroupRow(model.groupIndex(WeekChangesModel::Group::NewProblems)));
    const QModelIndex problem =
        model.index(0, WeekChangesModel::SubjectColumn, model.groupIndex(WeekChangesModel::Group::NewProblems));
    CHECK(problem.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("A new problem of Sales, written by Ann in 2026-W33: Budget frozen"));
    CHECK(model.teamAt(problem) == quarter.script.salesId);
    CHECK(model.keyResultAt(problem) == NoId);
    CHECK_FALSE(model.groupIndex(WeekChangesModel::Group::MissingCheckIn).isValid());
}

TEST_CASE("Three weeks at once should compare with the week before them, back from a holiday", "[ui][board]")
{
    const ScriptedQuarter quarter;
    WeekChangesView view;
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    choose(view, "changesAfterWeek", 30);

    CHECK(view.after() == BoardScript::week(30));
    CHECK(view.upTo() == BoardScript::week(33));
    const QStringList rows = shownChanges(*view.changesModel());
    REQUIRE(rows.size() == 9);
    CHECK(rows[0] == QStringLiteral("Moved: 2 key results"));
    // NPS and churn were first checked in during these weeks: they moved from their start values.
    CHECK(rows[1].startsWith(QStringLiteral("  Raise NPS | Sales | 20 | 30 | +33\u00a0% (")));
    CHECK(rows[2].startsWith(QStringLiteral("  Cut churn | Sales | 10 | 6 | +80\u00a0% (")));
    CHECK(rows[3] == QStringLiteral("Confidence changed: 1 key result"));
    CHECK(rows[4] == QStringLiteral("  Deploy weekly | Platform | on track | at risk | worse"));
    CHECK(rows[5] == QStringLiteral("New problems: 3"));
    CHECK(rows[6] == QStringLiteral("  Hiring is slow | Sales |  |  | by Ann, W31"));
    CHECK(rows[7] == QStringLiteral("  CRM outage | Sales |  |  | by Ann, W32"));
    CHECK(rows[8] == QStringLiteral("  Budget frozen | Sales |  |  | by Ann, W33"));
}

TEST_CASE("Choosing weeks should change the changes shown, never ending a range before it begins", "[ui][board]")
{
    const ScriptedQuarter quarter;
    WeekChangesView view;
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    const auto *after = child<QComboBox>(view, "changesAfterWeek");
    const auto *upTo = child<QComboBox>(view, "changesUpToWeek");

    // The cycle's check-in weeks begun by then; "after" offers those before "up to" and the cycle's start.
    CHECK(weeksOffered(*upTo) == QStringList{QStringLiteral("2026-W27"), QStringLiteral("2026-W28"),
                                             QStringLiteral("2026-W29"), QStringLiteral("2026-W30"),
                                             QStringLiteral("2026-W31"), QStringLiteral("2026-W32"),
                                             QStringLiteral("2026-W33"), QStringLiteral("2026-W34")});
    CHECK(after->itemText(0) == QStringLiteral("the cycle's start"));
    CHECK(weeksOffered(*after).last() == QStringLiteral("2026-W32"));

    // Up to W32 while "after" was W32: it moves back to the week before.
    choose(view, "changesUpToWeek", 32);
    CHECK(view.after() == BoardScript::week(31));
    CHECK(weeksOffered(*after).last() == QStringLiteral("2026-W31"));
    const QStringList rows = shownChanges(*view.changesModel());
    CHECK(rows.contains(QStringLiteral("  Raise NPS | Sales | 26 | 30 | +13\u00a0% (8\u00a0% expected)")));
    CHECK(rows.contains(QStringLiteral("  Cut churn | Sales | at risk | on track | better")));
    CHECK(rows.contains(QStringLiteral("  CRM outage | Sales |  |  | by Ann, W32")));
    CHECK(rows.contains(QStringLiteral("Missing check-in for 2026-W32: 1 team")));
    CHECK(rows.contains(QStringLiteral("  No check-in for week 2026-W32 | Platform |  |  | ")));

    // From the cycle's start up to its first week: every team with key results missed it.
    choose(view, "changesUpToWeek", 27);
    CHECK(view.after() == BoardScript::week(26));
    CHECK(shownChanges(*view.changesModel()).first() == QStringLiteral("Missing check-in for 2026-W27: 2 teams"));
}

TEST_CASE("The chosen weeks should stay across refreshes of the same cycle, also after the board was hidden",
          "[ui][board]")
{
    const ScriptedQuarter quarter;
    WeekChangesView view;
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    choose(view, "changesAfterWeek", 30);

    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    CHECK(view.after() == BoardScript::week(30));
    view.showChanges({}, {}, {}, wednesdayOfW34); // what the board shows while hidden
    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    CHECK(view.after() == BoardScript::week(30));
    CHECK(view.upTo() == BoardScript::week(33));

    // Another cycle starts again from its last week.
    CyclePlan otherCycle = quarter.plan;
    otherCycle.cycle.id += 100;
    view.showChanges(otherCycle, quarter.histories, quarter.checkIns, wednesdayOfW34);
    CHECK(view.after() == BoardScript::week(32));
}

TEST_CASE("Weeks without changes should say so instead of an empty list", "[ui][board]")
{
    const ScriptedQuarter quarter;
    CyclePlan noKeyResults;
    noKeyResults.cycle = quarter.plan.cycle;
    noKeyResults.teams = quarter.plan.teams;
    noKeyResults.rebuildIndex();
    WeekChangesView view;
    view.showChanges(noKeyResults, {}, {}, wednesdayOfW34);

    const auto *emptyState = child<QLabel>(view, "weekChangesEmpty");
    CHECK_FALSE(emptyState->isHidden());
    CHECK(view.treeView()->isHidden());
    CHECK(emptyState->text() == QStringLiteral("No changes in week 2026-W33"));
    choose(view, "changesAfterWeek", 30);
    CHECK(emptyState->text() == QStringLiteral("No changes in weeks 2026-W31 to 2026-W33"));

    view.showChanges(quarter.plan, quarter.histories, quarter.checkIns, wednesdayOfW34);
    CHECK(emptyState->isHidden());
    CHECK_FALSE(view.treeView()->isHidden());
}

TEST_CASE("Activating a change should select its objective or team on the board", "[ui][board]")
{
    const ScriptedQuarter quarter;
    QWidget window;
    auto *board = new ProgressBoardView(&window);
    board->setReferenceDate(wednesdayOfW34);
    board->showPlan(quarter.plan, quarter.histories, quarter.checkIns);
    QSignalSpy openedInPlan(board, &ProgressBoardView::objectiveActivated);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    WeekChangesView *changes = board->weekChangesView();
    const WeekChangesModel &model = *changes->changesModel();
    const auto activate = [&](WeekChangesModel::Group group, int row) {
        changes->treeView()->setCurrentIndex(
            model.index(row, WeekChangesModel::SubjectColumn, model.groupIndex(group)));
        changes->treeView()->setFocus();
        QTest::keyClick(changes->treeView(), Qt::Key_Return);
    };
    const auto boardCurrent = [&] { return board->filterModel()->mapToSource(board->treeView()->currentIndex()); };

    activate(WeekChangesModel::Group::Moved, 0); // churn
    const ProgressBoard::ObjectiveCard *objective = board->boardModel()->objectiveAt(boardCurrent());
    REQUIRE(objective);
    CHECK(objective->id == quarter.objectiveOf(quarter.script.churnId));
    CHECK(board->treeView()->hasFocus());
    CHECK(openedInPlan.isEmpty());

    activate(WeekChangesModel::Group::NewProblems, 0);
    CHECK(board->boardModel()->objectiveAt(boardCurrent()) == nullptr);
    CHECK(board->boardModel()->teamAt(boardCurrent())->id == quarter.script.salesId);

    // An objective the filters hide opens in the plan.
    ProgressBoard::Filter offTrack;
    offTrack.offTrack = true;
    board->setFilter(offTrack);
    activate(WeekChangesModel::Group::Moved, 0);
    REQUIRE(openedInPlan.size() == 1);
    CHECK(openedInPlan.first().first().value<Id>() == quarter.objectiveOf(quarter.script.churnId));
}

TEST_CASE("The board should follow the shown plan's check-ins, keeping the chosen weeks", "[ui][board]")
{
    ScriptedQuarter quarter(false); // up to W32: W33 is due and missing
    ShownPlan shownPlan;
    shownPlan.setRepository(&quarter.script.repository);
    shownPlan.showCycle(quarter.script.cycleId);
    QWidget window;
    auto *board = new ProgressBoardView(&window);
    board->setReferenceDate(wednesdayOfW34);
    board->setShownPlan(&shownPlan);
    board->refresh();
    WeekChangesView *changes = board->weekChangesView();
    CHECK(shownChanges(*changes->changesModel()).contains(QStringLiteral("Missing check-in for 2026-W33: 2 teams")));
    choose(*changes, "changesAfterWeek", 31);

    quarter.script.checkInWeek33();
    shownPlan.showCycle(quarter.script.cycleId);
    board->refresh();
    CHECK(changes->after() == BoardScript::week(31));
    const QStringList rows = shownChanges(*changes->changesModel());
    CHECK_FALSE(rows.contains(QStringLiteral("Missing check-in for 2026-W33: 2 teams")));
    CHECK(rows.contains(QStringLiteral("  Budget frozen | Sales |  |  | by Ann, W33")));

    // The organisation line: on Wednesday of W34, NPS and deploys went off track since Wednesday of W33.
    const auto *line = child<QLabel>(*board, "organisationLine");
    CHECK(line->text().contains(
        QStringLiteral("Key results: 1 on track, 0 at risk (-1), 2 off track (+1), 1 no check-in yet")));
}

TEST_CASE("A thousand teams' changes should be rows of one view", "[ui][board]")
{
    const CyclePlan plan = PlanFixtures::largeOrganisation(1000);
    WeekChangesView view;
    view.showChanges(plan, {}, {}, QDate(2026, 8, 12));

    // No team checked in: each one with key results misses the week due.
    const WeekChangesModel &model = *view.changesModel();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowCount(model.groupIndex(WeekChangesModel::Group::MissingCheckIn)) == 1000);
    CHECK(view.findChildren<QWidget *>().size() < 40);
}

TEST_CASE("A value to keep should read kept or missed, not against a pace", "[ui][board]")
{
    const ScriptedQuarter quarter;
    CyclePlan plan = quarter.plan;
    for (KeyResult &keyResult : plan.keyResults) {
        if (keyResult.id == quarter.script.deploysId) {
            keyResult.kind = KeyResultKind::KeepAbove;
            keyResult.target = 2;
        }
    }
    plan.rebuildIndex();
    WeekChanges changes;
    changes.valueMoves = {{quarter.script.deploysId, 1, 2, 1.0, 0.08}, {quarter.script.deploysId, 2, 1, -1.0, 0.08}};
    WeekChangesModel model;
    model.setChanges(changes, plan);

    const QModelIndex moved = model.groupIndex(WeekChangesModel::Group::Moved);
    CHECK(model.index(0, WeekChangesModel::ChangeColumn, moved).data().toString() == QStringLiteral("target kept"));
    CHECK(model.index(1, WeekChangesModel::ChangeColumn, moved).data().toString() == QStringLiteral("target missed"));
    CHECK(model.index(1, WeekChangesModel::SubjectColumn, moved).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Deploy weekly (Platform) moved from 2 to 1: its target is missed"));
}

TEST_CASE("The board should remember where the user put the line between the cards and the changes", "[ui][board]")
{
    const auto showBoard = [](QWidget &window) {
        auto *board = new ProgressBoardView(&window);
        window.resize(900, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        return board->findChild<QSplitter *>(QStringLiteral("boardCardsAndChanges"));
    };
    QWidget first;
    QSplitter *splitter = showBoard(first);
    REQUIRE(splitter);
    // Near half and half until moved.
    CHECK(std::abs(splitter->sizes()[0] - splitter->sizes()[1]) < splitter->height() / 4);

    QSplitterHandle *handle = splitter->handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle - QPoint(0, 150));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(0, 150));
    const QList<int> moved = splitter->sizes();
    CHECK(moved[0] < moved[1]);

    QWidget second;
    CHECK(showBoard(second)->sizes() == moved);
    QSettings().remove(QStringLiteral("ProgressBoard"));
}

TEST_CASE("The window's board page should read the week changes only while shown, below the cards",
          "[ui][window][board]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    auto *board = acme.window.findChild<ProgressBoardView *>(QStringLiteral("progressBoard"));
    REQUIRE(board);
    WeekChangesView *changes = board->weekChangesView();
    CHECK_FALSE(changes->upTo().isValid()); // hidden: not read

    acme.window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger();
    REQUIRE(QTest::qWaitFor([changes] { return changes->upTo().isValid(); }));
    CHECK(changes->after() == changes->upTo().previous());
    // Sales never checked in: the week due lists it at least.
    CHECK(changes->changesModel()->groupIndex(WeekChangesModel::Group::MissingCheckIn).isValid());
    CHECK(changes->isVisible());
    CHECK(changes->mapTo(board, QPoint()).y() > board->treeView()->mapTo(board, QPoint()).y());
    CHECK(messages.messages().isEmpty());
}
