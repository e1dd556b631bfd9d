#include "support/catch.h"

#include "charts/ChartSeries.h"

#include <algorithm>

namespace {

const Cycle quarter{1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};

// Fridays of 2026 Q3's check-in weeks: W27 is Jul 3.
QDate friday(int weekOfCycle)
{
    return QDate(2026, 7, 3).addDays(7 * weekOfCycle);
}

KeyResult keyResult(Id id, Id objectiveId, double start, double target, double weight = 1.0)
{
    KeyResult result;
    result.id = id;
    result.objectiveId = objectiveId;
    result.start = start;
    result.target = target;
    result.weight = weight;
    return result;
}

Objective objective(Id id, Id teamId, Id parentId = NoId)
{
    Objective result;
    result.id = id;
    result.cycleId = quarter.id;
    result.teamId = teamId;
    result.parentId = parentId;
    return result;
}

// Company objective 10 with no key results; Sales objective 20 aligned to it with key results 200 (0 -> 10,
// weight 3) and 201 (0 -> 100, weight 1); Support objective 30 aligned to it with 300 (50 -> 100).
CyclePlan alignedPlan()
{
    CyclePlan plan;
    plan.cycle = quarter;
    plan.teams = {
        {1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Sales")}, {3, 1, QStringLiteral("Support")}};
    plan.objectives = {objective(10, 1), objective(20, 2, 10), objective(30, 3, 10)};
    plan.keyResults = {keyResult(200, 20, 0, 10, 3), keyResult(201, 20, 0, 100), keyResult(300, 30, 50, 100)};
    plan.rebuildIndex();
    return plan;
}

} // namespace

TEST_CASE("A key result's chart should draw its check-ins inside the cycle with start, target and pace lines",
          "[core][charts]")
{
    const KeyResult deals = keyResult(200, 20, 0, 10);
    const QList<Scoring::ValuePoint> history{
        {QDate(2026, 6, 26), 99}, {friday(0), 1}, {friday(1), 2}, {friday(2), 3}, {QDate(2026, 10, 2), 99}};

    const ChartSeries::KeyResultSeries series = ChartSeries::keyResult(deals, history, quarter);

    REQUIRE(series.values.size() == 3);
    CHECK(series.values.first().date == friday(0));
    CHECK(series.values.last().value == 3);
    REQUIRE(series.startLine.size() == 2);
    CHECK(series.startLine[0].date == quarter.start);
    CHECK(series.startLine[1].date == quarter.end);
    CHECK(series.startLine[1].value == 0);
    CHECK(series.targetLine[0].value == 10);
    CHECK(series.targetLine[1].value == 10);
    REQUIRE(series.expectedPace.size() == 2);
    CHECK(series.expectedPace[0].value == 0);
    CHECK(series.expectedPace[1].date == quarter.end);
    CHECK(series.expectedPace[1].value == 10);
}

TEST_CASE("A key result's forecast should run from its latest check-in to the projected value at the cycle end",
          "[core][charts]")
{
    const KeyResult deals = keyResult(200, 20, 0, 100);
    // One per week, 7 days apart: the projection to Sep 30 adds one per day after Jul 17.
    const QList<Scoring::ValuePoint> history{{friday(0), 0}, {friday(1), 7}, {friday(2), 14}};

    const ChartSeries::KeyResultSeries series = ChartSeries::keyResult(deals, history, quarter);

    REQUIRE(series.forecast.size() == 2);
    CHECK(series.forecast[0].date == friday(2));
    CHECK(series.forecast[0].value == 14);
    CHECK(series.forecast[1].date == quarter.end);
    CHECK(series.forecast[1].value == Approx(14 + friday(2).daysTo(quarter.end)));
}

TEST_CASE("A key result's chart should have no forecast from one check-in, and no pace line when maintained",
          "[core][charts]")
{
    KeyResult uptime = keyResult(300, 30, 95, 95);
    uptime.kind = KeyResultKind::KeepAbove;

    const ChartSeries::KeyResultSeries series = ChartSeries::keyResult(uptime, {{friday(0), 97}}, quarter);

    CHECK(series.values.size() == 1);
    CHECK(series.forecast.isEmpty());
    CHECK(series.expectedPace.isEmpty());
    CHECK(series.targetLine[0].value == 95);
}

TEST_CASE("An objective's burn-up should roll its key results up week by week, weighted, until the reference date",
          "[core][charts]")
{
    const CyclePlan plan = alignedPlan();
    KeyResultHistories histories;
    histories.insert(200, {{friday(0), 5}, {friday(2), 10}});
    histories.insert(201, {{friday(1), 40}});

    // Reference: Wednesday of the cycle's fourth week: weeks 0-3 have begun.
    const ChartSeries::BurnUp burnUp = ChartSeries::objectiveBurnUp(plan, histories, 20, friday(3).addDays(-2));

    REQUIRE(burnUp.progress.size() == 5);
    CHECK(burnUp.progress[0].date == quarter.start);
    CHECK(burnUp.progress[0].value == 0);
    CHECK(burnUp.progress[1].date == friday(0));
    CHECK(burnUp.progress[1].value == Approx((3 * 0.5 + 0) / 4));
    CHECK(burnUp.progress[2].value == Approx((3 * 0.5 + 0.4) / 4));
    CHECK(burnUp.progress[3].value == Approx((3 * 1.0 + 0.4) / 4));
    CHECK(burnUp.progress[4].date == friday(3));
    CHECK(burnUp.progress[4].value == Approx((3 * 1.0 + 0.4) / 4)); // no new check-in: the values carry on
    REQUIRE(burnUp.expectedPace.size() == 2);
    CHECK(burnUp.expectedPace[0].value == 0);
    CHECK(burnUp.expectedPace[1].date == quarter.end);
    CHECK(burnUp.expectedPace[1].value == 1);
}

TEST_CASE("A company objective's burn-up should roll up the objectives aligned to it", "[core][charts]")
{
    const CyclePlan plan = alignedPlan();
    KeyResultHistories histories;
    histories.insert(200, {{friday(0), 10}});
    histories.insert(300, {{friday(0), 75}, {friday(1), 100}});

    const ChartSeries::BurnUp burnUp = ChartSeries::objectiveBurnUp(plan, histories, 10, quarter.end.addDays(30));

    REQUIRE(burnUp.progress.size() == quarter.checkInWeeks().size() + 1);
    // Sales 0.75 (3 of 4 weights done) and Support 0.5 after the first week, then Support 1.
    CHECK(burnUp.progress[1].value == Approx((0.75 + 0.5) / 2));
    CHECK(burnUp.progress[2].value == Approx((0.75 + 1.0) / 2));
    CHECK(burnUp.progress.last().value == Approx((0.75 + 1.0) / 2));
}

TEST_CASE("A burn-up should read the key results of the objective and of those aligned below it", "[core][charts]")
{
    const CyclePlan plan = alignedPlan();
    QList<Id> company = ChartSeries::burnUpKeyResults(plan, 10);
    std::sort(company.begin(), company.end());
    CHECK(company == QList<Id>{200, 201, 300});
    CHECK(ChartSeries::burnUpKeyResults(plan, 30) == QList<Id>{300});
    CHECK(ChartSeries::burnUpKeyResults(plan, 999).isEmpty());
}

TEST_CASE("A burn-up of an objective that is not in the plan should be empty", "[core][charts]")
{
    const ChartSeries::BurnUp burnUp = ChartSeries::objectiveBurnUp(alignedPlan(), {}, 999, quarter.end);
    CHECK(burnUp.progress.isEmpty());
    CHECK(burnUp.expectedPace.isEmpty());
}

TEST_CASE("Team progress should list the teams with objectives with their pace status", "[core][charts]")
{
    CyclePlan plan = alignedPlan();
    plan.keyResults[0].current = 10;                    // Sales 200 done: (3 * 1 + 0) / 4
    plan.keyResults[2].current = 55;                    // Support 300 at 0.1
    plan.teams.append({4, 1, QStringLiteral("Legal")}); // nothing this cycle
    plan.rebuildIndex();
    const ProgressRollUp rollUp(plan, QDate(2026, 8, 15)); // about 0.5 expected

    const QList<ChartSeries::TeamProgress> teams = ChartSeries::teamProgress(plan, rollUp);

    REQUIRE(teams.size() == 3);
    CHECK(teams[0].teamName == QStringLiteral("Acme"));
    CHECK(teams[1].teamName == QStringLiteral("Sales"));
    CHECK(teams[1].progress == Approx(0.75));
    CHECK(teams[1].paceStatus == Confidence::OnTrack);
    CHECK(teams[2].progress == Approx(0.1));
    CHECK(teams[2].paceStatus == Confidence::OffTrack);

    const QList<ChartSeries::TeamProgress> behind = ChartSeries::furthestBehind(teams, 2);
    REQUIRE(behind.size() == 2);
    CHECK(behind[0].teamName == QStringLiteral("Support"));
    CHECK(behind[1].teamName == QStringLiteral("Acme"));
    CHECK(ChartSeries::furthestBehind(teams, 10).size() == 3);
}

TEST_CASE("The status distribution should count objectives with key results by pace status", "[core][charts]")
{
    CyclePlan plan = alignedPlan();
    plan.keyResults[0].current = 10;
    plan.keyResults[1].current = 100; // Sales done
    plan.keyResults[2].current = 70;  // Support 0.4
    plan.rebuildIndex();
    const QDate day(2026, 8, 29); // 59 of 91 days: about 0.65 expected
    const ProgressRollUp rollUp(plan, day);

    // Expected 0.65: Sales (1.0) on track, Acme ((1 + 0.4) / 2 = 0.7) on track, Support (gap 0.25) at risk.
    const ChartSeries::StatusCounts counts = ChartSeries::statusDistribution(plan, rollUp);
    CHECK(counts.onTrack == 2);
    CHECK(counts.atRisk == 1);
    CHECK(counts.offTrack == 0);
    CHECK(counts.total() == 3);

    // Support without key results is shown as "no key results": not counted.
    CyclePlan unmeasured = plan;
    unmeasured.keyResults.removeLast();
    unmeasured.rebuildIndex();
    CHECK(ChartSeries::statusDistribution(unmeasured, ProgressRollUp(unmeasured, day)).total() == 2);
}

TEST_CASE("Grades per team should average each cycle's graded objectives and skip teams never graded", "[core][charts]")
{
    const QList<Team> teams{
        {1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Sales")}, {3, 1, QStringLiteral("Support")}};
    const Cycle q1{7, QStringLiteral("2026 Q1"), QDate(2026, 1, 1), QDate(2026, 3, 31), CycleState::Closed, false};
    const Cycle q2{8, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Closed, false};
    const QList<GradedObjective> objectives{
        {1, 7, 2, 0.6}, {2, 7, 2, 0.8}, {3, 8, 2, 1.0}, {4, 8, 1, 0.3}, {5, 99, 3, 0.5}}; // a cycle not asked for

    const QList<ChartSeries::TeamGrades> grades = ChartSeries::gradesPerTeam(teams, {q1, q2}, objectives);

    REQUIRE(grades.size() == 2);
    CHECK(grades[0].teamName == QStringLiteral("Acme"));
    REQUIRE(grades[0].grades.size() == 2);
    CHECK_FALSE(grades[0].grades[0].has_value());
    CHECK(*grades[0].grades[1] == Approx(0.3));
    CHECK(grades[1].teamName == QStringLiteral("Sales"));
    CHECK(*grades[1].grades[0] == Approx(0.7));
    CHECK(*grades[1].grades[1] == Approx(1.0));
}

TEST_CASE("The lowest graded teams should come first by their mean grade", "[core][charts]")
{
    const QList<ChartSeries::TeamGrades> grades{{1, QStringLiteral("Acme"), {0.9, std::nullopt}},
                                                {2, QStringLiteral("Sales"), {0.2, 0.4}},
                                                {3, QStringLiteral("Support"), {std::nullopt, 0.5}}};
    const QList<ChartSeries::TeamGrades> lowest = ChartSeries::lowestGraded(grades, 2);
    REQUIRE(lowest.size() == 2);
    CHECK(lowest[0].teamName == QStringLiteral("Sales"));
    CHECK(lowest[1].teamName == QStringLiteral("Support"));
}
