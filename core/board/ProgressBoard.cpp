#include "board/ProgressBoard.h"

#include "scoring/Scoring.h"
#include "text/StatusWords.h"

#include <tuple>

namespace ProgressBoard {

namespace {

std::optional<Confidence> moreWorried(std::optional<Confidence> first, std::optional<Confidence> second)
{
    if (!first || !second)
        return first ? first : second;
    return Scoring::moreWorried(*first, *second);
}

KeyResultCard keyResultCard(const CyclePlan &plan, const KeyResultHistories &histories, const KeyResult &keyResult,
                            QDate referenceDate, const PaceThresholds &thresholds)
{
    KeyResultCard card;
    card.keyResult = keyResult;
    card.progress = Scoring::progress(keyResult);
    card.expectedProgress = Scoring::expectedProgress(plan.cycle, keyResult, referenceDate);
    card.pace = Scoring::keyResultPace(plan.cycle, keyResult, referenceDate, thresholds);
    const auto latest = plan.latestCheckIns.constFind(keyResult.id);
    if (latest != plan.latestCheckIns.constEnd()) {
        card.statedConfidence = latest->confidence;
        card.lastCheckIn = latest->date;
        card.lastComment = latest->comment;
    }
    const auto history = histories.constFind(keyResult.id);
    card.stalled = history != histories.constEnd() && Scoring::isStalled(keyResult, *history);
    return card;
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
        const KeyResultCard &keyResult = card.keyResultCards.emplace_back(
            keyResultCard(plan, histories, plan.keyResults[row], referenceDate, rollUp.thresholds()));
        const QString owner = keyResult.keyResult.owner.trimmed();
        if (!owner.isEmpty() && !card.owners.contains(owner))
            card.owners.append(owner);
        card.statedConfidence = moreWorried(card.statedConfidence, keyResult.statedConfidence);
        if (keyResult.lastCheckIn.isValid() &&
            (!card.lastCheckIn.isValid() || keyResult.lastCheckIn > card.lastCheckIn))
            card.lastCheckIn = keyResult.lastCheckIn;
        card.keyResults.add(keyResult.status());
        if (keyResult.stalled)
            card.stalledKeyResults.append(keyResult.keyResult.id);
    }
    return card;
}

// An objective with no key results has no pace to be behind: it is shown as "no key results", not off track.
bool hasStatus(const ObjectiveCard &objective, Confidence status)
{
    return (objective.hasKeyResults && objective.paceStatus == status) || objective.statedConfidence == status;
}

bool hasStatus(const KeyResultCard &keyResult, Confidence status)
{
    return keyResult.pace == status || keyResult.statedConfidence == status;
}

// `status`: the row's own; `counts`: its key results'.
Worry worryOf(std::optional<Confidence> status, const StatusCounts &counts, bool missingCheckIn, qsizetype stalled,
              double ahead)
{
    Worry worry;
    worry.ahead = ahead;
    if (status == Confidence::OffTrack || counts.offTrack > 0) {
        worry.rank = Worry::OffTrack;
        worry.count = counts.offTrack;
    } else if (status == Confidence::AtRisk || counts.atRisk > 0) {
        worry.rank = Worry::AtRisk;
        worry.count = counts.atRisk;
    } else if (missingCheckIn) {
        worry.rank = Worry::MissingCheckIn;
    } else if (stalled > 0) {
        worry.rank = Worry::Stalled;
        worry.count = int(stalled);
    }
    return worry;
}

} // namespace

std::optional<Confidence> KeyResultCard::status() const
{
    return StatusWords::shown(pace, statedConfidence);
}

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

bool Filter::selects(Commitment rowCommitment, bool rowAtRisk, bool rowOffTrack, bool rowStalled,
                     bool rowMissingCheckIn) const
{
    if (commitment && rowCommitment != *commitment)
        return false;
    if (!selectsProblems())
        return true;
    return (atRisk && rowAtRisk) || (offTrack && rowOffTrack) || (stalled && rowStalled) ||
           (missingCheckIn && rowMissingCheckIn);
}

bool Filter::matches(const TeamCard &team, const ObjectiveCard &objective) const
{
    return selects(objective.commitment, hasStatus(objective, Confidence::AtRisk),
                   hasStatus(objective, Confidence::OffTrack), objective.stalled(), team.missingCheckIn);
}

bool Filter::matches(const TeamCard &team, const ObjectiveCard &objective, const KeyResultCard &keyResult) const
{
    return selects(objective.commitment, hasStatus(keyResult, Confidence::AtRisk),
                   hasStatus(keyResult, Confidence::OffTrack), keyResult.stalled, team.missingCheckIn);
}

bool operator<(const Worry &left, const Worry &right)
{
    // More key results with the status sort first: compare negated counts.
    return std::make_tuple(left.rank, -left.count, left.ahead) < std::make_tuple(right.rank, -right.count, right.ahead);
}

Worry worry(const TeamCard &team)
{
    // A team whose objectives nothing measures has no pace to be behind, as an objective shown "no key results".
    const std::optional<Confidence> pace = team.keyResults.total() > 0 ? std::optional(team.paceStatus) : std::nullopt;
    return worryOf(moreWorried(pace, team.statedConfidence), team.keyResults, team.missingCheckIn,
                   team.stalledKeyResults.size(), team.progress - team.expectedProgress);
}

Worry worry(const ObjectiveCard &objective)
{
    const std::optional<Confidence> pace = objective.hasKeyResults ? std::optional(objective.paceStatus) : std::nullopt;
    return worryOf(moreWorried(pace, objective.statedConfidence), objective.keyResults, false,
                   objective.stalledKeyResults.size(), objective.progress - objective.expectedProgress);
}

Worry worry(const KeyResultCard &keyResult)
{
    StatusCounts own;
    own.add(keyResult.status());
    return worryOf(keyResult.status(), own, false, keyResult.stalled ? 1 : 0,
                   keyResult.progress - keyResult.expectedProgress);
}

} // namespace ProgressBoard
