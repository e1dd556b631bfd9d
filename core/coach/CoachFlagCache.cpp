#include "coach/CoachFlagCache.h"

CoachFlagCache::CoachFlagCache(const CyclePlan &plan)
    : m_plan(plan)
{
}

void CoachFlagCache::clear()
{
    m_objectiveFlags.clear();
    m_keyResultFlags.clear();
    m_planFindings.reset();
}

const CoachFlagCache::PlanFindings &CoachFlagCache::planFindings() const
{
    if (m_planFindings)
        return *m_planFindings;
    // The set checks run over the whole plan once; each finding goes to the rows it is about.
    PlanFindings &findings = m_planFindings.emplace();
    for (const PlanFinding &finding : m_coach.reviewPlan(m_plan)) {
        if (finding.flag.code == QLatin1String(CoachCode::DuplicateKeyResult)) {
            for (const Id keyResultId : finding.keyResultIds)
                findings.keyResults[keyResultId].append(finding.flag);
        } else if (finding.objectiveId != NoId) {
            findings.objectives[finding.objectiveId].append(finding.flag);
        } else {
            for (const qsizetype row : m_plan.objectivesOfTeam(finding.teamId))
                findings.objectives[m_plan.objectives[row].id].append(finding.flag);
        }
    }
    return findings;
}

QList<CoachFlag> CoachFlagCache::objectiveFlags(Id objectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return {};
    auto flags = m_objectiveFlags.constFind(objectiveId);
    if (flags == m_objectiveFlags.constEnd())
        flags = m_objectiveFlags.insert(objectiveId, m_coach.reviewObjective(objective->title).flags +
                                                         planFindings().objectives.value(objectiveId));
    return *flags;
}

QList<CoachFlag> CoachFlagCache::keyResultFlags(Id keyResultId) const
{
    const KeyResult *keyResult = m_plan.keyResult(keyResultId);
    if (!keyResult)
        return {};
    auto flags = m_keyResultFlags.constFind(keyResultId);
    if (flags == m_keyResultFlags.constEnd()) {
        KeyResultContext context;
        context.current = keyResult->current;
        context.start = keyResult->start;
        flags = m_keyResultFlags.insert(keyResultId, m_coach.reviewKeyResult(keyResult->title, context).flags +
                                                         planFindings().keyResults.value(keyResultId));
    }
    return *flags;
}
