#include "board/ProgressBoard.h"

#include "scoring/Scoring.h"
#include "text/StatusWords.h"

namespace ProgressBoard {

namespace {

std::optional<Confidence> moreWorried(std::optional<Confidence> first, std::optional<Confidence> second)
{
    if (!first || !second)
        return first ? first : second;
    return Scoring::moreWorried(*first, *second);
}

ObjectiveCard objectiveCard(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                            const Objective &objective, QDate referenceDate)
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
        std::optional<Confidence> stated;
        const auto latest = plan.latestCheckIns.constFind(keyResult.id);
        if (latest != plan.latestCheckIns.constEnd()) {
            stated = latest->confidence;
            card.statedConfidence = moreWorried(card.statedConfidence, stated);
            if (!card.lastCheckIn.isValid() || latest->date > card.lastCheckIn)
                card.lastCheckIn = latest->date;
        }
        card.keyResults.add(StatusWords::shown(Scoring::keyResultPace(plan.cycle, keyResult, referenceDate), stated));
        const auto history = histories.constFind(keyResult.id);
        if (history != histories.constEnd() && Scoring::isStalled(keyResult, *history))
            card.stalledKeyResults.append(keyResult.id);
    }
    return card;
}

// An objective with no key results has no pace to be behind: it is shown as "no key results", not off track.
bool hasStatus(const ObjectiveCard &objective, Confidence status)
{
    return (objective.hasKeyResults && objective.paceStatus == status) || objective.statedConfidence == status;
}

} // namespace

void StatusCounts::add(std::optional<Confidence> status)
{
    if (!status) {
        ++awaitingCheckIn;
        return;
    }
    switch (*status) {
    case Confidence::OnTrack:
        ++onTrack;
        break;
    case Confidence::AtRisk:
        ++atRisk;
        break;
    case Confidence::OffTrack:
        ++offTrack;
        break;
    }
}

StatusCounts &StatusCounts::operator+=(const StatusCounts &other)
{
    onTrack += other.onTrack;
    atRisk += other.atRisk;
    offTrack += other.offTrack;
    awaitingCheckIn += other.awaitingCheckIn;
    return *this;
}

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
            const ObjectiveCard &added =
                card.objectives.emplace_back(objectiveCard(plan, rollUp, histories, objective, referenceDate));
            const QDate objectiveCheckIn = added.lastCheckIn;
            if (objectiveCheckIn.isValid() && (!card.lastCheckIn.isValid() || objectiveCheckIn > card.lastCheckIn))
                card.lastCheckIn = objectiveCheckIn;
            card.statedConfidence = moreWorried(card.statedConfidence, added.statedConfidence);
            card.keyResults += added.keyResults;
            card.stalledKeyResults.append(added.stalledKeyResults);
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
           (offTrack && hasStatus(objective, Confidence::OffTrack)) || (stalled && objective.stalled()) ||
           (missingCheckIn && team.missingCheckIn);
}

} // namespace ProgressBoard
