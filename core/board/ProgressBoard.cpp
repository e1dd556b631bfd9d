#include "board/ProgressBoard.h"

#include "scoring/Scoring.h"

namespace ProgressBoard {

namespace {

ObjectiveCard objectiveCard(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                            const Objective &objective)
{
    ObjectiveCard card;
    card.id = objective.id;
    card.teamId = objective.teamId;
    card.title = objective.title;
    card.commitment = objective.commitment;
    card.progress = rollUp.objective(objective.id);
    card.hasKeyResults = rollUp.hasContributors(objective.id);
    card.expectedProgress = rollUp.objectiveExpected(objective.id);
    card.paceStatus = rollUp.objectivePace(objective.id);
    for (const qsizetype row : plan.keyResultsOf(objective.id)) {
        const KeyResult &keyResult = plan.keyResults[row];
        if (!keyResult.owner.trimmed().isEmpty() && !card.owners.contains(keyResult.owner.trimmed()))
            card.owners.append(keyResult.owner.trimmed());
        const auto latest = plan.latestCheckIns.constFind(keyResult.id);
        if (latest != plan.latestCheckIns.constEnd()) {
            card.statedConfidence = card.statedConfidence
                                        ? Scoring::moreWorried(*card.statedConfidence, latest->confidence)
                                        : latest->confidence;
            if (!card.lastCheckIn.isValid() || latest->date > card.lastCheckIn)
                card.lastCheckIn = latest->date;
        }
        const auto history = histories.constFind(keyResult.id);
        if (history != histories.constEnd() && Scoring::isStalled(keyResult, *history))
            card.stalled = true;
    }
    return card;
}

// An objective with no key results has no pace to be behind: it is shown as "no key results", not off track.
bool hasStatus(const ObjectiveCard &objective, Confidence status)
{
    return (objective.hasKeyResults && objective.paceStatus == status) || objective.statedConfidence == status;
}

} // namespace

std::optional<IsoWeek> dueCheckInWeek(const Cycle &cycle, QDate referenceDate)
{
    std::optional<IsoWeek> due;
    // Cycle::checkInWeeks walks from start to end: without both there are no weeks to walk.
    if (!cycle.start.isValid() || !cycle.end.isValid() || !referenceDate.isValid())
        return due;
    for (const IsoWeek &week : cycle.checkInWeeks()) {
        if (week.sunday() >= referenceDate)
            break;
        due = week;
    }
    return due;
}

QList<TeamCard> build(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                      QDate referenceDate)
{
    const std::optional<IsoWeek> dueWeek = dueCheckInWeek(plan.cycle, referenceDate);

    QList<TeamCard> teams;
    for (const Team &team : plan.teams) {
        const QList<qsizetype> &objectiveRows = plan.objectivesOfTeam(team.id);
        if (objectiveRows.isEmpty())
            continue;
        TeamCard card;
        card.id = team.id;
        card.name = team.name;
        card.progress = rollUp.team(team.id);
        card.expectedProgress = rollUp.teamExpected(team.id);
        card.paceStatus = rollUp.teamPace(team.id);
        bool hasKeyResults = false;
        for (const qsizetype row : objectiveRows) {
            const Objective &objective = plan.objectives[row];
            card.objectives.append(objectiveCard(plan, rollUp, histories, objective));
            const QDate objectiveCheckIn = card.objectives.last().lastCheckIn;
            if (objectiveCheckIn.isValid() && (!card.lastCheckIn.isValid() || objectiveCheckIn > card.lastCheckIn))
                card.lastCheckIn = objectiveCheckIn;
            hasKeyResults = hasKeyResults || !plan.keyResultsOf(objective.id).isEmpty();
        }
        card.missingCheckIn =
            hasKeyResults && dueWeek && (!card.lastCheckIn.isValid() || card.lastCheckIn < dueWeek->friday());
        teams.append(card);
    }
    return teams;
}

bool Filter::matches(const TeamCard &team, const ObjectiveCard &objective) const
{
    if (commitment && objective.commitment != *commitment)
        return false;
    if (!selectsProblems())
        return true;
    return (atRisk && hasStatus(objective, Confidence::AtRisk)) ||
           (offTrack && hasStatus(objective, Confidence::OffTrack)) || (stalled && objective.stalled) ||
           (missingCheckIn && team.missingCheckIn);
}

} // namespace ProgressBoard
