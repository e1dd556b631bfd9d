#include "catch.h"

#include "AlignmentTreeModel.h"
#include "CatchQt.h"
#include "DocumentFixtures.h"
#include "MainWindow.h"
#include "ProgressBoardModel.h"
#include "ProgressBoardView.h"
#include "RecordedMessages.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
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

    CHECK(tree->currentIndex().data(AlignmentTreeModel::ItemIdRole).value<Id>() == buildDebtId);
    CHECK(tree->currentIndex().parent().data().toString() == QStringLiteral("Engineering"));
    CHECK(tree->isExpanded(tree->currentIndex().parent()));
    CHECK(messages.messages().isEmpty());
}
