#pragma once

#include "model/CyclePlan.h"

#include <QHash>

// Objective, team and cycle progress over one cycle: an objective is the weighted mean of its key results and
// of the objectives aligned to it. Computed once on construction from a plan whose index is current
// (CyclePlan::rebuildIndex); rebuild it after the plan changes.
class ProgressRollUp {
public:
    explicit ProgressRollUp(const CyclePlan &plan);

    double objective(Id objectiveId) const;     // 0 when it has no contributors
    bool hasContributors(Id objectiveId) const; // false: shown as "no key results"
    // Mean of the team's own top level: its objectives not aligned to another objective of the same team.
    double team(Id teamId) const; // 0 when none
    double cycle() const;         // mean of the top-level objectives; 0 when none

private:
    struct ObjectiveProgress {
        double progress = 0.0;
        bool hasContributors = false;
    };

    QHash<Id, ObjectiveProgress> m_objectives;
    QHash<Id, double> m_teamProgress;
    double m_cycleProgress = 0.0;
};
