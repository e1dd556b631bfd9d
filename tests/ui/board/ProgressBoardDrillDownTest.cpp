#include "support/catch.h"

#include "ui/board/TestedBoardModels.h"

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "support/CatchQt.h"
#include "ui/support/PlanFixtures.h"
#include "widgets/ItemRoles.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {

// Wednesday of W33 in 2026 Q3: the expected pace is 42 / 91 = 0.46.
const QDate referenceDate(2026, 8, 12);
const QDate fridayOfW32(2026, 8, 7);

// The titles of the rows below `parent`, in the order shown.
QStringList titles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, ProgressBoardModel::TitleColumn, parent).data().toString());
    return result;
}

QModelIndex childTitled(const QAbstractItemModel &model, const QModelIndex &parent, const QString &title)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, ProgressBoardModel::TitleColumn, parent);
        if (child.data().toString() == title)
            return child;
    }
    return {};
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// Three teams below a company without objectives of its own, so each is a top-level row:
//   Web (2):  "Launch the site": "Pages live" 0.8, on track
//   Ops (3):  "Run smoothly": "Charlie" 0.9 but stated off track, "Delta" 0.6, "Alpha" 0.3 (at risk by pace),
//             "Bravo" 0 (off track by pace); "Answer tickets": "Tickets answered" 0.95
//   Data (4): "Clean the data": "Rows fixed" 0.3, at risk by pace
// Every key result checked in for W32, so no team misses its check-in.
CyclePlan scriptedPlan()
{
    CyclePlan plan;
    plan.cycle = {1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};
    plan.teams = {{1, NoId, QStringLiteral("Co")},
                  {2, 1, QStringLiteral("Web")},
                  {3, 1, QStringLiteral("Ops")},
                  {4, 1, QStringLiteral("Data")}};
    const auto addObjective = [&plan](Id id, Id teamId, const QString &title) {
        Objective objective;
        objective.id = id;
        objective.cycleId = 1;
        objective.teamId = teamId;
        objective.title = title;
        objective.position = int(plan.objectives.size());
        plan.objectives.append(objective);
    };
    const auto addKeyResult = [&plan](Id id, Id objectiveId, const QString &title, double current,
                                      Confidence stated = Confidence::OnTrack) {
        KeyResult keyResult;
        keyResult.id = id;
        keyResult.objectiveId = objectiveId;
        keyResult.title = title;
        keyResult.target = 100;
        keyResult.current = current * 100;
        keyResult.position = int(plan.keyResults.size());
        plan.keyResults.append(keyResult);
        plan.latestCheckIns.insert(id, {fridayOfW32, stated, {}});
    };
    addObjective(20, 2, QStringLiteral("Launch the site"));
    addKeyResult(200, 20, QStringLiteral("Pages live"), 0.8);
    addObjective(30, 3, QStringLiteral("Run smoothly"));
    addKeyResult(300, 30, QStringLiteral("Charlie"), 0.9, Confidence::OffTrack);
    addKeyResult(301, 30, QStringLiteral("Delta"), 0.6);
    addKeyResult(302, 30, QStringLiteral("Alpha"), 0.3);
    addKeyResult(303, 30, QStringLiteral("Bravo"), 0.0);
    addObjective(31, 3, QStringLiteral("Answer tickets"));
    addKeyResult(310, 31, QStringLiteral("Tickets answered"), 0.95);
    addObjective(40, 4, QStringLiteral("Clean the data"));
    addKeyResult(400, 40, QStringLiteral("Rows fixed"), 0.3);
    plan.rebuildIndex();
    return plan;
}

ProgressBoardView *boardOf(const CyclePlan &plan, QWidget *parent, const KeyResultHistories &histories = {})
{
    auto *board = new ProgressBoardView(parent);
    board->setReferenceDate(referenceDate);
    board->showPlan(plan, histories);
    return board;
}

} // namespace

