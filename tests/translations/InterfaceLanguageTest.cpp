#include "support/catch.h"

#include "board/ProgressBoardModel.h"
#include "board/StatusCountText.h"
#include "cli/InterfaceLanguage.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
};

// The built quarterdeck, as a user whose system speaks `language` (LANGUAGE, which QLocale's uiLanguages follows).
Output runInLanguage(const QString &language, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent")); // no chosen language
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUARTERDECK_BINARY), arguments);
    if (!process.waitForFinished(10000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("The interface language should be the first of the user's languages that is translated", "[translations]")
{
    CHECK(InterfaceLanguage::available().contains(QStringLiteral("de")));
    CHECK(InterfaceLanguage::pick({}, {QStringLiteral("de-DE"), QStringLiteral("en-US")}) == QStringLiteral("de"));
    CHECK(InterfaceLanguage::pick({}, {QStringLiteral("fr-FR"), QStringLiteral("de")}) == QStringLiteral("de"));
    // English first: the user prefers the source texts to a translation further down the list.
    CHECK(InterfaceLanguage::pick({}, {QStringLiteral("en-GB"), QStringLiteral("de-DE")}) == QStringLiteral("en"));
    CHECK(InterfaceLanguage::pick({}, {QStringLiteral("fr-FR")}) == QStringLiteral("en"));
    // Chosen in Preferences: it wins over the system, unless nothing translates it.
    CHECK(InterfaceLanguage::pick(QStringLiteral("de"), {QStringLiteral("en-US")}) == QStringLiteral("de"));
    CHECK(InterfaceLanguage::pick(QStringLiteral("en"), {QStringLiteral("de-DE")}) == QStringLiteral("en"));
    CHECK(InterfaceLanguage::pick(QStringLiteral("fr"), {QStringLiteral("de-DE")}) == QStringLiteral("de"));
}

TEST_CASE("The language chosen in Preferences should be spoken at the next start", "[translations]")
{
    QSettings().setValue(InterfaceLanguage::settingsKey(), QStringLiteral("de"));
    CHECK(InterfaceLanguage::install() == QStringLiteral("de")); // the tests' system speaks English (TestMain)
    MainWindow window;
    CHECK(menuTitles(window).contains(QStringLiteral("&Datei")));
}

TEST_CASE("The window should speak German, Qt's own buttons included, when the language is German", "[translations]")
{
    InterfaceLanguage::install(QStringLiteral("de"));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    INFO(titles.join(QStringLiteral(", ")).toStdString());
    CHECK(titles.contains(QStringLiteral("&Datei")));
    CHECK(titles.contains(QStringLiteral("&Bearbeiten")));
    CHECK(titles.contains(QStringLiteral("&Ansicht")));
    CHECK(titles.contains(QStringLiteral("&Hilfe")));
    CHECK_FALSE(titles.contains(QStringLiteral("&File")));

    // Qt's translation of its standard buttons, from the system's Qt translations.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Abbrechen"));
    // Numbers follow the interface's language.
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
}

TEST_CASE("The window's columns should start as wide as their German headers", "[translations]")
{
    InterfaceLanguage::install(QStringLiteral("de"));
    MainWindow window;
    window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->setChecked(true); // made when first shown
    const QList<QTreeView *> views = window.findChildren<QTreeView *>();
    REQUIRE(views.size() >= 3); // the plan, the board and the board's changes
    for (const QTreeView *view : views) {
        const QHeaderView *header = view->header();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || header->sectionResizeMode(column) == QHeaderView::Stretch)
                continue;
            INFO(view->accessibleName().toStdString()
                 << ": " << view->model()->headerData(column, Qt::Horizontal).toString().toStdString());
            CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
        }
    }
}

TEST_CASE("The board's team rows should say their status whole in German", "[translations]")
{
    InterfaceLanguage::install(QStringLiteral("de"));
    MainWindow window;
    window.findChild<QAction *>(QStringLiteral("actionProgressBoard"))->setChecked(true); // made when first shown
    const auto *board = window.findChild<QTreeView *>(QStringLiteral("progressBoardTree"));
    REQUIRE(board);
    QFont bold = board->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // "Team sagt nicht auf Kurs" and "2 auf Kurs, 1 nicht auf Kurs", as a team row draws them, with room to spare.
    for (const Confidence stated : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack}) {
        const QString status = ProgressBoardModel::teamConfidenceText(stated);
        INFO(status.toStdString());
        CHECK(status.startsWith(QStringLiteral("Team sagt")));
        CHECK(board->header()->sectionSize(ProgressBoardModel::ConfidenceColumn) > boldMetrics.horizontalAdvance(status));
    }
    const QString twoStatuses = StatusCountText::brief(ProgressBoard::StatusCounts{2, 0, 1, 0});
    INFO(twoStatuses.toStdString());
    CHECK(twoStatuses.contains(QStringLiteral("nicht auf Kurs")));
    CHECK(board->header()->sectionSize(ProgressBoardModel::KeyResultsColumn) >
          boldMetrics.horizontalAdvance(twoStatuses));
}

TEST_CASE("The command line should speak the system's language in its help and its errors", "[translations]")
{
    const Output help = runInLanguage(QStringLiteral("de"), {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Diese Hilfe anzeigen.")));
    CHECK(help.out.contains(QStringLiteral("Optionen:"))); // QCommandLineParser's own, from Qt's translation

    const Output missingFile = runInLanguage(QStringLiteral("de"), {QStringLiteral("demo")});
    CHECK(missingFile.exitCode == 2);
    CHECK(missingFile.err.contains(QStringLiteral("genau eine FILE erwartet.")));
    CHECK(missingFile.err.contains(QStringLiteral("Siehe „quarterdeck demo --help“.")));

    const Output unknownOption = runInLanguage(QStringLiteral("de"), {QStringLiteral("--bogus")});
    CHECK(unknownOption.err.contains(QStringLiteral("Unbekannte Option 'bogus'."))); // QCommandLineParser's own

    const Output english = runInLanguage(QStringLiteral("en"), {QStringLiteral("demo")});
    CHECK(english.err.contains(QStringLiteral("expected exactly one FILE.")));
}
