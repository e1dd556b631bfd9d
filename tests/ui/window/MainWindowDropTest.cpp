#include "support/catch.h"

#include "document/DocumentSession.h"
#include "io/DataExchange.h"
#include "storage/Repository.h"
#include "support/ReportFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

namespace {

// Drags `path` over the plan's tree and drops it, as a file manager does: the tree does not take files, so the drag
// goes on to the window. True when the window took the drag.
bool drop(MainWindow &window, const QString &path)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    QWidget *target = tree->viewport();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

int objectiveCount(Repository &repository)
{
    return int(repository.queries().loadCyclePlan(repository.cycles().active()->id).objectives.size());
}

} // namespace

TEST_CASE("A JSON or CSV file dropped on the window is imported, all or nothing", "[ui][window][exchange][drop]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const QString json = demo.pathFor(QStringLiteral("plan.json"));
    const QString csv = demo.pathFor(QStringLiteral("plan.csv"));
    const int demoObjectives = int(demo.objectiveTitles(demo.activeCycle().id).size());
    DataExchange::exportToFile(*demo.repository, ExchangeFormat::Json, std::nullopt, json);
    DataExchange::exportToFile(*demo.repository, ExchangeFormat::Csv, std::nullopt, csv);
    demo.close();

    for (const QString &file : {json, csv}) {
        const QString emptyPath = demo.pathFor(QFileInfo(file).suffix() + QStringLiteral("-empty.okr"));
        DocumentSession::create(emptyPath).reset();
        MainWindow window;
        REQUIRE(window.openDocument(emptyPath));

        REQUIRE(drop(window, file));

        CHECK(recorded.messages().isEmpty());
        CHECK(objectiveCount(window.session()->repository()) == demoObjectives);
        CHECK(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Imported %1: ").arg(QFileInfo(file).fileName())));
    }
}

TEST_CASE("A dropped file that is not CSV or JSON, or a broken one, is refused in words and imports nothing",
          "[ui][window][exchange][drop]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const QString text = demo.pathFor(QStringLiteral("notes.txt"));
    const QString broken = demo.pathFor(QStringLiteral("broken.csv"));
    for (const auto &[path, content] :
         {std::pair{text, QByteArray("objective,1,,Fine\n")},
          std::pair{broken, QByteArray("Type,Row ID,Parent Row ID,Title,Team,Cycle,Target\n"
                                       "objective,1,,Fine,Support,2027 Q1,\n"
                                       "key_result,2,9,Orphan,,,10\n")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString documentPath = demo.close();
    MainWindow window;
    REQUIRE(window.openDocument(documentPath));
    const int before = objectiveCount(window.session()->repository());

    REQUIRE(drop(window, text));
    REQUIRE(recorded.messages().size() == 1);
    CHECK(recorded.messages().first().title == QStringLiteral("Nothing Imported"));
    CHECK(recorded.messages().first().text.contains(QStringLiteral("notes.txt is not a CSV or JSON file")));

    REQUIRE(drop(window, broken));
    REQUIRE(recorded.messages().size() == 2);
    CHECK(recorded.messages().last().title == QStringLiteral("Nothing Imported"));
    CHECK(objectiveCount(window.session()->repository()) == before);
}
