#pragma once

#include "coach/CoachTypes.h"

#include <QList>
#include <QMap>
#include <QStringList>

class Coach;
struct CyclePlan;
struct KeyResult;
struct Objective;
struct Team;

// The coach's review of a whole cycle, or of one team and the teams under it: every objective and key result with
// its verdict and flags, team by team, and the counts that sum it up (`quarterdeck lint --document`). Each set check
// goes where it belongs: a team's count of objectives to the team, a duplicate to its key result, the rest to the
// objective; the window's CoachFlagCache gives a row the same flags. Points into the plan it was made from, which
// must outlive it.
class CycleReview {
public:
    struct KeyResultItem {
        const KeyResult *keyResult = nullptr;
        KeyResultReview review;
    };
    struct ObjectiveItem {
        const Objective *objective = nullptr;
        ObjectiveReview review;
        QList<KeyResultItem> keyResults;
    };
    struct TeamItem {
        const Team *team = nullptr;
        QList<CoachFlag> flags; // too many objectives for the guidance
        QList<ObjectiveItem> objectives;
    };

    // `scopeTeamId` NoId: every team.
    CycleReview(const Coach &coach, const CyclePlan &plan, Id scopeTeamId);

    // The teams in scope that have objectives in the cycle, in the organisation's order.
    const QList<TeamItem> &teams() const { return m_teams; }

    int objectiveCount() const { return m_objectiveCount; }
    int keyResultCount() const { return m_keyResultCount; }
    int flaggedObjectiveCount() const { return m_flaggedObjectiveCount; }
    int flaggedKeyResultCount() const { return m_flaggedKeyResultCount; }
    // How often each flag code was raised, on teams, objectives and key results alike.
    const QMap<QString, int> &flagCounts() const { return m_flagCounts; }
    // Objectives nothing measures: no key results of their own and no objective aligned to them.
    int unmeasuredObjectiveCount() const { return m_unmeasuredObjectiveCount; }
    // The names of the teams with more objectives than the guidance allows.
    const QStringList &teamsOverGuidance() const { return m_teamsOverGuidance; }
    // True when the coach flagged nothing at all, notes included.
    bool isClean() const { return m_flagCounts.isEmpty(); }

private:
    void count(const QList<CoachFlag> &flags);

    QList<TeamItem> m_teams;
    int m_objectiveCount = 0;
    int m_keyResultCount = 0;
    int m_flaggedObjectiveCount = 0;
    int m_flaggedKeyResultCount = 0;
    QMap<QString, int> m_flagCounts;
    int m_unmeasuredObjectiveCount = 0;
    QStringList m_teamsOverGuidance;
};
