#include "model/Organisation.h"

#include <algorithm>

Organisation::Organisation(const QList<Team> &teams)
{
    m_parents.reserve(teams.size());
    for (const Team &team : teams) {
        m_parents.insert(team.id, team.parentId);
        m_children[team.parentId].append(team.id);
    }
}

bool Organisation::contains(Id teamId) const
{
    return m_parents.contains(teamId);
}

bool Organisation::isCompany(Id teamId) const
{
    const auto parent = m_parents.constFind(teamId);
    return parent != m_parents.constEnd() && *parent == NoId;
}

Id Organisation::company() const
{
    return m_children.value(NoId).value(0, NoId);
}

QList<Id> Organisation::childrenOf(Id teamId) const
{
    return m_children.value(teamId);
}

QList<Id> Organisation::ancestors(Id teamId) const
{
    QList<Id> above;
    // Bounded by the number of teams, so a cycle in a damaged document cannot hang the walk.
    for (auto parent = m_parents.constFind(m_parents.value(teamId, NoId));
         parent != m_parents.constEnd() && above.size() < m_parents.size(); parent = m_parents.constFind(*parent))
        above.append(parent.key());
    return above;
}

bool Organisation::isBelow(Id teamId, Id aboveTeamId) const
{
    return aboveTeamId != NoId && ancestors(teamId).contains(aboveTeamId);
}

bool Organisation::isWithin(Id teamId, Id scopeTeamId) const
{
    return contains(teamId) && (teamId == scopeTeamId || isBelow(teamId, scopeTeamId));
}

int Organisation::depth(Id teamId) const
{
    return int(ancestors(teamId).size());
}

QList<Id> Organisation::depthFirst(Id rootTeamId) const
{
    QList<Id> pending =
        rootTeamId == NoId ? childrenOf(NoId) : (contains(rootTeamId) ? QList{rootTeamId} : QList<Id>());
    std::reverse(pending.begin(), pending.end()); // a stack: the next team is at the back
    QList<Id> ordered;
    while (!pending.isEmpty()) {
        const Id teamId = pending.takeLast();
        ordered.append(teamId);
        const QList<Id> below = childrenOf(teamId);
        std::copy(below.crbegin(), below.crend(), std::back_inserter(pending));
    }
    return ordered;
}
