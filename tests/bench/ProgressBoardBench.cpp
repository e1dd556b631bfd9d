// Progress board figures for `make bench` on LargeDocument's 1,000-team, 8-cycle organisation, for what a manager
// does on the board page: open it (read, build, first paint), filter, reorder, drill into every team, switch the
// week of "what changed", and print it with `quarterdeck board`; the cycle's charts too. Figures only, no
// assertions on time. The view is shown off-screen at the laptop's size.
#include "support/catch.h"

#include "bench/LargeDocument.h"

#include "board/BoardSummary.h"
#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "board/WeekChanges.h"
#include "charts/ChartFactory.h"
#include "charts/ChartSeries.h"
#include "checkin/CheckInService.h"
#include "cli/CommandLine.h"
#include "document/ShownPlan.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "window/MainWindow.h"

#include <QChart>
#include <QComboBox>
#include <QScrollBar>
#include <QSettings>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <iostream>

namespace {

const QSize laptopPage(1366, 700);

ProgressBoard::Filter only(bool ProgressBoard::Filter::*problem)
{
    ProgressBoard::Filter filter;
    filter.*problem = true;
    return filter;
}

// Each problem filter alone, then the commitment one: what a click on one control of the board applies.
const QList<std::pair<const char *, ProgressBoard::Filter>> singleFilters{
    {"at risk", only(&ProgressBoard::Filter::atRisk)},
    {"off track", only(&ProgressBoard::Filter::offTrack)},
    {"stalled", only(&ProgressBoard::Filter::stalled)},
    {"missing check-in", only(&ProgressBoard::Filter::missingCheckIn)},
    {"committed", {.commitment = Commitment::Committed}},
};

// A board page as the window shows it, at the laptop's size, with the shown plan's cycle judged on `today`.
void showBoardPage(ProgressBoardView &board, const ShownPlan &shownPlan, QDate today)
{
    board.setReferenceDate(today);
    board.resize(laptopPage);
    board.setShownPlan(&shownPlan);
    board.show();
    board.refresh();
}

} // namespace

