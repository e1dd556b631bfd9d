#include "board/WeekChanges.h"

#include "board/ProgressBoard.h"
#include "scoring/Scoring.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Problems lines compared by their words, so a line carried from week to week is not new again.
QSet<QString> problemsOf(const CheckIn &checkIn)
{
    QSet<QString> problems;
    for (const PlanItem &item : checkIn.items) {
        if (item.kind == PlanItemKind::Problem)
            problems.insert(item.text.simplified());
    }
    return problems;
}

} // namespace

QList<IsoWeek> WeekChanges::weeksBegun(const Cycle &cycle, QDate referenceDate)
{
    const bool hasDates = cycle.start.isValid() && cycle.end.isValid() && referenceDate.isValid();
    return hasDates ? cycle.checkInWeeksBegun(referenceDate) : QList<IsoWeek>{};
}

std::pair<IsoWeek, IsoWeek> WeekChanges::usualWeeks(const Cycle &cycle, QDate referenceDate)
{
    const QList<IsoWeek> weeks = weeksBegun(cycle, referenceDate);
    if (weeks.isEmpty())
        return {};
    const IsoWeek upTo = ProgressBoard::dueCheckInWeek(cycle, referenceDate).value_or(weeks.first());
    return {upTo.previous(), upTo};
}

WeekChanges WeekChanges::build(const CyclePlan &plan, const KeyResultHistories &histories,
                               const QList<CheckIn> &checkIns, IsoWeek after, IsoWeek upTo, Id scopeTeamId)
{
    const auto inScope = [&](Id teamId) {
        return scopeTeamId == NoId || plan.organisation().isWithin(teamId, scopeTeamId);
    };
    const auto keyResultInScope = [&](const KeyResult &keyResult) {
        const Objective *objective = plan.objective(keyResult.objectiveId);
        return objective && inScope(objective->teamId);
    };

    WeekChanges changes;
    changes.after = after;
    changes.upTo = upTo;

    // Each Friday is computed from its ISO week: once here, not four times per key result.
    const QDate afterFriday = after.friday();
    const QDate upToFriday = upTo.friday();
    for (const KeyResult &keyResult : plan.keyResults) {
        if (!keyResultInScope(keyResult))
            continue;
        const QList<Scoring::ValuePoint> history = histories.value(keyResult.id);
        const double from = ChartSeries::valueOn(history, afterFriday).value_or(keyResult.start);
        const std::optional<double> to = ChartSeries::valueOn(history, upToFriday);
        if (to && *to != from)
            changes.valueMoves.append({keyResult.id, from, *to,
                                       Scoring::progressAt(keyResult, *to) - Scoring::progressAt(keyResult, from),
                                       Scoring::expectedProgress(plan.cycle, keyResult, upToFriday) -
                                           Scoring::expectedProgress(plan.cycle, keyResult, afterFriday)});
        const std::optional<Confidence> statedBefore = ChartSeries::statedOn(history, afterFriday);
        const std::optional<Confidence> statedSince = ChartSeries::statedOn(history, upToFriday, afterFriday);
        if (statedBefore && statedSince && *statedBefore != *statedSince)
            changes.confidenceChanges.append({keyResult.id, *statedBefore, *statedSince});
    }

    QList<CheckIn> byWeek = checkIns;
    std::stable_sort(byWeek.begin(), byWeek.end(),
                     [](const CheckIn &first, const CheckIn &second) { return first.week < second.week; });
    QHash<Id, QSet<QString>> previousProblems; // by team: its latest check-in's so far
    QSet<Id> checkedInUpTo;
    for (const CheckIn &checkIn : std::as_const(byWeek)) {
        if (checkIn.week > upTo)
            break;
        const QSet<QString> problems = problemsOf(checkIn);
        if (checkIn.week > after && inScope(checkIn.teamId)) {
            const QSet<QString> known = previousProblems.value(checkIn.teamId);
            for (const PlanItem &item : checkIn.items) {
                if (item.kind == PlanItemKind::Problem && !known.contains(item.text.simplified()))
                    changes.newProblems.append({checkIn.teamId, checkIn.week, item.person, item.text});
            }
        }
        previousProblems.insert(checkIn.teamId, problems);
        if (checkIn.week == upTo)
            checkedInUpTo.insert(checkIn.teamId);
    }

    for (const Team &team : plan.teams) {
        const QList<qsizetype> &objectiveRows = plan.objectivesOfTeam(team.id);
        const bool hasKeyResults = std::any_of(objectiveRows.begin(), objectiveRows.end(), [&](qsizetype row) {
            return !plan.keyResultsOf(plan.objectives[row].id).isEmpty();
        });
        if (inScope(team.id) && hasKeyResults && !checkedInUpTo.contains(team.id))
            changes.teamsMissingCheckIn.append(team.id);
    }
    return changes;
}