TEST_CASE("Every model of the board should pass the model tester through plans, filters and orders", "[ui][board]")
{
    TestedBoardModels tested;
    ProgressBoardModel &model = tested.model;
    ProgressBoardFilterModel &filterModel = tested.filterModel;

    const QList<ProgressBoardFilterModel::TeamOrder> orders{
        ProgressBoardFilterModel::TeamOrder::MostWorried, ProgressBoardFilterModel::TeamOrder::LeastProgress,
        ProgressBoardFilterModel::TeamOrder::Name, ProgressBoardFilterModel::TeamOrder::Organisation};
    ProgressBoard::Filter atRiskOrStalled;
    atRiskOrStalled.atRisk = true;
    atRiskOrStalled.stalled = true;
    ProgressBoard::Filter offTrackCommitted;
    offTrackCommitted.offTrack = true;
    offTrackCommitted.commitment = Commitment::Committed;
    ProgressBoard::Filter missing;
    missing.missingCheckIn = true;
    for (const CyclePlan &plan : {PlanFixtures::acmeQuarter(), scriptedPlan(), PlanFixtures::largeOrganisation(20)}) {
        model.setPlan(plan, {}, referenceDate);
        for (const ProgressBoardFilterModel::TeamOrder order : orders) {
            filterModel.setTeamOrder(order);
            for (const ProgressBoard::Filter &filter : {atRiskOrStalled, offTrackCommitted, missing, {}})
                filterModel.setFilter(filter);
            model.setPlan(plan, {}, referenceDate); // a refresh
        }
    }
    CHECK(tested.warnings.warnings().isEmpty());
}

