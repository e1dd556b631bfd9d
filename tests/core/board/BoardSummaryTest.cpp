#include "support/catch.h"

#include "board/BoardSummary.h"
#include "core/board/BoardScript.h"

#include <algorithm>

namespace {

// Wednesday of W33: W32 is the week due, which Platform missed.
const QDate wednesdayOfW33(2026, 8, 12);

const BoardSummary::TeamLine &lineOf(const BoardSummary &summary, Id teamId)
{
    const auto line = std::find_if(summary.teams.begin(), summary.teams.end(),
                                   [teamId](const BoardSummary::TeamLine &team) { return team.id == teamId; });
    REQUIRE(line != summary.teams.end());
    return *line;
}

} // namespace

TEST_CASE("The board summary should count key results by status and name the teams that need help", "[board]")
{
    BoardScript script;
    const CyclePlan plan = script.plan();
    const ProgressRollUp rollUp(plan, wednesdayOfW33);
    const BoardSummary summary = BoardSummary::build(plan, rollUp, script.histories(), wednesdayOfW33);

    CHECK(summary.dueWeek == BoardScript::week(32));
    CHECK(summary.progress == Approx(rollUp.cycle()));
    CHECK(summary.expectedProgress == Approx(rollUp.cycleExpected()));
    CHECK(summary.progressChange > 0.0);
    // NPS at risk (the team says so), churn on track, deploys off track (behind schedule), partners not checked in.
    CHECK(summary.keyResults.onTrack == 1);
    CHECK(summary.keyResults.atRisk == 1);
    CHECK(summary.keyResults.offTrack == 1);
    CHECK(summary.keyResults.awaitingCheckIn == 1);
    CHECK(summary.teamsMissingCheckIn == QList<Id>{script.platformId});
    CHECK(summary.stalledKeyResults == QList<Id>{script.deploysId});

    REQUIRE(summary.teams.size() == 2);
    const BoardSummary::TeamLine &sales = lineOf(summary, script.salesId);
    CHECK(sales.name == QStringLiteral("Sales"));
    CHECK(sales.keyResults.onTrack == 1);
    CHECK(sales.keyResults.atRisk == 1);
    CHECK(sales.keyResults.awaitingCheckIn == 1);
    CHECK(sales.statedConfidence == Confidence::AtRisk);
    CHECK(IsoWeek::containing(sales.lastCheckIn) == BoardScript::week(32));
    CHECK_FALSE(sales.missingCheckIn);
    CHECK(sales.stalledKeyResults.isEmpty());
    // Since W31: NPS 26 -> 30 and churn 9 -> 7, the partners still at their start.
    CHECK(sales.progressChange == Approx((4.0 / 30 + 2.0 / 5) / 3));

    const BoardSummary::TeamLine &platform = lineOf(summary, script.platformId);
    CHECK(platform.keyResults.offTrack == 1);
    CHECK(platform.statedConfidence == Confidence::OnTrack);
    CHECK(IsoWeek::containing(platform.lastCheckIn) == BoardScript::week(31));
    CHECK(platform.missingCheckIn);
    CHECK(platform.stalledKeyResults == QList<Id>{script.deploysId});
    CHECK(platform.progressChange == Approx(0.0));
    CHECK(platform.progress == Approx(0.1));
}

TEST_CASE("The board summary of a team should count only that team and the teams below it", "[board]")
{
    BoardScript script;
    const CyclePlan plan = script.plan();
    const ProgressRollUp rollUp(plan, wednesdayOfW33);
    const BoardSummary summary =
        BoardSummary::build(plan, rollUp, script.histories(), wednesdayOfW33, script.platformId);

    REQUIRE(summary.teams.size() == 1);
    CHECK(summary.teams.first().id == script.platformId);
    CHECK(summary.progress == Approx(rollUp.team(script.platformId)));
    CHECK(summary.keyResults.total() == 1);
    CHECK(summary.keyResults.offTrack == 1);
    CHECK(summary.teamsMissingCheckIn == QList<Id>{script.platformId});
}

