#include "board/BoardSummary.h"

#include "scoring/Scoring.h"
#include "text/StatusWords.h"

namespace {

// The plan with every key result at its value on `day` (none before its first check-in), for a roll-up of then.
// Only values change, no row moves: the copy keeps the plan's index (shared, not rebuilt: most of the time
// BoardSummary::build took with 1,000 teams).
CyclePlan planOn(CyclePlan plan, const KeyResultHistories &histories, QDate day)
{
    for (KeyResult &keyResult : plan.keyResults)
        keyResult.current = ChartSeries::valueOn(histories.value(keyResult.id), day);
    return plan;
}

} // namespace

BoardSummary BoardSummary::build(const CyclePlan &plan, const ProgressRollUp &rollUp,
                                 const KeyResultHistories &histories, QDate referenceDate, Id scopeTeamId)
{
    const QDate weekBefore = referenceDate.addDays(-7);
    const ProgressRollUp rollUpWeekBefore(planOn(plan, histories, weekBefore), weekBefore, rollUp.thresholds());
    const auto inScope = [&](Id teamId) {
        return scopeTeamId == NoId || plan.organisation().isWithin(teamId, scopeTeamId);
    };

    BoardSummary summary;
    summary.dueWeek = ProgressBoard::dueCheckInWeek(plan.cycle, referenceDate);
    if (scopeTeamId == NoId) {
        summary.progress = rollUp.cycle();
        summary.expectedProgress = rollUp.cycleExpected();
        summary.progressChange = summary.progress - rollUpWeekBefore.cycle();
    } else {
        summary.progress = rollUp.team(scopeTeamId);
        summary.expectedProgress = rollUp.teamExpected(scopeTeamId);
        summary.progressChange = summary.progress - rollUpWeekBefore.team(scopeTeamId);
    }

    for (const ProgressBoard::TeamCard &card : ProgressBoard::build(plan, rollUp, histories, referenceDate)) {
        if (!inScope(card.id))
            continue;
        TeamLine &line = summary.teams.emplace_back(TeamLine{card});
        line.progressChange = card.progress - rollUpWeekBefore.team(card.id);
        summary.keyResults += card.keyResults;
        summary.stalledKeyResults.append(card.stalledKeyResults);
        if (card.missingCheckIn)
            summary.teamsMissingCheckIn.append(card.id);
    }
    return summary;
}

ProgressBoard::StatusCounts BoardSummary::keyResultsOn(const CyclePlan &plan, const KeyResultHistories &histories,
                                                       QDate day, Id scopeTeamId, const PaceThresholds &thresholds)
{
    ProgressBoard::StatusCounts counts;
    for (KeyResult keyResult : plan.keyResults) {
        const Objective *objective = plan.objective(keyResult.objectiveId);
        if (!objective || (scopeTeamId != NoId && !plan.organisation().isWithin(objective->teamId, scopeTeamId)) ||
            (keyResult.addedOn.isValid() && keyResult.addedOn > day))
            continue;
        const QList<Scoring::ValuePoint> history = histories.value(keyResult.id);
        keyResult.current = ChartSeries::valueOn(history, day);
        counts.add(StatusWords::shown(Scoring::keyResultPace(plan.cycle, keyResult, day, thresholds),
                                      ChartSeries::statedOn(history, day)));
    }
    return counts;
}