TEST_CASE("Drilling into a team should show its objectives, then each key result with owner, value, status, "
          "check-in, comment and sparkline",
          "[ui][board]")
{
    QWidget window;
    const KeyResultHistories histories{{300, {{QDate(2026, 7, 17), 96}, {QDate(2026, 7, 31), 98}, {fridayOfW32, 97}}}};
    ProgressBoardView *board = boardOf(PlanFixtures::acmeQuarter(), &window, histories);
    QTreeView *tree = board->treeView();
    const QAbstractItemModel &shown = *tree->model();

    // Organisation > department > team > objective > key result.
    REQUIRE(titles(shown) == QStringList{QStringLiteral("Acme")});
    const QModelIndex acme = shown.index(0, 0);
    CHECK(tree->isExpanded(acme)); // teams open on their objectives
    const QModelIndex engineering = childTitled(shown, acme, QStringLiteral("Engineering"));
    REQUIRE(engineering.isValid());
    CHECK(titles(shown, engineering) ==
          QStringList{QStringLiteral("Ship reliably"), QStringLiteral("Pay down build debt")});
    const QModelIndex shipReliably = shown.index(0, 0, engineering);
    CHECK_FALSE(tree->isExpanded(shipReliably)); // key results are a step in
    tree->expand(shipReliably);

    REQUIRE(shown.rowCount(shipReliably) == 1);
    const QModelIndex uptime = shown.index(0, 0, shipReliably);
    CHECK(uptime.data().toString() == QStringLiteral("Keep uptime above 95 % — Ines"));
    CHECK(uptime.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Owner: Ines")));
    CHECK_FALSE(uptime.data(ItemRoles::IsTeamRole).toBool());
    CHECK(uptime.data(ItemRoles::ItemIdRole).value<Id>() == 300);
    CHECK(shown.rowCount(uptime) == 0);
    CHECK(uptime.flags().testFlag(Qt::ItemNeverHasChildren));
    CHECK(cell(uptime, ProgressBoardModel::KeyResultsColumn) == QStringLiteral("97 / ≥ 95\u00a0%"));
    CHECK(cell(uptime, ProgressBoardModel::ProgressColumn) == QStringLiteral("100\u00a0%"));
    CHECK(uptime.siblingAtColumn(ProgressBoardModel::ProgressColumn).data(ItemRoles::PaceStatusRole).toInt() ==
          int(Confidence::AtRisk));
    CHECK(cell(uptime, ProgressBoardModel::ConfidenceColumn) == QStringLiteral("at risk (team says so)"));
    CHECK(uptime.siblingAtColumn(ProgressBoardModel::ConfidenceColumn).data(Qt::ForegroundRole).isValid());
    CHECK(cell(uptime, ProgressBoardModel::CheckInColumn) == QStringLiteral("10 Aug"));
    CHECK(cell(uptime, ProgressBoardModel::NotesColumn) == QStringLiteral("“Failover drill slipped a week”"));
    CHECK(uptime.siblingAtColumn(ProgressBoardModel::NotesColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Failover drill slipped a week")));

    const QModelIndex sparkline = uptime.siblingAtColumn(ProgressBoardModel::HistoryColumn);
    CHECK(sparkline.data(ItemRoles::ValueHistoryRole).value<QList<double>>() == QList<double>{96, 98, 97});
    CHECK(sparkline.data(ItemRoles::TargetValueRole).toDouble() == Approx(95));
    CHECK(sparkline.data(ItemRoles::PaceStatusRole).toInt() == int(Confidence::AtRisk));

    // Nothing checked in: no value yet, no check-in, no comment.
    const QModelIndex buildDebt = shown.index(1, 0, engineering);
    REQUIRE(shown.rowCount(buildDebt) == 1);
    const QModelIndex buildTime = shown.index(0, 0, buildDebt);
    CHECK(buildTime.data().toString() == QStringLiteral("Cut build time from 20 to 10 min")); // no owner
    CHECK(cell(buildTime, ProgressBoardModel::KeyResultsColumn) == QStringLiteral("— / 10\u00a0min"));
    CHECK(cell(buildTime, ProgressBoardModel::CheckInColumn) == QStringLiteral("—"));
    CHECK(cell(buildTime, ProgressBoardModel::NotesColumn).isEmpty());
    CHECK(buildTime.siblingAtColumn(ProgressBoardModel::HistoryColumn)
              .data(ItemRoles::ValueHistoryRole)
              .value<QList<double>>()
              .isEmpty());

    // The window draws it: the sparkline too.
    window.resize(1366, 700);
    board->resize(window.size());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(board->grab().isNull());
}

TEST_CASE("The sort orders should rank teams across the organisation, objectives and key results within theirs",
          "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = boardOf(scriptedPlan(), &window);
    const QAbstractItemModel &shown = *board->treeView()->model();
    auto *order = window.findChild<QComboBox *>(QStringLiteral("teamOrder"));
    REQUIRE(order);
    const auto choose = [order](ProgressBoardFilterModel::TeamOrder teamOrder) {
        order->setCurrentIndex(order->findData(int(teamOrder)));
    };
    const auto ops = [&shown] { return childTitled(shown, {}, QStringLiteral("Ops")); };
    const auto runSmoothly = [&shown, &ops] { return childTitled(shown, ops(), QStringLiteral("Run smoothly")); };

    struct Expected {
        ProgressBoardFilterModel::TeamOrder order;
        QStringList teams;
        QStringList objectivesOfOps;
        QStringList keyResultsOfRunSmoothly;
    };
    const auto list = [](const char *names) { return QString::fromUtf8(names).split(QLatin1Char(',')); };
    const QList<Expected> expected{
        // The plan's order.
        {ProgressBoardFilterModel::TeamOrder::Organisation, list("Web,Ops,Data"), list("Run smoothly,Answer tickets"),
         list("Charlie,Delta,Alpha,Bravo")},
        // Off track first (Bravo is further behind than Charlie, who said so), then at risk, then the rest.
        {ProgressBoardFilterModel::TeamOrder::MostWorried, list("Ops,Data,Web"), list("Run smoothly,Answer tickets"),
         list("Bravo,Charlie,Alpha,Delta")},
        {ProgressBoardFilterModel::TeamOrder::LeastProgress, list("Data,Ops,Web"), list("Run smoothly,Answer tickets"),
         list("Bravo,Alpha,Delta,Charlie")},
        {ProgressBoardFilterModel::TeamOrder::Name, list("Data,Ops,Web"), list("Answer tickets,Run smoothly"),
         list("Alpha,Bravo,Charlie,Delta")},
    };
    for (const Expected &sorted : expected) {
        choose(sorted.order);
        INFO("Order " << order->currentText().toStdString());
        CHECK(titles(shown) == sorted.teams);
        CHECK(titles(shown, ops()) == sorted.objectivesOfOps);
        CHECK(titles(shown, runSmoothly()) == sorted.keyResultsOfRunSmoothly);
        // The rows are laid out anew, the folds stay: teams open, objectives closed.
        CHECK(board->treeView()->isExpanded(ops()));
        CHECK_FALSE(board->treeView()->isExpanded(runSmoothly()));
    }
}

TEST_CASE("A sorted board should list every team flat, the organisation's order nest them", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = boardOf(PlanFixtures::acmeQuarter(), &window);
    const QAbstractItemModel &shown = *board->treeView()->model();
    board->filterModel()->setTeamOrder(ProgressBoardFilterModel::TeamOrder::Name);
    CHECK(titles(shown) == QStringList{QStringLiteral("Acme"), QStringLiteral("Engineering"), QStringLiteral("Sales")});
    CHECK(titles(shown, shown.index(0, 0)) ==
          QStringList{QStringLiteral("Be loved by our customers"), QStringLiteral("Win the mid-market")});
    board->filterModel()->setTeamOrder(ProgressBoardFilterModel::TeamOrder::Organisation);
    CHECK(titles(shown) == QStringList{QStringLiteral("Acme")});
    CHECK(titles(shown, shown.index(0, 0)) == QStringList{QStringLiteral("Win the mid-market"),
                                                          QStringLiteral("Be loved by our customers"),
                                                          QStringLiteral("Sales"), QStringLiteral("Engineering")});
}

TEST_CASE("The filters should show the key results that match, with their objective and teams as the path",
          "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = boardOf(scriptedPlan(), &window);
    const QAbstractItemModel &shown = *board->treeView()->model();
    const auto ops = [&shown] { return childTitled(shown, {}, QStringLiteral("Ops")); };
    const auto runSmoothly = [&shown, &ops] { return childTitled(shown, ops(), QStringLiteral("Run smoothly")); };

    ProgressBoard::Filter offTrack;
    offTrack.offTrack = true;
    board->setFilter(offTrack);
    CHECK(titles(shown) == QStringList{QStringLiteral("Ops")});
    CHECK(titles(shown, ops()) == QStringList{QStringLiteral("Run smoothly")});
    CHECK(titles(shown, runSmoothly()) == QStringList{QStringLiteral("Charlie"), QStringLiteral("Bravo")});
    // Co is only the path to its teams: not a team the filter found.
    CHECK(window.findChild<QLabel *>(QStringLiteral("boardSummary"))
              ->text()
              .contains(QStringLiteral("1 of 4 objectives in 1 of 3 teams")));

    // The problems widen: at risk adds Alpha and Data's key result.
    ProgressBoard::Filter offTrackOrAtRisk = offTrack;
    offTrackOrAtRisk.atRisk = true;
    board->setFilter(offTrackOrAtRisk);
    CHECK(titles(shown) == QStringList{QStringLiteral("Ops"), QStringLiteral("Data")});
    CHECK(titles(shown, runSmoothly()) ==
          QStringList{QStringLiteral("Charlie"), QStringLiteral("Alpha"), QStringLiteral("Bravo")});
    CHECK(titles(shown, childTitled(shown, childTitled(shown, {}, QStringLiteral("Data")),
                                    QStringLiteral("Clean the data"))) == QStringList{QStringLiteral("Rows fixed")});

    // The commitment narrows: every objective here is committed.
    offTrackOrAtRisk.commitment = Commitment::Aspirational;
    board->setFilter(offTrackOrAtRisk);
    CHECK(shown.rowCount() == 0);

    // Sorted and filtered at once.
    board->setFilter(offTrack);
    board->filterModel()->setTeamOrder(ProgressBoardFilterModel::TeamOrder::MostWorried);
    CHECK(titles(shown, runSmoothly()) == QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")});

    board->setFilter({});
    CHECK(titles(shown) == QStringList{QStringLiteral("Ops"), QStringLiteral("Data"), QStringLiteral("Web")});
}

TEST_CASE("Activating a key result on the board should say which one, from the keyboard too", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = boardOf(PlanFixtures::acmeQuarter(), &window);
    QSignalSpy activated(board, &ProgressBoardView::keyResultActivated);
    QSignalSpy objectiveActivated(board, &ProgressBoardView::objectiveActivated);
    QSignalSpy current(board, &ProgressBoardView::currentKeyResultChanged);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    board->selectKeyResult(400);
    REQUIRE(current.size() == 1);
    CHECK(current.first().first().value<Id>() == 400);
    // Its objective opened to show it.
    const QModelIndex shownCurrent = board->treeView()->currentIndex();
    CHECK(board->treeView()->isExpanded(shownCurrent.parent()));
    board->treeView()->setFocus();
    QTest::keyClick(board->treeView(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().value<Id>() == 400);
    CHECK(objectiveActivated.isEmpty());
}
