// Progress board and chart figures for `make bench` on a generated 1,000-team document: reading a cycle for the
// board, building the cards, showing them in the view, scrolling and painting. Figures only, no assertions on time.
#include "support/catch.h"

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "charts/ChartFactory.h"
#include "charts/ChartSeries.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <iostream>

namespace {

struct GeneratedDocument {
    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("big.okr")));
    Repository repository{*document};
    Id cycleId = NoId;
    QDate today{2026, 8, 12};

    GeneratedDocument()
    {
        QElapsedTimer timer;
        timer.start();
        GeneratorSettings settings;
        settings.teams = 1000;
        settings.cycles = 2;
        settings.today = today;
        OrganisationGenerator::write(repository, settings);
        cycleId = repository.cycles().active()->id;
        std::cout << "Generated 1,000 teams x 2 cycles in " << timer.elapsed() << " ms\n";
    }
};

} // namespace

TEST_CASE("Progress board: a generated 1,000-team cycle", "[board][bench]")
{
    GeneratedDocument generated;
    Repository &repository = generated.repository;
    const CyclePlan plan = repository.queries().loadCyclePlan(generated.cycleId);
    const KeyResultHistories histories = repository.queries().keyResultHistoriesOfCycle(generated.cycleId);
    std::cout << "Cycle: " << plan.teams.size() << " teams, " << plan.objectives.size() << " objectives, "
              << plan.keyResults.size() << " key results, " << histories.size() << " histories\n";

    BENCHMARK("keyResultHistoriesOfCycle (one query)")
    {
        return repository.queries().keyResultHistoriesOfCycle(generated.cycleId).size();
    };
    BENCHMARK("loadCyclePlan + keyResultHistoriesOfCycle (what a board reload reads)")
    {
        return repository.queries().loadCyclePlan(generated.cycleId).objectives.size() +
               repository.queries().keyResultHistoriesOfCycle(generated.cycleId).size();
    };

    ProgressBoardModel model;
    BENCHMARK("ProgressBoardModel::setPlan: every team card with stalled and missing check-ins")
    {
        model.setPlan(plan, histories, generated.today);
        return model.rowCount();
    };

    ProgressBoardView board;
    board.setReferenceDate(generated.today);
    board.resize(1400, 900);
    board.show();
    BENCHMARK("ProgressBoardView::showPlan: cards, filter model and every card unfolded")
    {
        board.showPlan(plan, histories);
        return board.treeView()->model()->rowCount();
    };
    std::cout << "Board widgets: " << board.findChildren<QWidget *>().size() << " for "
              << board.boardModel()->teams().size() << " team cards and " << board.boardModel()->objectiveCount()
              << " objectives\n";

    QScrollBar *scrollBar = board.treeView()->verticalScrollBar();
    int step = 0;
    BENCHMARK("Scroll the board by a page and paint it")
    {
        step = (step + 1) % 50;
        scrollBar->setValue(scrollBar->maximum() * step / 50);
        return board.grab().width();
    };

    BENCHMARK("Filter the board to off track objectives and back")
    {
        ProgressBoard::Filter offTrack;
        offTrack.offTrack = true;
        board.setFilter(offTrack);
        const int shown = board.treeView()->model()->rowCount();
        board.setFilter({});
        return shown;
    };

    // Drill-down: a key result of the last team, its department, team and objective opened to show it.
    const Id deepKeyResult = plan.keyResults.last().id;
    BENCHMARK("Select a key result of the last team on the board and paint")
    {
        board.selectKeyResult(deepKeyResult);
        return board.grab().width();
    };

    auto *order = board.findChild<QComboBox *>(QStringLiteral("teamOrder"));
    BENCHMARK("Sort the board most worried first (teams flat, every level) and back to the organisation")
    {
        order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::MostWorried)));
        const int shown = board.treeView()->model()->rowCount();
        order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::Organisation)));
        return shown;
    };

    BENCHMARK("Team progress and status charts of the cycle (series and QChart)")
    {
        const ProgressRollUp rollUp(plan, generated.today);
        const double expected = Scoring::expectedProgress(plan.cycle, generated.today);
        const QList<ChartSeries::TeamProgress> teams = ChartSeries::teamProgress(plan, rollUp);
        std::unique_ptr<QChart> bars(ChartFactory::teamProgressChart(plan.cycle, ChartSeries::furthestBehind(teams, 15),
                                                                     teams.size(), expected, board.palette()));
        std::unique_ptr<QChart> pie(ChartFactory::statusDistributionChart(
            plan.cycle, ChartSeries::statusDistribution(plan, rollUp), board.palette()));
        return bars->series().size() + pie->series().size();
    };

    const Id companyObjective = plan.objectives[plan.topLevelObjectives().first()].id;
    BENCHMARK("Burn-up of a company objective with every team aligned below it")
    {
        return ChartSeries::objectiveBurnUp(plan, histories, companyObjective, generated.today).progress.size();
    };

    // What the details panel reads and draws when an objective is selected: one history lookup per key result below.
    const auto detailsChart = [&](Id objectiveId) {
        KeyResultHistories own;
        for (const Id keyResultId : ChartSeries::burnUpKeyResults(plan, objectiveId))
            own.insert(keyResultId, repository.queries().keyResultHistory(keyResultId));
        std::unique_ptr<QChart> chart(
            ChartFactory::burnUpChart(plan, own, objectiveId, generated.today, board.palette()));
        ChartFactory::fitToNarrowPanel(chart.get());
        return own.size();
    };
    std::cout << "Company objective: " << ChartSeries::burnUpKeyResults(plan, companyObjective).size()
              << " key results below it\n";
    BENCHMARK("Details chart of the company objective (histories, burn-up, QChart)")
    {
        return detailsChart(companyObjective);
    };
    const Id teamObjective = plan.objectives.last().id;
    BENCHMARK("Details chart of one team objective (histories, burn-up, QChart)")
    {
        return detailsChart(teamObjective);
    };
}
