#pragma once

#include "model/Confidence.h"
#include "model/CyclePlan.h"
#include "scoring/PaceThresholds.h"

#include <QDate>
#include <QHash>

// Objective, team and cycle progress over one cycle: an objective is the weighted mean of its key results and
// of the objectives aligned to it. Computed once on construction from a plan whose index is current
// (CyclePlan::rebuildIndex); rebuild it after the plan changes.
// Paces are read on `day` (none: only progress is meaningful). The progress expected by then rolls up with the
// same weights as progress, each key result on its own clock (Scoring::expectedProgress), so a key result added
// late is paced from its day, and one waiting for its first check-in expects what it has: it cannot pull its
// objective, team or cycle down (shared/domain.md, late key results).
class ProgressRollUp {
public:
    // `thresholds`: where a gap to the expected progress stops being on track, then at risk (the user's choice).
    explicit ProgressRollUp(const CyclePlan &plan, QDate day = {}, const PaceThresholds &thresholds = {});

    // The thresholds its paces are read with: what the paces of single key results beside it are read with too.
    const PaceThresholds &thresholds() const { return m_thresholds; }

    double objective(Id objectiveId) const;         // 0 when it has no contributors
    bool hasContributors(Id objectiveId) const;     // false: shown as "no key results"
    double objectiveExpected(Id objectiveId) const; // the progress due by the day
    Confidence objectivePace(Id objectiveId) const;
    // Mean of the team's own top level: its objectives not aligned to another objective of the same team.
    double team(Id teamId) const; // 0 when none
    double teamExpected(Id teamId) const;
    Confidence teamPace(Id teamId) const;
    double cycle() const; // mean of the top-level objectives; 0 when none
    double cycleExpected() const;
    Confidence cyclePace() const;

private:
    struct Rolled {
        double progress = 0.0;
        double expected = 0.0;
        bool hasContributors = false;
    };
    Confidence paceOf(const Rolled &rolled) const;

    QHash<Id, Rolled> m_objectives;
    QHash<Id, Rolled> m_teams;
    Rolled m_cycle;
    PaceThresholds m_thresholds;
};
