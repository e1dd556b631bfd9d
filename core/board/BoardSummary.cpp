#include "board/BoardSummary.h"

#include "board/ProgressBoard.h"
#include "scoring/Scoring.h"
#include "text/StatusWords.h"

void BoardSummary::StatusCounts::count(std::optional<Confidence> status)
{
    if (!status)
        ++noCheckInYet;
    else if (*status == Confidence::OnTrack)
        ++onTrack;
    else if (*status == Confidence::AtRisk)
        ++atRisk;
    else
        ++offTrack;
}

namespace {

// The plan with every key result at its value on `day` (none before its first check-in), for a roll-up of then.
CyclePlan planOn(CyclePlan plan, const KeyResultHistories &histories, QDate day)
{
    for (KeyResult &keyResult : plan.keyResults)
        keyResult.current = ChartSeries::valueOn(histories.value(keyResult.id), day);
    plan.rebuildIndex();
    return plan;
}

std::optional<Confidence> statusOf(const CyclePlan &plan, const KeyResult &keyResult, QDate referenceDate)
{
    std::optional<Confidence> stated;
    const auto latest = plan.latestCheckIns.constFind(keyResult.id);
    if (latest != plan.latestCheckIns.constEnd())
        stated = latest->confidence;
    return StatusWords::shown(Scoring::keyResultPace(plan.cycle, keyResult, referenceDate), stated);
}

} // namespace

BoardSummary BoardSummary::build(const CyclePlan &plan, const ProgressRollUp &rollUp,
                                 const KeyResultHistories &histories, QDate referenceDate, Id scopeTeamId)
{
    const QDate weekBefore = referenceDate.addDays(-7);
    const ProgressRollUp rollUpWeekBefore(planOn(plan, histories, weekBefore), weekBefore);
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
        TeamLine line;
        line.id = card.id;
        line.name = card.name;
        line.progress = card.progress;
        line.expectedProgress = card.expectedProgress;
        line.progressChange = card.progress - rollUpWeekBefore.team(card.id);
        line.missingCheckIn = card.missingCheckIn;
        if (card.lastCheckIn.isValid())
            line.lastCheckIn = IsoWeek::containing(card.lastCheckIn);
        for (const ProgressBoard::ObjectiveCard &objective : card.objectives) {
            if (objective.statedConfidence)
                line.statedConfidence = line.statedConfidence
                                            ? Scoring::moreWorried(*line.statedConfidence, *objective.statedConfidence)
                                            : objective.statedConfidence;
            for (const qsizetype row : plan.keyResultsOf(objective.id)) {
                const KeyResult &keyResult = plan.keyResults[row];
                const std::optional<Confidence> status = statusOf(plan, keyResult, referenceDate);
                line.keyResults.count(status);
                summary.keyResults.count(status);
                const auto history = histories.constFind(keyResult.id);
                if (history != histories.constEnd() && Scoring::isStalled(keyResult, *history)) {
                    ++line.stalledKeyResults;
                    summary.stalledKeyResults.append(keyResult.id);
                }
            }
        }
        if (line.missingCheckIn)
            summary.teamsMissingCheckIn.append(line.id);
        summary.teams.append(line);
    }
    return summary;
}