TEST_CASE("Progress board on a 1,000-team organisation", "[board][bench]")
{
    const QString path = LargeDocument::path();
    const std::unique_ptr<Document> document = Document::open(path, Document::OpenMode::ReadOnly);
    Repository repository(*document);
    const Cycle cycle = *repository.cycles().active();
    const QDate today = QDate::currentDate();
    ShownPlan shownPlan;
    shownPlan.setRepository(&repository);
    shownPlan.showCycle(cycle.id);
    const CyclePlan plan = shownPlan.plan();
    const KeyResultHistories histories = shownPlan.histories();
    std::cout << qPrintable(cycle.name) << ": " << plan.teams.size() << " teams, " << plan.objectives.size()
              << " objectives, " << plan.keyResults.size() << " key results, " << histories.size() << " histories\n";

    // Opening the board.
    {
        BENCHMARK("ShownPlan: read the cycle's plan and its key results' histories")
        {
            shownPlan.showCycle(cycle.id);
            return shownPlan.histories().size();
        };
        // The two reads apart, straight from the repository.
        BENCHMARK("PlanQueries::loadCyclePlan")
        {
            return repository.queries().loadCyclePlan(cycle.id).keyResults.size();
        };
        BENCHMARK("PlanQueries::keyResultHistoriesOfCycle")
        {
            return repository.queries().keyResultHistoriesOfCycle(cycle.id).size();
        };
        BENCHMARK("BoardSummary::build with its roll-up (the numbers of the organisation line and the cards)")
        {
            return BoardSummary::build(plan, ProgressRollUp(plan, today), histories, today).teams.size();
        };
        ProgressBoardModel model;
        BENCHMARK("ProgressBoardModel::setPlan (summary and row index)")
        {
            model.setPlan(plan, histories, today);
            return model.rowCount();
        };
        const auto firstPaint = [&] {
            ProgressBoardView page;
            showBoardPage(page, shownPlan, today);
            return page.grab().width();
        };
        // The board's part of opening a document on the board page: the plan and the histories read, then drawn.
        BENCHMARK("First paint: read plan and histories, a new board page refreshed, shown and grabbed")
        {
            shownPlan.showCycle(cycle.id);
            return firstPaint();
        };
        // View > Progress Board from the tree after a change: the tree read the plan, the board reads the histories
        // and the check-ins of its week.
        BENCHMARK("First paint of a board page on the plan read already (histories and check-ins not yet)")
        {
            shownPlan.show(plan);
            return firstPaint();
        };
        // View > Progress Board with the tree shown: the histories are read already when the charts were seen.
        BENCHMARK("First paint of a board page on histories read already")
        {
            return firstPaint();
        };
    }

    ProgressBoardView board;
    showBoardPage(board, shownPlan, today);
    QTreeView *tree = board.treeView();
    ProgressBoardFilterModel *filterModel = board.filterModel();
    const auto paint = [&] { return board.grab().height(); };

    // Refreshing, filtering and ordering a board on the page.
    {
        BENCHMARK("Refresh the board after a change (histories read already) and paint it")
        {
            board.refresh();
            return paint();
        };
        BENCHMARK("Paint the board page (what each figure below includes once)")
        {
            return paint();
        };
        for (const auto &[name, filter] : singleFilters) {
            const ProgressBoard::Filter chosen = filter;
            BENCHMARK(std::string("Filter: ") + name + " on, paint, off, paint (the view keeps folds and current)")
            {
                board.setFilter(chosen);
                const int shown = paint();
                board.setFilter({});
                return shown + paint();
            };
            // The proxy maps rows when asked: counting every shown objective makes it filter them all.
            BENCHMARK(std::string("Filter model alone: ") + name + " on, count, off, count")
            {
                filterModel->setFilter(chosen);
                const int shown = filterModel->shownCounts().objectives;
                filterModel->setFilter({});
                return shown + filterModel->shownCounts().objectives;
            };
        }
        // Every order the page offers, chosen in its order box as the manager does (the organisation's order
        // nests departments, the others are flat), and back to the first.
        auto *orders = board.findChild<QComboBox *>(QStringLiteral("teamOrder"));
        for (int item = 1; item < orders->count(); ++item) {
            BENCHMARK("Order teams by " + orders->itemText(item).toStdString() + " and back, paint")
            {
                orders->setCurrentIndex(item);
                paint();
                orders->setCurrentIndex(0);
                return paint();
            };
        }

        QScrollBar *scrollBar = tree->verticalScrollBar();
        int step = 0;
        BENCHMARK("Scroll the board by a fiftieth and paint it")
        {
            step = (step + 1) % 50;
            scrollBar->setValue(scrollBar->maximum() * step / 50);
            return paint();
        };
        scrollBar->setValue(0);
    }

    // Drilling in.
    {
        BENCHMARK("Expand every team card (all folded before), paint")
        {
            tree->collapseAll();
            tree->expandAll();
            return paint();
        };
        const QModelIndex middleTeam = filterModel->index(filterModel->rowCount() / 2, ProgressBoardModel::TitleColumn);
        BENCHMARK("Fold, then unfold one team card in the middle, paint")
        {
            tree->collapse(middleTeam);
            tree->expand(middleTeam);
            tree->scrollTo(middleTeam);
            return paint();
        };
        // A key result of the last team: its department, team and objective opened to show it.
        const Id deepKeyResult = plan.keyResults.last().id;
        BENCHMARK("Select a key result of the last team on the board, paint")
        {
            board.selectKeyResult(deepKeyResult);
            return paint();
        };
    }

    // Switching the week of what changed.
    {
        const IsoWeek upTo = ProgressBoard::dueCheckInWeek(plan.cycle, today).value_or(IsoWeek::containing(today));
        const IsoWeek cycleStart = IsoWeek::containing(plan.cycle.start);
        for (const int weeks : {1, 3}) {
            IsoWeek after = upTo;
            for (int week = 0; week < weeks; ++week)
                after = after.previous();
            const QList<CheckIn> checkIns = repository.checkIns().ofWeeksAndBefore(cycleStart, after.next(), upTo);
            const WeekChanges changes = WeekChanges::build(plan, histories, checkIns, after, upTo);
            std::cout << "Changes after " << qPrintable(after.toString()) << " up to " << qPrintable(upTo.toString())
                      << " from " << checkIns.size() << " check-ins: " << changes.valueMoves.size() << " moves, "
                      << changes.confidenceChanges.size() << " confidence changes, " << changes.newProblems.size()
                      << " new problems, " << changes.teamsMissingCheckIn.size() << " teams missing\n";
            BENCHMARK("Read the check-ins of " + std::to_string(weeks) +
                      " week(s) and the one before (CheckInRepository::ofWeeksAndBefore)")
            {
                return repository.checkIns().ofWeeksAndBefore(cycleStart, after.next(), upTo).size();
            };
            BENCHMARK("WeekChanges::build of " + std::to_string(weeks) + " week(s), check-ins read already")
            {
                return WeekChanges::build(plan, histories, checkIns, after, upTo).valueMoves.size();
            };
        }
        // What a manager back from holiday does: "after" three weeks back, then the last week again.
        auto *afterWeek = board.weekChangesView()->findChild<QComboBox *>(QStringLiteral("changesAfterWeek"));
        const int lastWeek = afterWeek->currentIndex();
        BENCHMARK("Choose 3 weeks of changes on the board, then the last one (each read, listed), paint")
        {
            afterWeek->setCurrentIndex(std::max(0, lastWeek - 2));
            paint();
            afterWeek->setCurrentIndex(lastWeek);
            return paint();
        };
    }

    // One team's check-in and notes: read from that team's rows, whatever the organisation's size.
    {
        const CheckInService service(repository);
        const Id teamId = plan.objective(plan.keyResults.last().objectiveId)->teamId;
        BENCHMARK(
            "CheckInService::keyResultLines of one team (the check-in form; quarterdeck checkin reads it 3 times)")
        {
            return service.keyResultLines(teamId, service.defaultWeek()).size();
        };
        BENCHMARK("CheckInService::stalledKeyResults of one team (Team Notes)")
        {
            return service.stalledKeyResults(cycle.id, teamId).size();
        };
    }

    // The command line.
    {
        BENCHMARK("Document::open read-only (PRAGMA quick_check of the whole file)")
        {
            return Document::open(path, Document::OpenMode::ReadOnly)->isDamaged();
        };
        BENCHMARK("quarterdeck board FILE --format text, in-process (open, read, build, print)")
        {
            QString output;
            QString errors;
            QTextStream out(&output);
            QTextStream err(&errors);
            const int exitCode = CommandLine::run({QStringLiteral("quarterdeck"), QStringLiteral("board"), path,
                                                   QStringLiteral("--format"), QStringLiteral("text")},
                                                  out, err);
            out.flush();
            return exitCode + output.size();
        };
    }

    // Charts of the cycle.
    {
        BENCHMARK("Team progress and status charts of the cycle (series and QChart)")
        {
            const ProgressRollUp rollUp(plan, today);
            const double expected = Scoring::expectedProgress(plan.cycle, today);
            const QList<ChartSeries::TeamProgress> teams = ChartSeries::teamProgress(plan, rollUp);
            std::unique_ptr<QChart> bars(ChartFactory::teamProgressChart(
                plan.cycle, ChartSeries::furthestBehind(teams, 15), teams.size(), expected, board.palette()));
            std::unique_ptr<QChart> pie(ChartFactory::statusDistributionChart(
                plan.cycle, ChartSeries::statusDistribution(plan, rollUp), board.palette()));
            return bars->series().size() + pie->series().size();
        };

        const Id companyObjective = plan.objectives[plan.topLevelObjectives().first()].id;
        BENCHMARK("Burn-up of a company objective with every team aligned below it")
        {
            return ChartSeries::objectiveBurnUp(plan, histories, companyObjective, today).progress.size();
        };

        // What the details panel reads and draws when an objective is selected: one history lookup per key result
        // below.
        const auto detailsChart = [&](Id objectiveId) {
            KeyResultHistories own;
            for (const Id keyResultId : ChartSeries::burnUpKeyResults(plan, objectiveId))
                own.insert(keyResultId, repository.queries().keyResultHistory(keyResultId));
            std::unique_ptr<QChart> chart(ChartFactory::burnUpChart(plan, own, objectiveId, today, board.palette()));
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
}

// What a manager who closed the window on the board page waits for on the next start: the window opening the
// document (Document::open's quick check, the plan, the tree, the board's histories and cards) and its first paint.
TEST_CASE("Main window opening the 1,000-team organisation on the board page", "[board][bench]")
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("MainWindow/shownView"), QStringLiteral("board"));
    const QString path = LargeDocument::path();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    BENCHMARK("Open the document in the window on the board page, paint the window")
    {
        window.openDocument(path);
        return window.grab().width();
    };
    const auto *board = window.findChild<ProgressBoardView *>();
    std::cout << "Board page shown: " << (board && board->isVisible() ? "yes" : "no") << ", "
              << (board ? board->boardModel()->teams().size() : 0) << " team cards\n";
    settings.clear();
}
