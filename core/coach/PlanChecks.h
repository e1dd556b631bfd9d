#pragma once

#include "coach/CoachTypes.h"

#include <QStringList>

class Coach;
struct CyclePlan;

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

private:
    // Indexes of the texts that repeat an earlier one.
    QList<qsizetype> duplicates(const QStringList &texts) const;

    const Coach &m_coach;
};
