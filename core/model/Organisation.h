#pragma once

#include "model/Ids.h"
#include "model/Team.h"

#include <QHash>
#include <QList>

// The team tree: the root teams are the company, then departments, then teams. The one place that walks up
// (ancestors, depth, isBelow) or down (depthFirst) the organisation, so every view and rule answers alike.
// Built from the teams in any order; a team whose parent is not among them ends its walk up there.
class Organisation {
public:
    Organisation() = default;
    explicit Organisation(const QList<Team> &teams);

    bool contains(Id teamId) const;
    // A root team: nothing above it. Its objectives are the company's.
    bool isCompany(Id teamId) const;
    // The first root team, NoId when there is none.
    Id company() const;
    // The teams directly below `teamId` (NoId: the root teams), in the order they were given.
    QList<Id> childrenOf(Id teamId) const;
    // The teams strictly above `teamId`, nearest first.
    QList<Id> ancestors(Id teamId) const;
    // True when `teamId` is strictly below `aboveTeamId`.
    bool isBelow(Id teamId, Id aboveTeamId) const;
    // True when `teamId` is `scopeTeamId` or below it: in the scope a team filter or a team's report covers.
    bool isWithin(Id teamId, Id scopeTeamId) const;
    // How many teams are above it: 0 for the company (and for an unknown team).
    int depth(Id teamId) const;
    // `rootTeamId` and every team below it (NoId: all the root teams and theirs), each department followed by its
    // teams, siblings in the order they were given.
    QList<Id> depthFirst(Id rootTeamId = NoId) const;

private:
    QHash<Id, Id> m_parents;         // by team id: the team above it, NoId for a root
    QHash<Id, QList<Id>> m_children; // by team id (NoId: the roots), in the order given
};
