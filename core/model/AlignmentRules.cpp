#include "model/AlignmentRules.h"

#include <QSet>

#include <optional>

AlignmentRules::AlignmentRules(const CyclePlan &plan)
    : m_plan(plan)
{
}

bool AlignmentRules::canAlign(Id objectiveId, Id parentObjectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return false;
    if (parentObjectiveId == NoId)
        return true;
    // Not below itself: walk up from the new parent.
    for (const Objective *above = m_plan.objective(parentObjectiveId); above;
         above = m_plan.objective(above->parentId)) {
        if (above->id == objectiveId)
            return false;
    }
    // The parent's team is above the objective's team.
    return m_plan.organisation().isBelow(objective->teamId, m_plan.objective(parentObjectiveId)->teamId);
}

QList<Id> AlignmentRules::teamsFor(Id objectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return {};
    const Organisation &organisation = m_plan.organisation();
    // The objectives aligned to it stay aligned: its team must be above each of theirs. Collected once as the teams
    // above all of them, so a company objective with hundreds aligned costs a pass over those, not one per team.
    std::optional<QSet<Id>> aboveAligned;
    for (const qsizetype row : m_plan.alignedObjectives(objectiveId)) {
        const QList<Id> ancestors = organisation.ancestors(m_plan.objectives[row].teamId);
        QSet<Id> above(ancestors.cbegin(), ancestors.cend());
        if (aboveAligned)
            aboveAligned->intersect(above);
        else
            aboveAligned = std::move(above);
    }
    // It stays aligned too: below its parent's team. A parent outside the cycle (an annual company objective) is
    // above every team.
    const Objective *parent = m_plan.objective(objective->parentId);
    QList<Id> teams;
    for (const Team &team : m_plan.teams) {
        const bool fits = (!m_plan.cycle.annual || organisation.isCompany(team.id)) && // annual: company objectives
                          (!parent || organisation.isBelow(team.id, parent->teamId)) &&
                          (!aboveAligned || aboveAligned->contains(team.id));
        if (fits || team.id == objective->teamId)
            teams.append(team.id);
    }
    return teams;
}
