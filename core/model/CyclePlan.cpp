#include "model/CyclePlan.h"

namespace {

template <typename Item> QHash<Id, qsizetype> indexById(const QList<Item> &items)
{
    QHash<Id, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype row = 0; row < items.size(); ++row)
        index.insert(items[row].id, row);
    return index;
}

template <typename Item> const Item *lookup(const QList<Item> &items, const QHash<Id, qsizetype> &index, Id id)
{
    const auto found = index.constFind(id);
    return found == index.constEnd() ? nullptr : &items[*found];
}

const QList<qsizetype> &childrenOrEmpty(const QHash<Id, QList<qsizetype>> &children, Id parent)
{
    static const QList<qsizetype> none;
    const auto found = children.constFind(parent);
    return found == children.constEnd() ? none : *found;
}

} // namespace

void CyclePlan::rebuildIndex()
{
    m_organisation = Organisation(teams);
    m_teamIndex = indexById(teams);
    m_objectiveIndex = indexById(objectives);
    m_keyResultIndex = indexById(keyResults);
    m_initiativeIndex = indexById(initiatives);

    m_alignedObjectives.clear();
    m_objectivesOfTeam.clear();
    m_topLevelObjectives.clear();
    for (qsizetype row = 0; row < objectives.size(); ++row) {
        const Objective &objective = objectives[row];
        m_objectivesOfTeam[objective.teamId].append(row);
        // An objective aligned to one outside this cycle (an annual objective) is top-level here.
        if (objective.parentId != NoId && m_objectiveIndex.contains(objective.parentId))
            m_alignedObjectives[objective.parentId].append(row);
        else
            m_topLevelObjectives.append(row);
    }
    m_keyResultsOfObjective.clear();
    for (qsizetype row = 0; row < keyResults.size(); ++row)
        m_keyResultsOfObjective[keyResults[row].objectiveId].append(row);
    m_initiativesOfKeyResult.clear();
    for (qsizetype row = 0; row < initiatives.size(); ++row)
        m_initiativesOfKeyResult[initiatives[row].keyResultId].append(row);
}

const Team *CyclePlan::team(Id id) const
{
    return lookup(teams, m_teamIndex, id);
}
const Objective *CyclePlan::objective(Id id) const
{
    return lookup(objectives, m_objectiveIndex, id);
}
const KeyResult *CyclePlan::keyResult(Id id) const
{
    return lookup(keyResults, m_keyResultIndex, id);
}
const Initiative *CyclePlan::initiative(Id id) const
{
    return lookup(initiatives, m_initiativeIndex, id);
}

const QList<qsizetype> &CyclePlan::alignedObjectives(Id parentObjectiveId) const
{
    return childrenOrEmpty(m_alignedObjectives, parentObjectiveId);
}

const QList<qsizetype> &CyclePlan::keyResultsOf(Id objectiveId) const
{
    return childrenOrEmpty(m_keyResultsOfObjective, objectiveId);
}

const QList<qsizetype> &CyclePlan::initiativesOf(Id keyResultId) const
{
    return childrenOrEmpty(m_initiativesOfKeyResult, keyResultId);
}

const QList<qsizetype> &CyclePlan::objectivesOfTeam(Id teamId) const
{
    return childrenOrEmpty(m_objectivesOfTeam, teamId);
}

const QList<qsizetype> &CyclePlan::topLevelObjectives() const
{
    return m_topLevelObjectives;
}
