#include "support/catch.h"

#include "document/DocumentSession.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

QTreeView *treeOf(const MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    return tree;
}

QComboBox *cycleSelectorOf(const MainWindow &window)
{
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("cycleSelector"));
    REQUIRE(selector);
    return selector;
}

QStringList topLevelTitles(const MainWindow &window)
{
    const QAbstractItemModel *model = treeOf(window)->model();
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data().toString());
    return titles;
}

QString statusText(const MainWindow &window, const char *labelName)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(labelName));
    REQUIRE(label);
    return label->text();
}

// The message Document::open gives for `path`, to compare with what the window reports.
QString openError(const QString &path)
{
    try {
        Document::open(path);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

struct AcmeDocument {
    AcmeDocument()
        : path(directory.filePath(QStringLiteral("acme.okr")))
    {
        QSettings().clear();
        DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
    }

    QTemporaryDir directory;
    QString path;
};

} // namespace

TEST_CASE("Opening a document shows its name and the active cycle's alignment tree", "[ui][window][document]")
{
    const AcmeDocument acme;
    MainWindow window;

    REQUIRE(window.openDocument(acme.path));

    CHECK(window.windowTitle() == QStringLiteral("acme — Quarterdeck"));
    // The company's objectives, then Engineering's node with "Pay down build debt".
    CHECK(topLevelTitles(window) == QStringList{QStringLiteral("Win the mid-market"),
                                                QStringLiteral("Be loved by our customers"),
                                                QStringLiteral("Engineering")});
    CHECK(cycleSelectorOf(window)->currentText() == QStringLiteral("2026 Q3 (active)"));
    CHECK(cycleSelectorOf(window)->count() == 2);
    CHECK(statusText(window, "cycleLabel").contains(QStringLiteral("2026 Q3")));
    CHECK(statusText(window, "progressLabel").contains(QStringLiteral("25\u00a0%")));
}

TEST_CASE("The status bar and About say where the open document lives", "[ui][window][document]")
{
    const AcmeDocument acme;
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    const QString location = QStringLiteral("File ") + QDir::toNativeSeparators(acme.path);

    const auto *label = window.findChild<QLabel *>(QStringLiteral("documentLocation"));
    REQUIRE(label != nullptr);
    CHECK(label->toolTip() == location);
    CHECK(label->text().startsWith(QStringLiteral("File "))); // shortened in its middle when long
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().text.contains(location.toHtmlEscaped()));
}

TEST_CASE("The start-up document opens in an empty window and never over one the user opened first",
          "[ui][window][document][startup]")
{
    const AcmeDocument usersChoice;
    const AcmeDocument startUp;

    MainWindow fresh;
    CHECK(fresh.openStartUpDocument(startUp.path));
    REQUIRE(fresh.session());
    CHECK(fresh.session()->document().path() == startUp.path);

    MainWindow window;
    REQUIRE(window.openDocument(usersChoice.path));
    CHECK_FALSE(window.openStartUpDocument(startUp.path));
    CHECK(window.session()->document().path() == usersChoice.path);
}

TEST_CASE("The tree opens down to the key results, with initiatives folded", "[ui][window][document]")
{
    const AcmeDocument acme;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    const QTreeView *tree = treeOf(window);
    const QAbstractItemModel *model = tree->model();

    const QModelIndex midMarket = model->index(0, 0);
    const QModelIndex reliability = model->index(1, 0, midMarket);
    const QModelIndex uptime = model->index(0, 0, reliability);
    REQUIRE(uptime.data().toString() == QStringLiteral("Keep uptime above 95 %"));
    CHECK(tree->isExpanded(midMarket));
    CHECK(tree->isExpanded(reliability));
    CHECK(tree->isExpanded(model->index(2, 0))); // Engineering's team node
    CHECK_FALSE(tree->isExpanded(uptime));
    CHECK(model->rowCount(uptime) == 2);
}

TEST_CASE("Choosing another cycle shows that cycle's objectives", "[ui][window][document]")
{
    const AcmeDocument acme;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));

    cycleSelectorOf(window)->setCurrentIndex(cycleSelectorOf(window)->findText(QStringLiteral("2026 Q2 (closed)")));

    CHECK(topLevelTitles(window) == QStringList{QStringLiteral("2026 Q2 objective")});
    CHECK(statusText(window, "cycleLabel").contains(QStringLiteral("2026 Q2")));
}

TEST_CASE("Without an active cycle the latest cycle opens", "[ui][window][document]")
{
    QSettings().clear();
    const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("planning.okr"));
    DocumentFixtures::writeAcme(
        path,
        {{NoId, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Closed, false},
         {NoId, QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31), CycleState::Planning, false}});
    MainWindow window;

    REQUIRE(window.openDocument(path));

    CHECK(cycleSelectorOf(window)->currentText() == QStringLiteral("2026 Q4 (planning)"));
    CHECK(topLevelTitles(window) == QStringList{QStringLiteral("2026 Q4 objective")});
}

TEST_CASE("Opening a file that is not a document keeps the previous one and says why", "[ui][window][document]")
{
    const AcmeDocument acme;
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    const QString notADocument = acme.directory.filePath(QStringLiteral("notes.okr"));
    {
        QFile file(notADocument);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my meeting notes, not a database.");
    }
    const QString reason = openError(notADocument);
    REQUIRE_FALSE(reason.isEmpty());

    CHECK_FALSE(window.openDocument(notADocument));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().kind == MessageBoxes::Kind::Warning);
    CHECK(recorded.messages().first().text.contains(reason));
    CHECK(window.windowTitle() == QStringLiteral("acme — Quarterdeck"));
    CHECK(topLevelTitles(window).size() == 3);
    CHECK(RecentFiles::paths() == QStringList{acme.path});
}

