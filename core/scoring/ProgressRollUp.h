#pragma once

#include "CyclePlan.h"

#include <QHash>

// Objective, team and cycle progress over one cycle: an objective is the weighted mean of its key results and
// of the objectives aligned to it. Computed once on construction; rebuild it after the plan changes.
class ProgressRollUp {
public:
    explicit ProgressRollUp(const CyclePlan &plan);

    double objective(Id objectiveId) const;        // 0 when it has no contributors
    bool hasContributors(Id objectiveId) const;    // false: shown as "no key results"
    double team(Id teamId) const;                  // mean of the team's objectives; 0 when none
    double cycle() const;                          // mean of the top-level objectives; 0 when none

private:
    double compute(const CyclePlan &plan, qsizetype objectiveRow, QList<qsizetype> &path);

    QHash<Id, double> m_objectiveProgress;
    QHash<Id, bool> m_hasContributors;
    QHash<Id, double> m_teamProgress;
    double m_cycleProgress = 0.0;
};
