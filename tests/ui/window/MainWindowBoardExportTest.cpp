#include "support/catch.h"

#include "board/BoardExport.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QImage>
#include <QSettings>
#include <QStatusBar>

namespace {

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("File > Export Board writes the shown board while the board is the main view", "[ui][window][board]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const QString path = demo.pathFor(QStringLiteral("board.png"));
    const RecordedMessages recorded;
    const BoardExport::PathChooser previous =
        BoardExport::setPathChooser([&path](QWidget *, const QString &) { return path; });
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));
    QAction *exportBoard = action(window, "actionExportBoard");
    QAction *printBoard = action(window, "actionPrintBoard");
    CHECK_FALSE(exportBoard->isEnabled());
    CHECK_FALSE(printBoard->isEnabled());
    // The print key prints the quarter report while the plan is shown, the board while the board is.
    CHECK(printBoard->shortcut().isEmpty());
    CHECK(action(window, "actionPrintReport")->shortcut() == QKeySequence(QKeySequence::Print));

    action(window, "actionProgressBoard")->setChecked(true);
    REQUIRE(exportBoard->isEnabled());
    CHECK(printBoard->isEnabled());
    CHECK(printBoard->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(action(window, "actionPrintReport")->shortcut().isEmpty());
    exportBoard->trigger();

    CHECK(recorded.messages().isEmpty());
    CHECK(QImage(path).width() > 0);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("board.png")));

    action(window, "actionProgressBoard")->setChecked(false);
    CHECK_FALSE(exportBoard->isEnabled());
    BoardExport::setPathChooser(previous);
}
