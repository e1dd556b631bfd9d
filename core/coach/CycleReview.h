#pragma once

#include "coach/CoachTypes.h"

#include <QList>
#include <QMap>
#include <QStringList>

class Coach;
class ReviewMemo;
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
    // The counts that sum up a team's own objectives, or those of every team in the review: plain values, so a board
    // or a report keeps them after the plan is gone.
    struct Tally {
        int objectives = 0;
        int keyResults = 0;
        int flaggedObjectives = 0;
        int flaggedKeyResults = 0;
        // How often each flag code was raised, on teams, objectives and key results alike.
        QMap<QString, int> flagCounts;
        // Objectives nothing measures: no key results of their own and no objective aligned to them.
        int unmeasuredObjectives = 0;
        int teamsOverGuidance = 0; // a team's own: 1 when it has more objectives than the guidance allows

        // The share of the key results the coach flagged, 0 without key results.
        double flaggedKeyResultShare() const;
        // True when the coach flagged nothing at all, notes included.
        bool isClean() const { return flagCounts.isEmpty(); }
        void add(const Tally &other);
    };

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
        Tally tally; // of its own objectives
    };

    // `scopeTeamId` NoId: every team. With a `memo` of the last review of the same plan, only the objectives that
    // changed since are reviewed again (the memo then holds this review's, for the next).
    CycleReview(const Coach &coach, const CyclePlan &plan, Id scopeTeamId, ReviewMemo *memo = nullptr);

    // The teams in scope that have objectives in the cycle, in the organisation's order.
    const QList<TeamItem> &teams() const { return m_teams; }

    // The whole review's counts: every team's tally added up.
    const Tally &tally() const { return m_tally; }
    int objectiveCount() const { return m_tally.objectives; }
    int keyResultCount() const { return m_tally.keyResults; }
    int flaggedObjectiveCount() const { return m_tally.flaggedObjectives; }
    int flaggedKeyResultCount() const { return m_tally.flaggedKeyResults; }
    const QMap<QString, int> &flagCounts() const { return m_tally.flagCounts; }
    int unmeasuredObjectiveCount() const { return m_tally.unmeasuredObjectives; }
    // The names of the teams with more objectives than the guidance allows.
    const QStringList &teamsOverGuidance() const { return m_teamsOverGuidance; }
    bool isClean() const { return m_tally.isClean(); }

private:
    QList<TeamItem> m_teams;
    Tally m_tally;
    QStringList m_teamsOverGuidance;
};
