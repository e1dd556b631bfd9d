#include "support/catch.h"

#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/ExchangeActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace {

// While alive, the file dialogs of File > Import… and File > Export… answer `path` and remember their purpose.
class AnsweredFileDialog {
public:
    explicit AnsweredFileDialog(QString path)
        : m_previous(ExchangeActions::setPathChooser(
              [this, path](QWidget *, ExchangeActions::Purpose purpose, const QString &) {
                  m_purposes.append(purpose);
                  return path;
              }))
    {
    }
    ~AnsweredFileDialog() { ExchangeActions::setPathChooser(std::move(m_previous)); }
    AnsweredFileDialog(const AnsweredFileDialog &) = delete;
    AnsweredFileDialog &operator=(const AnsweredFileDialog &) = delete;

    const QList<ExchangeActions::Purpose> &purposes() const { return m_purposes; }

private:
    ExchangeActions::PathChooser m_previous;
    QList<ExchangeActions::Purpose> m_purposes;
};

void trigger(const MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
}

} // namespace

TEST_CASE("File > Export… writes JSON that File > Import… adds to another document", "[ui][window][exchange]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const QString exported = demo.pathFor(QStringLiteral("plan.json"));
    const int demoObjectives = int(demo.objectiveTitles(demo.activeCycle().id).size());
    {
        MainWindow window;
        REQUIRE(window.openDocument(demo.close()));
        const AnsweredFileDialog dialog(exported);
        trigger(window, "actionExport");
        CHECK(dialog.purposes() == QList{ExchangeActions::Purpose::Export});
        CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported to ")));
    }
    REQUIRE(QFile::exists(exported));

    const QString emptyPath = demo.pathFor(QStringLiteral("empty.okr"));
    DocumentSession::create(emptyPath).reset();
    MainWindow window;
    REQUIRE(window.openDocument(emptyPath));
    const AnsweredFileDialog dialog(exported);
    trigger(window, "actionImport");

    CHECK(recorded.messages().isEmpty());
    Repository &repository = window.session()->repository();
    const std::optional<Cycle> active = repository.cycles().active();
    REQUIRE(active);
    CHECK(repository.queries().loadCyclePlan(active->id).objectives.size() == demoObjectives);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported plan.json: ")));
}

TEST_CASE("File > Export… refuses to write over the document", "[ui][window][exchange]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const QString documentPath = demo.close();
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(documentPath));
    const qint64 sizeBefore = QFileInfo(documentPath).size();

    const AnsweredFileDialog dialog(documentPath);
    trigger(window, "actionExport");

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().title == QStringLiteral("Nothing Exported"));
    CHECK(recorded.messages().first().text.contains(QStringLiteral("it is the document")));
    CHECK(QFileInfo(documentPath).size() == sizeBefore);
}

TEST_CASE("File > Import… of a broken file says why and imports nothing", "[ui][window][exchange]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const QString broken = demo.pathFor(QStringLiteral("broken.csv"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Type,Row ID,Parent Row ID,Title,Team,Cycle,Target\n"
               "objective,1,,Fine,Support,2027 Q1,\n"
               "key result,2,1,Broken,Support,2027 Q1,ten\n");
    file.close();
    const RecordedMessages recorded;
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));
    const qsizetype teamsBefore = window.session()->repository().teams().all().size();

    const AnsweredFileDialog dialog(broken);
    trigger(window, "actionImport");

    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().title == QStringLiteral("Nothing Imported"));
    CHECK(recorded.messages().first().text.contains(QStringLiteral("row 3, column Target: 'ten' is not a number.")));
    CHECK(window.session()->repository().teams().all().size() == teamsBefore);
}
