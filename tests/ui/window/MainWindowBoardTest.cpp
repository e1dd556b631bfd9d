#include "support/catch.h"

#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "support/CatchQt.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/ItemRoles.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

TEST_CASE("The View menu should show the progress board, and activating an objective on it selects it in the tree",
          "[ui][window][board]")
{
    const RecordedMessages messages;
    QSettings().clear();
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("acme.okr"));
    DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
    MainWindow window;
    REQUIRE(window.openDocument(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *board = window.findChild<ProgressBoardView *>(QStringLiteral("progressBoard"));
    REQUIRE(board);
    CHECK(board->boardModel()->teams().isEmpty()); // hidden: not read yet
    auto *showBoard = window.findChild<QAction *>(QStringLiteral("actionProgressBoard"));
    REQUIRE(showBoard);
    showBoard->trigger();
    REQUIRE(QTest::qWaitFor([board] { return !board->boardModel()->teams().isEmpty(); }));
    CHECK(board->boardModel()->objectiveCount() == 5);
    // It opens with a useful share of the window's height, not a sliver below the tree.
    auto *boardDock = window.findChild<QDockWidget *>(QStringLiteral("progressBoardDock"));
    REQUIRE(boardDock);
    CHECK(QTest::qWaitFor([&] { return boardDock->height() >= window.height() / 4; }));

    Id buildDebtId = NoId;
    for (const ProgressBoard::TeamCard &team : board->boardModel()->teams()) {
        for (const ProgressBoard::ObjectiveCard &objective : team.objectives) {
            if (objective.title == QStringLiteral("Pay down build debt"))
                buildDebtId = objective.id;
        }
    }
    REQUIRE(buildDebtId != NoId);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    tree->collapseAll(); // the objective waits in its folded team node
    board->selectObjective(buildDebtId);
    board->treeView()->setFocus();
    QTest::keyClick(board->treeView(), Qt::Key_Return);

    CHECK(tree->currentIndex().data(ItemRoles::ItemIdRole).value<Id>() == buildDebtId);
    CHECK(tree->currentIndex().parent().data().toString() == QStringLiteral("Engineering"));
    CHECK(tree->isExpanded(tree->currentIndex().parent()));

    SECTION("and the charts, tabbed with the board, come to the front when shown")
    {
        // The tab bar of the dock group the board and the charts share: the text of its front tab.
        const auto frontTab = [&window] {
            for (const QTabBar *bar : window.findChildren<QTabBar *>()) {
                for (int tab = 0; tab < bar->count(); ++tab) {
                    if (bar->tabText(tab) == QStringLiteral("Charts"))
                        return bar->tabText(bar->currentIndex());
                }
            }
            return QString();
        };
        auto *showCharts = window.findChild<QAction *>(QStringLiteral("actionCharts"));
        REQUIRE(showCharts);
        showCharts->trigger();
        CHECK(QTest::qWaitFor([&] { return frontTab() == QStringLiteral("Charts"); }));
        showBoard->trigger(); // hides it
        showBoard->trigger();
        CHECK(QTest::qWaitFor([&] { return frontTab() == QStringLiteral("Progress Board"); }));
    }
    CHECK(messages.messages().isEmpty());
}
