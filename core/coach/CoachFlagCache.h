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
    // The set checks' findings about the objective, its key results and its team.
    const QList<PlanFinding> &planFindingsOf(const Objective &objective) const;
    // Made on first use: reading the lexicon is no part of drawing an empty window.
    const Coach &coach() const;

    const CyclePlan &m_plan;
    mutable std::optional<Coach> m_coach;
    mutable QHash<Id, QList<CoachFlag>> m_objectiveFlags;
    mutable QHash<Id, QList<CoachFlag>> m_keyResultFlags;
    mutable QHash<Id, QList<PlanFinding>> m_planFindings; // by objective
};