TEST_CASE("Opened documents appear in Open Recent and open from there", "[ui][window][document]")
{
    const AcmeDocument acme;
    const QString other = acme.directory.filePath(QStringLiteral("globex.okr"));
    DocumentFixtures::writeAcme(other, DocumentFixtures::closedAndActiveQuarters());
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    REQUIRE(window.openDocument(other));
    REQUIRE(window.windowTitle() == QStringLiteral("globex — Quarterdeck"));

    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    Q_EMIT recentMenu->aboutToShow();
    auto *secondRecent = window.findChild<QAction *>(QStringLiteral("actionRecent2"));
    REQUIRE(secondRecent);
    CHECK(secondRecent->data().toString() == acme.path);

    secondRecent->trigger();

    CHECK(window.windowTitle() == QStringLiteral("acme — Quarterdeck"));
    CHECK(RecentFiles::paths() == QStringList{acme.path, other});
}

TEST_CASE("The demo company opens on its active quarter", "[ui][window][document][demo]")
{
    QSettings().clear();
    const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("demo.okr"));
    QString activeQuarter;
    {
        const std::unique_ptr<Document> document = Document::create(path);
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
        REQUIRE(repository.cycles().active());
        activeQuarter = repository.cycles().active()->name;
    }
    MainWindow window;

    REQUIRE(window.openDocument(path));

    CHECK(window.windowTitle() == QStringLiteral("demo — Quarterdeck"));
    CHECK(cycleSelectorOf(window)->currentText().startsWith(activeQuarter));
    CHECK_FALSE(topLevelTitles(window).isEmpty());
    CHECK(treeOf(window)->model()->rowCount(treeOf(window)->model()->index(0, 0)) > 0);
}

TEST_CASE("The cycle can be chosen from the keyboard", "[ui][window][document]")
{
    const AcmeDocument acme;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(treeOf(window)->hasFocus());

    QTest::keyClick(&window, Qt::Key_Y, Qt::AltModifier);
    REQUIRE(cycleSelectorOf(window)->hasFocus());
    QTest::keyClick(cycleSelectorOf(window), Qt::Key_Up);

    CHECK(cycleSelectorOf(window)->currentText() == QStringLiteral("2026 Q2 (closed)"));
    CHECK(topLevelTitles(window) == QStringList{QStringLiteral("2026 Q2 objective")});
}

TEST_CASE("Save As continues in the copy on the cycle that was shown", "[ui][window][document]")
{
    const AcmeDocument acme;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    cycleSelectorOf(window)->setCurrentIndex(cycleSelectorOf(window)->findText(QStringLiteral("2026 Q2 (closed)")));

    REQUIRE(window.saveDocumentAs(acme.directory.filePath(QStringLiteral("copy.okr"))));

    CHECK(window.windowTitle() == QStringLiteral("copy — Quarterdeck"));
    CHECK(cycleSelectorOf(window)->currentText() == QStringLiteral("2026 Q2 (closed)"));
    CHECK(topLevelTitles(window) == QStringList{QStringLiteral("2026 Q2 objective")});
    CHECK(statusText(window, "cycleLabel").contains(QStringLiteral("2026 Q2")));
}

TEST_CASE("New replaces a file and its journal left at the chosen path", "[ui][window][document]")
{
    QSettings().clear();
    const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("Initech.okr"));
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile file(name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a document");
    }
    MainWindow window;

    REQUIRE(window.newDocument(path));

    CHECK(window.windowTitle() == QStringLiteral("Initech — Quarterdeck"));
    CHECK(window.session()->repository().teams().organisationName() == QStringLiteral("Initech"));
    CHECK(statusText(window, "progressLabel") == QStringLiteral("No key results to measure yet"));
    // Complete in its file from the start: another program (or a crash now) finds a whole document.
    const std::unique_ptr<Document> elsewhere = Document::open(path, Document::OpenMode::ReadOnly);
    CHECK(TeamRepository(*elsewhere).organisationName() == QStringLiteral("Initech"));
}

TEST_CASE("A document that opens but cannot be read keeps the previous one and says why", "[ui][window][document]")
{
    const AcmeDocument acme;
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(acme.path));
    const QString damaged = acme.directory.filePath(QStringLiteral("damaged.okr"));
    DocumentFixtures::writeAcme(damaged, DocumentFixtures::closedAndActiveQuarters());
    Document::open(damaged)->exec(QStringLiteral("ALTER TABLE cycles RENAME COLUMN name TO title"));

    CHECK_FALSE(window.openDocument(damaged));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().title == QStringLiteral("Cannot Open Document"));
    CHECK(window.windowTitle() == QStringLiteral("acme — Quarterdeck"));
    CHECK(topLevelTitles(window).size() == 3);
}

TEST_CASE("File > Back Up should follow Save As and need an open document", "[ui][window][document]")
{
    QSettings().clear();
    QTemporaryDir folder;
    MainWindow window;
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    REQUIRE(fileMenu);
    QStringList names;
    for (const QAction *action : fileMenu->actions())
        names.append(action->objectName());
    const qsizetype saveAs = names.indexOf(QStringLiteral("actionSaveAs"));
    REQUIRE(saveAs >= 0);
    REQUIRE(names.value(saveAs + 1) == QStringLiteral("actionBackUp"));
    QAction *backUp = fileMenu->actions().at(saveAs + 1);
    CHECK(backUp->text().contains(QStringLiteral("Back Up")));

    REQUIRE(window.session() == nullptr);
    CHECK_FALSE(backUp->isEnabled());
    REQUIRE(window.newDocument(folder.filePath(QStringLiteral("plan.okr"))));
    CHECK(backUp->isEnabled());
}
