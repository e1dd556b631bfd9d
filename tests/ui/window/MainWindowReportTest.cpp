#include "support/catch.h"

#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"
#include "window/ReportExport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

// While alive, the questions of File > Export Quarter Report… are answered: which cycle (the one shown unless told),
// whose report (the whole organisation unless told) and where to save it (`path`; empty: the user cancels).
// Remembers the cycles and teams offered, the cycle shown and the path suggested.
class AnsweredSaveDialog {
public:
    explicit AnsweredSaveDialog(QString path, Id team = NoId, Id cycle = NoId)
        : m_previous(ReportExport::setPathChooser([this, path](QWidget *, const QString &suggested) {
            m_suggested = suggested;
            return path;
        }))
        , m_previousScopeChooser(ReportExport::setScopeChooser([this, team,
                                                                cycle](QWidget *, const QList<Cycle> &cycles,
                                                                       Id shownCycleId, const QList<Team> &teams) {
            m_cyclesOffered = cycles;
            m_shownCycleId = shownCycleId;
            m_teamsOffered = teams;
            return std::optional<ReportExport::Scope>(ReportExport::Scope{cycle == NoId ? shownCycleId : cycle, team});
        }))
    {
    }
    ~AnsweredSaveDialog()
    {
        ReportExport::setPathChooser(std::move(m_previous));
        ReportExport::setScopeChooser(std::move(m_previousScopeChooser));
    }
    AnsweredSaveDialog(const AnsweredSaveDialog &) = delete;
    AnsweredSaveDialog &operator=(const AnsweredSaveDialog &) = delete;

    QString suggested() const { return m_suggested; }
    const QList<Cycle> &cyclesOffered() const { return m_cyclesOffered; }
    Id shownCycleId() const { return m_shownCycleId; }
    const QList<Team> &teamsOffered() const { return m_teamsOffered; }

private:
    ReportExport::PathChooser m_previous;
    ReportExport::ScopeChooser m_previousScopeChooser;
    QString m_suggested;
    QList<Cycle> m_cyclesOffered;
    Id m_shownCycleId = NoId;
    QList<Team> m_teamsOffered;
};

QAction *exportReportAction(const MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("File > Export Quarter Report writes the shown cycle's PDF where the user chose", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const QString path = demo.pathFor(QStringLiteral("chosen.pdf"));
    const RecordedMessages recorded;
    const AnsweredSaveDialog dialog(path);
    const QString activeQuarter = demo.activeCycle().name;
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));

    exportReportAction(window)->trigger();

    CHECK(recorded.messages().isEmpty());
    CHECK(dialog.suggested().endsWith(QStringLiteral("demo %1.pdf").arg(activeQuarter)));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}

TEST_CASE("The report is suggested in the documents folder, for the whole organisation or a team",
          "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const QString activeQuarter = demo.activeCycle().name;
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));
    const QList<Team> teams = window.session()->repository().teams().all();
    REQUIRE(teams.size() > 1);
    const Team &team = teams.at(1);
    const AnsweredSaveDialog dialog(demo.pathFor(QStringLiteral("team.pdf")), team.id);

    exportReportAction(window)->trigger();

    CHECK(recorded.messages().isEmpty());
    REQUIRE(dialog.teamsOffered().size() == teams.size());
    CHECK(dialog.teamsOffered().at(1).id == team.id);
    // Not beside the document, which may live in a hidden data folder.
    CHECK(QFileInfo(dialog.suggested()).absolutePath() ==
          QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());
    CHECK(dialog.suggested().endsWith(QStringLiteral("demo %1 %2.pdf").arg(activeQuarter, team.name)));
    CHECK(QFileInfo(demo.pathFor(QStringLiteral("team.pdf"))).size() > 0);
}

TEST_CASE("The report can be of another cycle than the one shown", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const Cycle active = demo.activeCycle();
    const Cycle closed = demo.closedCycle();
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));
    const AnsweredSaveDialog dialog(demo.pathFor(QStringLiteral("closed.pdf")), NoId, closed.id);

    exportReportAction(window)->trigger();

    CHECK(recorded.messages().isEmpty());
    CHECK(dialog.shownCycleId() == active.id);
    CHECK(dialog.cyclesOffered().size() == window.session()->repository().cycles().all().size());
    CHECK(dialog.suggested().endsWith(QStringLiteral("demo %1.pdf").arg(closed.name)));
    CHECK(QFileInfo(demo.pathFor(QStringLiteral("closed.pdf"))).size() > 0);
}

TEST_CASE("Cancelling the save dialog of the report writes nothing", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const AnsweredSaveDialog dialog{QString()};
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));

    exportReportAction(window)->trigger();

    CHECK(recorded.messages().isEmpty());
    CHECK(QDir(demo.directory.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
}

TEST_CASE("A report that cannot be written says why in a message", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const AnsweredSaveDialog dialog(demo.pathFor(QStringLiteral("no/such/folder/report.pdf")));
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));

    exportReportAction(window)->trigger();

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().kind == MessageBoxes::Kind::Warning);
    CHECK(recorded.messages().first().text.contains(QStringLiteral("report.pdf")));
}

TEST_CASE("File > Export Quarter Report should refuse the document itself as the PDF", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const QString documentPath = demo.close();
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(documentPath));
    QFile document(documentPath);
    REQUIRE(document.open(QIODevice::ReadOnly));
    const QByteArray header = document.read(16);
    document.close();

    for (const QString &target : QStringList{documentPath, documentPath + QStringLiteral("-wal")}) {
        INFO(target.toStdString());
        const AnsweredSaveDialog dialog(target);
        exportReportAction(window)->trigger();
        REQUIRE_FALSE(recorded.messages().isEmpty());
        CHECK(recorded.messages().last().text.contains(QStringLiteral("it is the document")));
    }
    CHECK(recorded.messages().size() == 2);
    REQUIRE(document.open(QIODevice::ReadOnly));
    CHECK(document.read(16) == header);
    CHECK(window.session()->repository().teams().all().size() > 1);
}
