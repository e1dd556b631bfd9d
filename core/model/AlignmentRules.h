#pragma once

#include "model/CyclePlan.h"

// Where an objective of a cycle may go in the organisation: which objective it may be aligned to and which teams
// may own it. A team contributes to a higher team's objective, so an objective's parent belongs to a team above
// its own. Reads the plan it is given; build one where it is needed, it costs nothing.
class AlignmentRules {
public:
    explicit AlignmentRules(const CyclePlan &plan);

    // True when `objectiveId` may be aligned to `parentObjectiveId` (NoId: to nothing): the parent belongs to a
    // higher team of the same cycle and is not the objective itself or one aligned below it.
    bool canAlign(Id objectiveId, Id parentObjectiveId) const;
    // The teams `objectiveId` may belong to with its alignment kept, in the plan's order: below the team of the
    // objective it is aligned to, above the teams of the objectives aligned to it; in an annual cycle, a company
    // (a root team). Its own team is always one of them.
    QList<Id> teamsFor(Id objectiveId) const;

private:
    const CyclePlan &m_plan;
};
