#include "support/catch.h"

#include "support/CatchQt.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>

namespace {

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Each window test starts from no saved geometry and no recent files.
void forgetSettings()
{
    QSettings().clear();
}

} // namespace

TEST_CASE("The window's commands are actions with standard shortcuts", "[ui][window]")
{
    forgetSettings();
    const MainWindow window;

    CHECK(action(window, "actionOpen")->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(action(window, "actionQuit")->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK(action(window, "actionAbout"));
    CHECK(window.findChild<QMenu *>(QStringLiteral("menuRecent")));
    CHECK(window.windowTitle() == QStringLiteral("Quarterdeck"));
}

TEST_CASE("Each menu of the window gives every item its own access key", "[ui][window]")
{
    forgetSettings();
    const MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    for (const QAction *menuAction : menus) {
        REQUIRE(menuAction->menu());
        QHash<QChar, QString> taken; // the key, and the item that has it
        for (const QAction *item : menuAction->menu()->actions()) {
            const QString text = QString(item->text()).replace(QStringLiteral("&&"), QString());
            const qsizetype marker = text.indexOf(QLatin1Char('&'));
            if (item->isSeparator() || marker < 0 || marker + 1 >= text.size())
                continue;
            const QChar key = text.at(marker + 1).toCaseFolded();
            INFO(menuAction->text().toStdString() << ": " << item->text().toStdString());
            CHECK_FALSE(taken.contains(key));
            taken.insert(key, item->text());
        }
    }
}

TEST_CASE("About names the application and its version", "[ui][window]")
{
    forgetSettings();
    const RecordedMessages recorded;
    const MainWindow window;

    action(window, "actionAbout")->trigger();

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().kind == MessageBoxes::Kind::About);
    CHECK(recorded.messages().first().text.contains(QStringLiteral(QUARTERDECK_VERSION)));
}

TEST_CASE("Opening a file that does not exist reports why and leaves the window empty", "[ui][window]")
{
    forgetSettings();
    const RecordedMessages recorded;
    MainWindow window;
    const QTemporaryDir directory;
    const QString missing = directory.filePath(QStringLiteral("missing.okr"));

    CHECK_FALSE(window.openDocument(missing));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().kind == MessageBoxes::Kind::Warning);
    CHECK(recorded.messages().first().text.contains(QStringLiteral("missing.okr")));
    CHECK(window.windowTitle() == QStringLiteral("Quarterdeck"));
    CHECK(window.findChild<QTreeView *>(QStringLiteral("alignmentTree"))->model()->rowCount() == 0);
    CHECK(RecentFiles::paths().isEmpty());
}

TEST_CASE("Open Recent lists the remembered documents and can be cleared", "[ui][window]")
{
    forgetSettings();
    const QTemporaryDir directory;
    for (const QString &name : {QStringLiteral("globex.okr"), QStringLiteral("acme.okr")}) {
        QFile file(directory.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        RecentFiles::add(file.fileName());
    }
    const MainWindow window;
    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    Q_EMIT recentMenu->aboutToShow();

    CHECK(action(window, "actionRecent1")->text() == QStringLiteral("&1 acme"));
    CHECK(action(window, "actionRecent2")->data().toString() == directory.filePath(QStringLiteral("globex.okr")));
    CHECK(action(window, "actionClearRecent")->isEnabled());

    action(window, "actionClearRecent")->trigger();

    CHECK(RecentFiles::paths().isEmpty());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionRecent1")));
    CHECK_FALSE(action(window, "actionClearRecent")->isEnabled());
}

TEST_CASE("Quit closes the window and remembers its geometry", "[ui][window]")
{
    forgetSettings();
    MainWindow window;
    window.show();
    REQUIRE(window.isVisible());

    action(window, "actionQuit")->trigger();

    CHECK_FALSE(window.isVisible());
    QSettings settings;
    CHECK_FALSE(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
}

TEST_CASE("A new window comes back at the size the last one closed with", "[ui][window]")
{
    forgetSettings();
    {
        MainWindow first;
        first.resize(1000, 700); // above the window's minimum size, which the toolbars and docks set
        first.show();
        first.close();
    }
    const MainWindow second;

    CHECK(second.size() == QSize(1000, 700));
}
