#pragma once

#include "coach/CoachTypes.h"

#include <QStringList>

#include <optional>

class Coach;
struct CyclePlan;
struct Objective;
struct Team;

// The checks over sets: key results per objective, objectives per team and for the company, alignment and
// duplicate key results. Guidance from the product: 2-5 key results, 1-3 objectives a team, at most 5 company
// objectives.
class PlanChecks {
public:
    static constexpr int MinKeyResults = 2;
    static constexpr int MaxKeyResults = 5;
    static constexpr int MaxTeamObjectives = 3;
    static constexpr int MaxCompanyObjectives = 5;

    explicit PlanChecks(const Coach &coach);

    QList<CoachFlag> keyResultSet(const QStringList &keyResultTexts) const;
    QList<PlanFinding> plan(const CyclePlan &plan) const;
    // The part of plan() about one objective (its key results' count and duplicates, its alignment), and about one
    // team (its count of objectives): a view asks only for the rows it shows.
    QList<PlanFinding> objectiveInPlan(const CyclePlan &plan, const Objective &objective) const;
    std::optional<PlanFinding> teamInPlan(const CyclePlan &plan, const Team &team) const;
    // Of an objective's findings, the flags its own row shows (all but the duplicates) and those a key result's row
    // shows (the duplicates naming it).
    static QList<CoachFlag> objectiveFlags(const QList<PlanFinding> &findings);
    static QList<CoachFlag> keyResultFlags(const QList<PlanFinding> &findings, Id keyResultId);

private:
    // Objectives of the teams at the top of the organisation (the company).
    static qsizetype companyObjectives(const CyclePlan &plan);
    // Indexes of the texts that repeat an earlier one.
    QList<qsizetype> duplicates(const QStringList &texts) const;

    const Coach &m_coach;
};
