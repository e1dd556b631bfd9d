#include "coach/CycleReview.h"

#include "coach/Coach.h"
#include "coach/PlanChecks.h"
#include "coach/ReviewMemo.h"
#include "model/CyclePlan.h"

namespace {

void count(QMap<QString, int> &counts, const QList<CoachFlag> &flags)
{
    for (const CoachFlag &flag : flags)
        ++counts[flag.code];
}

} // namespace

double CycleReview::Tally::flaggedKeyResultShare() const
{
    return keyResults > 0 ? double(flaggedKeyResults) / keyResults : 0.0;
}

void CycleReview::Tally::add(const Tally &other)
{
    objectives += other.objectives;
    keyResults += other.keyResults;
    flaggedObjectives += other.flaggedObjectives;
    flaggedKeyResults += other.flaggedKeyResults;
    for (auto code = other.flagCounts.cbegin(); code != other.flagCounts.cend(); ++code)
        flagCounts[code.key()] += code.value();
    unmeasuredObjectives += other.unmeasuredObjectives;
    teamsOverGuidance += other.teamsOverGuidance;
}

CycleReview::CycleReview(const Coach &coach, const CyclePlan &plan, Id scopeTeamId, ReviewMemo *memo)
{
    if (memo)
        memo->startReview();
    const PlanChecks checks(coach);
    for (const Id teamId : plan.organisation().depthFirst(scopeTeamId)) {
        const Team *team = plan.team(teamId);
        const QList<qsizetype> &objectiveRows = plan.objectivesOfTeam(teamId);
        if (!team || objectiveRows.isEmpty())
            continue;
        TeamItem teamItem{team, {}, {}, {}};
        Tally &tally = teamItem.tally;
        if (std::optional<PlanFinding> finding = checks.teamInPlan(plan, *team)) {
            teamItem.flags.append(finding->flag);
            m_teamsOverGuidance.append(team->name);
            tally.teamsOverGuidance = 1;
        }
        count(tally.flagCounts, teamItem.flags);
        for (const qsizetype objectiveRow : objectiveRows) {
            const Objective &objective = plan.objectives.at(objectiveRow);
            const QList<qsizetype> &keyResultRows = plan.keyResultsOf(objective.id);
            const auto review = [&] {
                ReviewMemo::Reviews made{coach.reviewObjective(objective.title), {}};
                const QList<PlanFinding> findings = checks.objectiveInPlan(plan, objective);
                made.objective.flags.append(PlanChecks::objectiveFlags(findings));
                for (const qsizetype keyResultRow : keyResultRows) {
                    const KeyResult &keyResult = plan.keyResults.at(keyResultRow);
                    KeyResultReview keyResultReview =
                        coach.reviewKeyResult(keyResult.title, KeyResultContext::of(keyResult));
                    keyResultReview.flags.append(PlanChecks::keyResultFlags(findings, keyResult.id));
                    made.keyResults.append(std::move(keyResultReview));
                }
                return made;
            };
            ReviewMemo::Reviews reviews = memo ? memo->reviewed(plan, objective, review) : review();
            ObjectiveItem objectiveItem{&objective, std::move(reviews.objective), {}};
            for (qsizetype index = 0; index < keyResultRows.size(); ++index) {
                KeyResultItem keyResultItem{&plan.keyResults.at(keyResultRows.at(index)),
                                            std::move(reviews.keyResults[index])};
                ++tally.keyResults;
                tally.flaggedKeyResults += keyResultItem.review.flags.isEmpty() ? 0 : 1;
                count(tally.flagCounts, keyResultItem.review.flags);
                objectiveItem.keyResults.append(std::move(keyResultItem));
            }
            ++tally.objectives;
            tally.flaggedObjectives += objectiveItem.review.flags.isEmpty() ? 0 : 1;
            if (objectiveItem.keyResults.isEmpty() && plan.alignedObjectives(objective.id).isEmpty())
                ++tally.unmeasuredObjectives;
            count(tally.flagCounts, objectiveItem.review.flags);
            teamItem.objectives.append(std::move(objectiveItem));
        }
        m_tally.add(tally);
        m_teams.append(std::move(teamItem));
    }
}
