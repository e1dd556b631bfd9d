#include "support/catch.h"

#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "charts/ChartsView.h"
#include "document/ShownPlan.h"
#include "model/TextLimits.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "support/PinnedLocale.h"
#include "ui/support/RecordedMessages.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

namespace {

struct DemoDocument {
    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("demo.okr")));
    Repository repository{*document};
    QDate today{2026, 8, 12};

    DemoDocument() { DemoCompany::write(repository, today); }
};

// Restores the real file dialog when the test ends.
struct SavePathAnswer {
    ChartPanel::SavePathChooser previous;
    explicit SavePathAnswer(const QString &path)
        : previous(ChartPanel::setSavePathChooser([path](QWidget *, const QString &) { return path; }))
    {
    }
    ~SavePathAnswer() { ChartPanel::setSavePathChooser(previous); }
    SavePathAnswer(const SavePathAnswer &) = delete;
    SavePathAnswer &operator=(const SavePathAnswer &) = delete;
};

// The Charts view over the demo's active quarter, drawn.
struct DemoCharts {
    DemoDocument demo;
    ShownPlan shownPlan;
    QWidget window;
    ChartsView *charts = new ChartsView(&window);

    DemoCharts()
    {
        shownPlan.setRepository(&demo.repository);
        charts->setReferenceDate(demo.today);
        charts->setShownPlan(&shownPlan);
        shownPlan.showCycle(demo.repository.cycles().active()->id);
        charts->refresh();
    }
};

} // namespace

TEST_CASE("The Charts view should draw the demo's team progress, status distribution, grades and a burn-up",
          "[ui][charts]")
{
    const RecordedMessages messages;
    const DemoCharts demoCharts;
    ChartsView *charts = demoCharts.charts;
    REQUIRE(messages.messages().isEmpty());

    QChart *teams = charts->teamProgressPanel()->chart();
    REQUIRE(teams->series().size() == 1);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(teams->series().first());
    REQUIRE(bars);
    CHECK(bars->count() == 3); // on track, at risk, off track
    CHECK(bars->barSets().first()->count() >= 4);

    auto *pie = qobject_cast<QPieSeries *>(charts->statusPanel()->chart()->series().first());
    REQUIRE(pie);
    CHECK(pie->count() == 3);
    CHECK(pie->sum() > 0);

    // The closed previous quarter was graded.
    CHECK_FALSE(charts->gradesPanel()->chart()->series().isEmpty());

    QChart *burnUp = charts->itemPanel()->chart();
    REQUIRE(burnUp->series().size() == 2);
    auto *progress = qobject_cast<QLineSeries *>(burnUp->series().last());
    REQUIRE(progress);
    CHECK(progress->count() >= 2);
}

TEST_CASE("A key result's chart should show its value, start, target, pace and forecast lines", "[ui][charts]")
{
    DemoDocument demo;
    const Cycle quarter = *demo.repository.cycles().active();
    const CyclePlan plan = demo.repository.queries().loadCyclePlan(quarter.id);
    // An increasing key result with check-ins: every line is drawn.
    Id keyResultId = NoId;
    for (const KeyResult &keyResult : plan.keyResults) {
        if (keyResult.kind == KeyResultKind::Increase &&
            demo.repository.queries().keyResultHistory(keyResult.id).size() >= 2) {
            keyResultId = keyResult.id;
            break;
        }
    }
    REQUIRE(keyResultId != NoId);

    ShownPlan shownPlan;
    shownPlan.setRepository(&demo.repository);
    QWidget window;
    auto *charts = new ChartsView(&window);
    charts->setReferenceDate(demo.today);
    charts->setShownPlan(&shownPlan);
    shownPlan.showCycle(quarter.id);
    charts->refresh();
    charts->showKeyResult(keyResultId);

    QStringList names;
    for (QAbstractSeries *series : charts->itemPanel()->chart()->series())
        names.append(series->name());
    CHECK(names == QStringList{QStringLiteral("Start"), QStringLiteral("Target"), QStringLiteral("Expected pace"),
                               QStringLiteral("Forecast"), QStringLiteral("Value")});
    CHECK(charts->itemPanel()->chart()->title() == plan.keyResult(keyResultId)->title);
}

TEST_CASE("A chart's axis numbers follow the user's locale", "[ui][charts]")
{
    const PinnedLocale german(QLocale(QLocale::German, QLocale::Germany));
    DemoCharts fixture;
    fixture.charts->showKeyResult(fixture.shownPlan.plan().keyResults.constFirst().id);

    const QChart *chart = fixture.charts->itemPanel()->chart();
    CHECK(chart->localizeNumbers());
    CHECK(chart->locale().language() == QLocale::German);
}

TEST_CASE("Exporting a chart should write a PNG where the chooser says, and report a path it cannot write",
          "[ui][charts]")
{
    const RecordedMessages messages;
    QTemporaryDir folder;
    ChartPanel panel;
    panel.resize(640, 480);
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Progress"));
    panel.setChart(chart);

    const QString path = folder.filePath(QStringLiteral("progress.png"));
    {
        const SavePathAnswer answer(path);
        panel.findChild<QPushButton *>(QStringLiteral("exportPngButton"))->click();
    }
    const QImage written(path);
    CHECK_FALSE(written.isNull());
    CHECK(written.width() > 100);
    CHECK(messages.messages().isEmpty());

    CHECK_FALSE(panel.exportPng(folder.filePath(QStringLiteral("missing/folder/progress.png"))));
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().title == QStringLiteral("Cannot Export Chart"));
}

