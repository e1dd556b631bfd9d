#include "model/CyclePlan.h"

#include <algorithm>

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

// True when `read` is `held` again in the same place of the tree: only its fields may differ.
bool samePlace(const Objective &held, const Objective &read)
{
    return held.cycleId == read.cycleId && held.teamId == read.teamId && held.parentId == read.parentId &&
           held.position == read.position;
}
bool samePlace(const KeyResult &held, const KeyResult &read)
{
    return held.objectiveId == read.objectiveId && held.position == read.position;
}
bool samePlace(const Initiative &held, const Initiative &read)
{
    return held.keyResultId == read.keyResultId && held.position == read.position;
}

template <typename Item>
bool holdsInPlace(const QList<Item> &items, const QHash<Id, qsizetype> &index, const QList<Item> &read)
{
    return std::all_of(read.cbegin(), read.cend(), [&](const Item &item) {
        const auto found = index.constFind(item.id);
        return found != index.constEnd() && samePlace(items[*found], item);
    });
}

template <typename Item>
void replaceInPlace(QList<Item> &items, const QHash<Id, qsizetype> &index, const QList<Item> &read)
{
    for (const Item &item : read)
        items[index.value(item.id)] = item;
}

} // namespace

bool CyclePlan::replaceTeamItems(Id teamId, const CyclePlan &read)
{
    qsizetype keyResultCount = 0;
    qsizetype initiativeCount = 0;
    for (const qsizetype row : objectivesOfTeam(teamId)) {
        for (const qsizetype keyResultRow : keyResultsOf(objectives[row].id)) {
            ++keyResultCount;
            initiativeCount += initiativesOf(keyResults[keyResultRow].id).size();
        }
    }
    // Every item read is held in its place and as many are held as read: the same items.
    if (objectivesOfTeam(teamId).size() != read.objectives.size() || keyResultCount != read.keyResults.size() ||
        initiativeCount != read.initiatives.size() || !holdsInPlace(objectives, m_objectiveIndex, read.objectives) ||
        !holdsInPlace(keyResults, m_keyResultIndex, read.keyResults) ||
        !holdsInPlace(initiatives, m_initiativeIndex, read.initiatives))
        return false;
    replaceInPlace(objectives, m_objectiveIndex, read.objectives);
    replaceInPlace(keyResults, m_keyResultIndex, read.keyResults);
    replaceInPlace(initiatives, m_initiativeIndex, read.initiatives);
    for (const KeyResult &keyResult : read.keyResults) {
        if (const auto latest = read.latestCheckIns.constFind(keyResult.id); latest != read.latestCheckIns.cend())
            latestCheckIns.insert(keyResult.id, *latest);
        else
            latestCheckIns.remove(keyResult.id);
    }
    return true;
}

Id CyclePlan::teamOfObjective(Id objectiveId) const
{
    const Objective *held = objective(objectiveId);
    return held ? held->teamId : NoId;
}

Id CyclePlan::teamOfKeyResult(Id keyResultId) const
{
    const KeyResult *held = keyResult(keyResultId);
    return held ? teamOfObjective(held->objectiveId) : NoId;
}

Id CyclePlan::teamOfInitiative(Id initiativeId) const
{
    const Initiative *held = initiative(initiativeId);
    return held ? teamOfKeyResult(held->keyResultId) : NoId;
}

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
