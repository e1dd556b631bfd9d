#include "support/catch.h"

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "charts/ChartsView.h"
#include "history/KeyResultHistoryView.h"
#include "support/CatchQt.h"
#include "tree/PlanView.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/ItemRoles.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

namespace {

Id objectiveIdTitled(const ProgressBoardView &board, const QString &title)
{
    for (const ProgressBoard::TeamCard &team : board.boardModel()->teams()) {
        for (const ProgressBoard::ObjectiveCard &objective : team.objectives) {
            if (objective.title == title)
                return objective.id;
        }
    }
    return NoId;
}

// The window's child of that type (and name); the test stops when there is none.
template <typename Child> Child *childOf(const MainWindow &window, const char *name = nullptr)
{
    auto *child = window.findChild<Child *>(name ? QString::fromLatin1(name) : QString());
    REQUIRE(child);
    return child;
}

} // namespace

TEST_CASE("The View menu should show the progress board as the main view, and activating an objective on it "
          "selects it in the plan",
          "[ui][window][board]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    MainWindow &window = acme.window;

    auto *board = window.findChild<ProgressBoardView *>(QStringLiteral("progressBoard"));
    REQUIRE(board);
    CHECK(board->boardModel()->teams().isEmpty()); // hidden: not read yet
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    auto *mainViews = window.findChild<QStackedWidget *>(QStringLiteral("mainViews"));
    REQUIRE(mainViews);
    auto *showBoard = window.findChild<QAction *>(QStringLiteral("actionProgressBoard"));
    REQUIRE(showBoard);
    CHECK(showBoard->isCheckable());
    CHECK(showBoard->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_B));
    auto *planToolBar = window.findChild<QToolBar *>(QStringLiteral("planToolBar"));
    REQUIRE(planToolBar);
    CHECK(planToolBar->actions().contains(showBoard));
    showBoard->trigger();
    REQUIRE(QTest::qWaitFor([board] { return !board->boardModel()->teams().isEmpty(); }));
    CHECK(board->boardModel()->objectiveCount() == 5);
    // It takes the whole central area in place of the plan, not a strip below it.
    CHECK(mainViews->currentWidget() == board);
    CHECK(board->isVisible());
    CHECK_FALSE(tree->isVisible());
    CHECK(board->height() >= window.centralWidget()->height() * 3 / 4);

    const Id buildDebtId = objectiveIdTitled(*board, QStringLiteral("Pay down build debt"));
    REQUIRE(buildDebtId != NoId);
    tree->collapseAll(); // the objective waits in its folded team node
    board->selectObjective(buildDebtId);
    // The board's current objective is the tree's at once: the details show it.
    CHECK(tree->currentIndex().data(ItemRoles::ItemIdRole).value<Id>() == buildDebtId);
    board->treeView()->setFocus();
    QTest::keyClick(board->treeView(), Qt::Key_Return);

    CHECK_FALSE(showBoard->isChecked());
    CHECK(mainViews->currentWidget() != board);
    CHECK(tree->currentIndex().data(ItemRoles::ItemIdRole).value<Id>() == buildDebtId);
    CHECK(tree->currentIndex().parent().data().toString() == QStringLiteral("Engineering"));
    CHECK(tree->isExpanded(tree->currentIndex().parent()));

    SECTION("and showing the board again takes the tree's current objective along")
    {
        const Id otherId = objectiveIdTitled(*board, QStringLiteral("Ship reliably"));
        REQUIRE(otherId != NoId);
        auto *planView = window.findChild<PlanView *>();
        REQUIRE(planView);
        planView->selectObjective(otherId);
        REQUIRE(tree->currentIndex().data(ItemRoles::ItemIdRole).value<Id>() == otherId);
        showBoard->trigger();
        CHECK(mainViews->currentWidget() == board);
        const QModelIndex boardCurrent = board->filterModel()->mapToSource(board->treeView()->currentIndex());
        REQUIRE(board->boardModel()->objectiveAt(boardCurrent));
        CHECK(board->boardModel()->objectiveAt(boardCurrent)->id == otherId);
    }
    SECTION("and the charts dock shows beside the board page")
    {
        showBoard->trigger();
        auto *showCharts = window.findChild<QAction *>(QStringLiteral("actionCharts"));
        REQUIRE(showCharts);
        showCharts->trigger();
        auto *chartsDock = window.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        REQUIRE(chartsDock);
        CHECK(QTest::qWaitFor([&] { return chartsDock->isVisible(); }));
        CHECK(QTest::qWaitFor([&] { return chartsDock->height() >= window.height() / 4; }));
        CHECK(board->isVisible());
    }
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Switching cycle on the board page should show the new cycle on the board and in the charts, and the "
          "hidden plan opens its objectives once it is shown again",
          "[ui][window][board]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    MainWindow &window = acme.window;
    auto *board = childOf<ProgressBoardView>(window, "progressBoard");
    auto *cycles = childOf<QComboBox>(window, "cycleSelector");
    auto *showBoard = childOf<QAction>(window, "actionProgressBoard");
    auto *chartsDock = childOf<QDockWidget>(window, "chartsDock");
    // Hidden, the charts are not built (nor read).
    CHECK_FALSE(window.findChild<ChartsView *>());
    showBoard->trigger();
    chartsDock->show();
    REQUIRE(QTest::qWaitFor([&] { return chartsDock->isVisible(); }));
    auto *charts = childOf<ChartsView>(window);
    const Id activeCycleId = board->cycleId();
    REQUIRE(activeCycleId != NoId);

    cycles->setCurrentIndex(cycles->findText(QStringLiteral("2026 Q2 (closed)")));

    const Id closedCycleId = cycles->currentData().value<Id>();
    REQUIRE(closedCycleId != activeCycleId);
    CHECK(board->cycleId() == closedCycleId);
    CHECK(charts->cycleId() == closedCycleId);
    CHECK(board->boardModel()->cycle().id == closedCycleId);
    // The tree behind the board has the cycle's rows, folded until it is seen.
    const QModelIndex firstRow = acme.tree()->model()->index(0, 0);
    REQUIRE(firstRow.isValid());
    CHECK_FALSE(acme.tree()->isExpanded(firstRow));

    showBoard->trigger();

    CHECK(acme.tree()->isVisible());
    CHECK(acme.tree()->isExpanded(acme.tree()->model()->index(0, 0)));
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Activating a key result on the board should select it in the window and show its history",
          "[ui][window][board]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    MainWindow &window = acme.window;
    auto *board = window.findChild<ProgressBoardView *>(QStringLiteral("progressBoard"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    auto *history = window.findChild<KeyResultHistoryView *>();
    auto *historyDock = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    REQUIRE(board);
    REQUIRE(tree);
    REQUIRE(history);
    REQUIRE(historyDock);
    window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger();
    REQUIRE(QTest::qWaitFor([board] { return !board->boardModel()->teams().isEmpty(); }));

    Id buildTimeId = NoId;
    for (const ProgressBoard::TeamCard &team : board->boardModel()->teams()) {
        for (const ProgressBoard::ObjectiveCard &objective : team.objectives) {
            if (objective.title == QStringLiteral("Pay down build debt"))
                buildTimeId = objective.keyResultCards.first().keyResult.id;
        }
    }
    REQUIRE(buildTimeId != NoId);
    board->treeView()->setFocus();
    board->selectKeyResult(buildTimeId);
    // The board's current key result is the tree's at once: the details and the history show it.
    CHECK(tree->currentIndex().data(ItemRoles::ItemIdRole).value<Id>() == buildTimeId);
    CHECK(history->keyResultId() == buildTimeId);
    // The hidden tree follows without taking the board's keys.
    CHECK(window.focusWidget() == board->treeView());

    board->treeView()->setFocus();
    QTest::keyClick(board->treeView(), Qt::Key_Return);
    // It stays on the board, with the key result's full history in view.
    CHECK(window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->isChecked());
    CHECK(QTest::qWaitFor([historyDock] { return historyDock->isVisible(); }));
    CHECK(history->isVisible());
    CHECK(history->keyResultId() == buildTimeId);

    SECTION("and showing the board again takes the tree's current key result along")
    {
        window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger(); // to the plan
        board->selectObjective(objectiveIdTitled(*board, QStringLiteral("Ship reliably")));
        window.findChild<PlanView *>()->selectKeyResult(buildTimeId);
        window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger();
        const QModelIndex boardCurrent = board->filterModel()->mapToSource(board->treeView()->currentIndex());
        REQUIRE(board->boardModel()->keyResultAt(boardCurrent));
        CHECK(board->boardModel()->keyResultAt(boardCurrent)->keyResult.id == buildTimeId);
    }
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The window should open on the view it showed when closed", "[ui][window][board]")
{
    const RecordedMessages messages;
    AcmeWindow acme;
    acme.window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->trigger();
    acme.window.close();

    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *board = window.findChild<ProgressBoardView *>(QStringLiteral("progressBoard"));
    REQUIRE(board);
    CHECK(window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->isChecked());
    CHECK(window.findChild<QStackedWidget *>(QStringLiteral("mainViews"))->currentWidget() == board);
    CHECK(board->boardModel()->objectiveCount() == 5); // shown, so read
    CHECK(messages.messages().isEmpty());
    QSettings().clear(); // the next window opens on the plan
}
