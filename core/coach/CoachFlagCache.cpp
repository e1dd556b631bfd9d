#include "coach/CoachFlagCache.h"

#include "coach/PlanChecks.h"

CoachFlagCache::CoachFlagCache(const CyclePlan &plan)
    : m_plan(plan)
{
}

void CoachFlagCache::clear()
{
    m_objectiveFlags.clear();
    m_keyResultFlags.clear();
    m_planFindings.clear();
}

const Coach &CoachFlagCache::coach() const
{
    if (!m_coach)
        m_coach.emplace();
    return *m_coach;
}

const QList<PlanFinding> &CoachFlagCache::planFindingsOf(const Objective &objective) const
{
    auto findings = m_planFindings.constFind(objective.id);
    if (findings == m_planFindings.constEnd()) {
        // Only this objective's set checks and its team's: the whole plan's would compare every key result of
        // every objective before the first row could be drawn.
        const PlanChecks checks(coach());
        QList<PlanFinding> found = checks.objectiveInPlan(m_plan, objective);
        if (const Team *team = m_plan.team(objective.teamId)) {
            if (std::optional<PlanFinding> teamFinding = checks.teamInPlan(m_plan, *team))
                found.append(std::move(*teamFinding));
        }
        findings = m_planFindings.insert(objective.id, found);
    }
    return *findings;
}

QList<CoachFlag> CoachFlagCache::objectiveFlags(Id objectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return {};
    auto flags = m_objectiveFlags.constFind(objectiveId);
    if (flags == m_objectiveFlags.constEnd()) {
        QList<CoachFlag> found = coach().reviewObjective(objective->title).flags;
        found.append(PlanChecks::objectiveFlags(planFindingsOf(*objective)));
        flags = m_objectiveFlags.insert(objectiveId, found);
    }
    return *flags;
}

QList<CoachFlag> CoachFlagCache::keyResultFlags(Id keyResultId) const
{
    const KeyResult *keyResult = m_plan.keyResult(keyResultId);
    if (!keyResult)
        return {};
    auto flags = m_keyResultFlags.constFind(keyResultId);
    if (flags == m_keyResultFlags.constEnd()) {
        QList<CoachFlag> found = coach().reviewKeyResult(keyResult->title, KeyResultContext::of(*keyResult)).flags;
        if (const Objective *objective = m_plan.objective(keyResult->objectiveId))
            found.append(PlanChecks::keyResultFlags(planFindingsOf(*objective), keyResultId));
        flags = m_keyResultFlags.insert(keyResultId, found);
    }
    return *flags;
}