TEST_CASE("A checked-in week should clear the team's missing check-in on the board", "[board]")
{
    BoardScript script;
    script.checkInWeek33();
    const CyclePlan plan = script.plan();
    const QDate wednesdayOfW34(2026, 8, 19);
    const BoardSummary summary =
        BoardSummary::build(plan, ProgressRollUp(plan, wednesdayOfW34), script.histories(), wednesdayOfW34);

    CHECK(summary.dueWeek == BoardScript::week(33));
    CHECK(summary.teamsMissingCheckIn.isEmpty());
    CHECK(IsoWeek::containing(lineOf(summary, script.platformId).lastCheckIn) == BoardScript::week(33));
    CHECK(lineOf(summary, script.salesId).statedConfidence == Confidence::OffTrack);
}

TEST_CASE("The board summary should count key results by status as they stood a week before", "[board]")
{
    BoardScript script;
    const CyclePlan plan = script.plan();
    const KeyResultHistories histories = script.histories();

    // Wednesday of W32: W31's check-ins were in, W32's (dated its Friday) not yet. NPS at 26 and churn at 9 were
    // behind the 35 days of pace expected, and deploys at 1 too, though Platform said on track; the partners,
    // added on 1 August, awaited their first check-in.
    const ProgressBoard::StatusCounts weekBefore =
        BoardSummary::keyResultsOn(plan, histories, wednesdayOfW33.addDays(-7));
    CHECK(weekBefore.onTrack == 0);
    CHECK(weekBefore.atRisk == 3);
    CHECK(weekBefore.offTrack == 0);
    CHECK(weekBefore.awaitingCheckIn == 1);

    // On the reference date the counts are the summary's: W32's values and stated confidences.
    const BoardSummary summary =
        BoardSummary::build(plan, ProgressRollUp(plan, wednesdayOfW33), histories, wednesdayOfW33);
    const ProgressBoard::StatusCounts now = BoardSummary::keyResultsOn(plan, histories, wednesdayOfW33);
    CHECK(now.onTrack == summary.keyResults.onTrack);
    CHECK(now.atRisk == summary.keyResults.atRisk);
    CHECK(now.offTrack == summary.keyResults.offTrack);
    CHECK(now.awaitingCheckIn == summary.keyResults.awaitingCheckIn);

    // Before the partners were added they did not count; a scope team counts only its own.
    CHECK(BoardSummary::keyResultsOn(plan, histories, QDate(2026, 7, 29)).total() == 3);
    const ProgressBoard::StatusCounts platform =
        BoardSummary::keyResultsOn(plan, histories, wednesdayOfW33.addDays(-7), script.platformId);
    CHECK(platform.total() == 1);
    CHECK(platform.atRisk == 1);
}

TEST_CASE("A key result's status a week before should take the confidence stated then, not the latest", "[board]")
{
    BoardScript script;
    script.checkInWeek33();
    const CyclePlan plan = script.plan();
    const QDate wednesdayOfW34(2026, 8, 19);
    // On Wednesday of W33, NPS (30 of 20 -> 50) was at risk by the team's W32 word; W33 said off track.
    const KeyResultHistories histories = script.histories();
    KeyResultHistories unstated = histories;
    for (QList<Scoring::ValuePoint> &history : unstated) {
        for (Scoring::ValuePoint &point : history)
            point.stated.reset();
    }
    const ProgressBoard::StatusCounts weekBefore =
        BoardSummary::keyResultsOn(plan, histories, wednesdayOfW34.addDays(-7));
    const ProgressBoard::StatusCounts byPaceAlone =
        BoardSummary::keyResultsOn(plan, unstated, wednesdayOfW34.addDays(-7));
    CHECK(weekBefore.offTrack == byPaceAlone.offTrack);
    CHECK(weekBefore.atRisk == byPaceAlone.atRisk + 1);
}