TEST_CASE("Exporting a chart should refuse the open document and its journal, and replace a PNG whole", "[ui][charts]")
{
    const RecordedMessages messages;
    const DemoCharts demoCharts;
    ChartsView *charts = demoCharts.charts;
    const DemoDocument &demo = demoCharts.demo;
    const QString documentPath = demo.document->path();
    QFile documentFile(documentPath);
    REQUIRE(documentFile.open(QIODevice::ReadOnly));
    const QByteArray documentBytes = documentFile.readAll();
    documentFile.close();

    for (const QString &path : QStringList{documentPath, documentPath + QStringLiteral("-wal")})
        CHECK_FALSE(charts->teamProgressPanel()->exportPng(path));
    REQUIRE(messages.messages().size() == 2);
    CHECK(messages.messages().first().text.contains(QStringLiteral("would destroy the document")));
    REQUIRE(documentFile.open(QIODevice::ReadOnly));
    CHECK(documentFile.readAll() == documentBytes);
    CHECK(QImage(documentPath).isNull());

    const QString png = demo.folder.filePath(QStringLiteral("progress.png"));
    QFile previous(png);
    REQUIRE(previous.open(QIODevice::WriteOnly));
    previous.write("an earlier export");
    previous.close();
    CHECK(charts->statusPanel()->exportPng(png));
    CHECK_FALSE(QImage(png).isNull());
    // Written beside and renamed over the old file: no temporary file stays.
    CHECK(QDir(demo.folder.path()).entryList({QStringLiteral("progress*")}, QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("progress.png")});
}

TEST_CASE("The grades chart should name teams on the left, a long name on two lines, oldest cycle first",
          "[ui][charts]")
{
    const QList<Cycle> cycles{
        {1, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Closed, false},
        {2, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Closed, false}};
    const QList<ChartSeries::TeamGrades> teams{
        {1, QStringLiteral("Customer Success and Support Operations EMEA"), {0.4, 0.6}},
        {2, QStringLiteral("R&D"), {std::nullopt, 0.9}}};
    const std::unique_ptr<QChart> chart(ChartFactory::gradesChart(cycles, teams, teams.size(), QPalette()));

    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    REQUIRE(bars);
    const QList<QAbstractAxis *> left = chart->axes(Qt::Vertical);
    REQUIRE(left.size() == 1);
    auto *teamAxis = qobject_cast<QBarCategoryAxis *>(left.first());
    REQUIRE(teamAxis);
    CHECK(teamAxis->alignment() == Qt::AlignLeft);
    // The axis runs upwards: the first team is the last category, on top. Labels are rich text.
    CHECK(teamAxis->categories() ==
          QStringList{QStringLiteral("R&amp;D"), QStringLiteral("Customer Success and<br>Support Operations EMEA")});
    // Bar sets run newest first so that the oldest cycle's bar is on top of each group.
    REQUIRE(bars->count() == 2);
    CHECK(bars->barSets()[0]->label() == QStringLiteral("2026 Q3"));
    CHECK(bars->barSets()[0]->at(1) == Approx(0.6));
    CHECK(bars->barSets()[1]->at(0) == 0); // R&D was not graded in Q2
}

TEST_CASE("A chart's title made of a title written before the limits should be cut to the limit",
          "[ui][charts][limits]")
{
    const std::unique_ptr<QChart> chart(ChartFactory::burnUpChart(QString(1000000, QLatin1Char('t')), {}, QPalette()));
    CHECK(chart->title().size() == TextLimits::maximum(TextField::ObjectiveTitle));
}

TEST_CASE("The team progress chart names each team's status in a shape and a word, not in its colour alone",
          "[ui][charts][accessibility]")
{
    const Cycle cycle{1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};
    const QList<ChartSeries::TeamProgress> teams{{1, QStringLiteral("Sales"), 0.7, Confidence::OnTrack},
                                                 {2, QStringLiteral("R&D"), 0.2, Confidence::OffTrack},
                                                 {3, QStringLiteral("Support"), 0.4, Confidence::AtRisk}};
    const std::unique_ptr<QChart> chart(ChartFactory::teamProgressChart(cycle, teams, teams.size(), 0.5, QPalette()));

    const QList<QAbstractAxis *> left = chart->axes(Qt::Vertical);
    REQUIRE(left.size() == 1);
    auto *teamAxis = qobject_cast<QBarCategoryAxis *>(left.first());
    REQUIRE(teamAxis);
    // Upwards: the first team on top.
    CHECK(teamAxis->categories() == QStringList{QStringLiteral("Support<br>▲ at risk"),
                                                QStringLiteral("R&amp;D<br>■ off track"),
                                                QStringLiteral("Sales<br>● on track")});
}
