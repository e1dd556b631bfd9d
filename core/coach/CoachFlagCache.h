#pragma once

#include "coach/Coach.h"
#include "model/CyclePlan.h"

#include <QHash>

#include <optional>

// What the coach says about each objective and key result of one plan: its own text's flags and the plan's set
// checks that concern it. Computed when a row is first asked for and kept until clear(), so on a thousand teams
// only what is looked at costs anything. Reads the plan it was given; clear() it whenever that plan changes.
class CoachFlagCache {
public:
    explicit CoachFlagCache(const CyclePlan &plan);

    QList<CoachFlag> objectiveFlags(Id objectiveId) const;
    QList<CoachFlag> keyResultFlags(Id keyResultId) const;
    void clear();

private:
    // The set checks' findings, by the rows they are about.
    struct PlanFindings {
        QHash<Id, QList<CoachFlag>> objectives;
        QHash<Id, QList<CoachFlag>> keyResults;
    };
    const PlanFindings &planFindings() const;

    const CyclePlan &m_plan;
    Coach m_coach;
    mutable QHash<Id, QList<CoachFlag>> m_objectiveFlags;
    mutable QHash<Id, QList<CoachFlag>> m_keyResultFlags;
    mutable std::optional<PlanFindings> m_planFindings;
};
