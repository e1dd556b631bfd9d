#include "coach/CycleReview.h"

#include "coach/Coach.h"
#include "coach/PlanChecks.h"
#include "model/CyclePlan.h"

CycleReview::CycleReview(const Coach &coach, const CyclePlan &plan, Id scopeTeamId)
{
    const PlanChecks checks(coach);
    for (const Id teamId : plan.organisation().depthFirst(scopeTeamId)) {
        const Team *team = plan.team(teamId);
        const QList<qsizetype> &objectiveRows = plan.objectivesOfTeam(teamId);
        if (!team || objectiveRows.isEmpty())
            continue;
        TeamItem teamItem{team, {}, {}};
        if (std::optional<PlanFinding> finding = checks.teamInPlan(plan, *team)) {
            teamItem.flags.append(finding->flag);
            m_teamsOverGuidance.append(team->name);
        }
        count(teamItem.flags);
        for (const qsizetype objectiveRow : objectiveRows) {
            const Objective &objective = plan.objectives.at(objectiveRow);
            ObjectiveItem objectiveItem{&objective, coach.reviewObjective(objective.title), {}};
            const QList<PlanFinding> findings = checks.objectiveInPlan(plan, objective);
            objectiveItem.review.flags.append(PlanChecks::objectiveFlags(findings));
            for (const qsizetype keyResultRow : plan.keyResultsOf(objective.id)) {
                const KeyResult &keyResult = plan.keyResults.at(keyResultRow);
                KeyResultItem keyResultItem{&keyResult,
                                            coach.reviewKeyResult(keyResult.title, KeyResultContext::of(keyResult))};
                keyResultItem.review.flags.append(PlanChecks::keyResultFlags(findings, keyResult.id));
                ++m_keyResultCount;
                m_flaggedKeyResultCount += keyResultItem.review.flags.isEmpty() ? 0 : 1;
                count(keyResultItem.review.flags);
                objectiveItem.keyResults.append(std::move(keyResultItem));
            }
            ++m_objectiveCount;
            m_flaggedObjectiveCount += objectiveItem.review.flags.isEmpty() ? 0 : 1;
            if (objectiveItem.keyResults.isEmpty() && plan.alignedObjectives(objective.id).isEmpty())
                ++m_unmeasuredObjectiveCount;
            count(objectiveItem.review.flags);
            teamItem.objectives.append(std::move(objectiveItem));
        }
        m_teams.append(std::move(teamItem));
    }
}

void CycleReview::count(const QList<CoachFlag> &flags)
{
    for (const CoachFlag &flag : flags)
        ++m_flagCounts[flag.code];
}
