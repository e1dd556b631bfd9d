#include "CatchQt.h"

#include "DemoCompany.h"
#include "Document.h"
#include "MainWindow.h"
#include "RecordedMessages.h"
#include "Repository.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {

QAction *actionOf(const MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("The Cycle menu should close the shown cycle, undoably, and the selector follow", "[ui][cycles]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("demo.okr"));
    {
        const auto document = Document::open(path, Document::OpenMode::CreateIfMissing);
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
    }
    RecordedMessages messages;
    MainWindow window;
    REQUIRE(window.openDocument(path));
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("cycleSelector"));
    REQUIRE(selector);
    const QString active = selector->currentText();
    REQUIRE(active.endsWith(QStringLiteral("(active)")));

    CHECK(window.findChild<QMenu *>(QStringLiteral("menuCycle")));
    CHECK(actionOf(window, "actionReview")->isEnabled());
    CHECK(actionOf(window, "actionKpis")->isEnabled());
    CHECK_FALSE(actionOf(window, "actionActivateCycle")->isEnabled());
    REQUIRE(actionOf(window, "actionCloseCycle")->isEnabled());

    actionOf(window, "actionCloseCycle")->trigger();
    CHECK(selector->currentText().endsWith(QStringLiteral("(closed)")));
    CHECK_FALSE(actionOf(window, "actionCloseCycle")->isEnabled());

    auto *undoStack = window.findChild<QUndoStack *>();
    REQUIRE(undoStack);
    undoStack->undo();
    CHECK(selector->currentText() == active);
    CHECK(messages.messages().isEmpty());
}
