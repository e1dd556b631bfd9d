#pragma once

#include "charts/ChartSeries.h"
#include "model/Commitment.h"
#include "model/Confidence.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"
#include "scoring/ProgressRollUp.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The manager's progress board for one cycle: a card per team with its objectives, and the filters over them.
// Computed from the domain without widgets, so the filters can be tested.
namespace ProgressBoard {

// Key results counted by their one status (StatusWords::shown of pace and stated confidence).
struct StatusCounts {
    int onTrack = 0;
    int atRisk = 0;
    int offTrack = 0;
    int awaitingCheckIn = 0; // neither a pace nor a stated confidence: "no check-in yet"

    void add(std::optional<Confidence> status);
    StatusCounts &operator+=(const StatusCounts &other);
    int total() const { return onTrack + atRisk + offTrack + awaitingCheckIn; }
};

// A key result as the board shows it below its objective: its value, pace, what its team said last and how.
struct KeyResultCard {
    KeyResult keyResult;
    double progress = 0.0;          // Scoring::progress
    double expectedProgress = 0.0;  // Scoring::expectedProgress of the key result: from the day it was added
    std::optional<Confidence> pace; // none while it awaits its first check-in
    std::optional<Confidence> statedConfidence; // in its latest check-in; none before any
    QDate lastCheckIn;                          // null before any
    QString lastComment;                        // its latest check-in's comment
    bool stalled = false;                       // Scoring::isStalled
    std::optional<Confidence> status() const;   // StatusWords::shown: the more worried of pace and stated
};

struct ObjectiveCard {
    Id id = NoId;
    Id teamId = NoId;
    QString title;
    Commitment commitment = Commitment::Committed;
    double progress = 0.0;
    bool hasKeyResults = false;    // false: shown as "no key results"
    double expectedProgress = 0.0; // ProgressRollUp::objectiveExpected
    Confidence paceStatus = Confidence::OnTrack;
    // The most worried confidence its own key results' teams stated in their latest check-ins; none before any.
    std::optional<Confidence> statedConfidence;
    QDate lastCheckIn; // the latest check-in of its own key results; null before any
    // Its own key results that did not move over their last 3 check-ins, short of their targets (Scoring::isStalled).
    QList<Id> stalledKeyResults;
    bool stalled() const { return !stalledKeyResults.isEmpty(); }
    StatusCounts keyResults;             // its own key results
    QStringList owners;                  // who owns its own key results, each once, in their order
    QList<KeyResultCard> keyResultCards; // its own key results, in the plan's order
};

struct TeamCard {
    Id id = NoId;
    QString name;
    double progress = 0.0;         // ProgressRollUp::team
    double expectedProgress = 0.0; // ProgressRollUp::teamExpected
    Confidence paceStatus = Confidence::OnTrack;
    QDate lastCheckIn; // the latest check-in of any of the team's key results in the cycle
    bool missingCheckIn = false;
    // The most worried confidence the team stated in the latest check-ins of its key results; none before any.
    std::optional<Confidence> statedConfidence;
    StatusCounts keyResults; // over all its objectives
    QList<Id> stalledKeyResults;
    QList<ObjectiveCard> objectives; // in the plan's order
};

// The check-in week a team must have checked in for by `referenceDate`: the latest of the cycle's check-in weeks
// that ended before the reference date's week began (last ISO week while the cycle runs, the cycle's final week
// once it is over). None while no week of the cycle is over.
std::optional<IsoWeek> dueCheckInWeek(const Cycle &cycle, QDate referenceDate);

// A card per team with objectives in the plan, in the plan's team order. A team misses its check-in when it has
// key results in the cycle and none of them was checked in for the due week or later. Paces are the roll-up's:
// build it for the same reference date.
QList<TeamCard> build(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                      QDate referenceDate);

// What the board shows. The problems (at risk, off track, stalled, missing check-in) widen the selection: an
// objective with any selected problem matches. The commitment narrows it. No problem selected: every objective
// of the chosen commitment.
struct Filter {
    bool atRisk = false;   // at risk by pace or by the team's stated confidence
    bool offTrack = false; // off track by pace or by the team's stated confidence
    bool stalled = false;
    bool missingCheckIn = false; // the objective's team missed its check-in
    std::optional<Commitment> commitment;

    bool selectsProblems() const { return atRisk || offTrack || stalled || missingCheckIn; }
    bool isEmpty() const { return !selectsProblems() && !commitment; }
    bool matches(const TeamCard &team, const ObjectiveCard &objective) const;
    // A key result by its own status and stalling, its team's check-in and its objective's commitment.
    bool matches(const TeamCard &team, const ObjectiveCard &objective, const KeyResultCard &keyResult) const;
    // A row of `rowCommitment` with the problems said.
    bool selects(Commitment rowCommitment, bool rowAtRisk, bool rowOffTrack, bool rowStalled,
                 bool rowMissingCheckIn) const;
};

// How worried a manager should be about a row of the board, for its "most worried first" order: off track, at
// risk, a missing check-in, stalled, then the rest; within each, the more key results with that status first,
// then the furthest behind the expected progress. Smaller sorts first.
struct Worry {
    enum Rank { OffTrack, AtRisk, MissingCheckIn, Stalled, Other };
    Rank rank = Other;
    int count = 0;      // key results with the rank's status (a key result's own row: 1)
    double ahead = 0.0; // progress less expected: the furthest behind is the most negative

    friend bool operator<(const Worry &left, const Worry &right);
};
// A team by its pace (when its own key results measure it), stated confidence, own key results and check-in.
Worry worry(const TeamCard &team);
// An objective by its pace (when something measures it), stated confidence and own key results.
Worry worry(const ObjectiveCard &objective);
Worry worry(const KeyResultCard &keyResult);

} // namespace ProgressBoard
