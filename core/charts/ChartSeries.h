#pragma once

#include "model/CyclePlan.h"
#include "model/GradedObjective.h"
#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Each key result's check-in values, oldest first, by key result id: PlanQueries::keyResultHistoriesOfCycle.
using KeyResultHistories = QHash<Id, QList<Scoring::ValuePoint>>;

// The points the charts draw, computed from the domain without Qt Charts, so they can be tested.
// Dates are the x axis; values are in the key result's unit, progress and pace are shares 0..1.
namespace ChartSeries {

// The value a key result had on `day`: its latest check-in up to then (`history` oldest first); none before the
// first.
std::optional<double> valueOn(const QList<Scoring::ValuePoint> &history, QDate day);
// The confidence its team stated last in the check-ins of `history` dated from `since` (excluded; a null date
// for the beginning) up to `day`; none when no check-in of those days stated one.
std::optional<Confidence> statedOn(const QList<Scoring::ValuePoint> &history, QDate day, QDate since = {});

// A key result over its cycle.
struct KeyResultSeries {
    QList<Scoring::ValuePoint> values;       // its check-ins inside the cycle, oldest first
    QList<Scoring::ValuePoint> startLine;    // the start value from cycle start to cycle end
    QList<Scoring::ValuePoint> targetLine;   // the target (the threshold of a maintain kind) likewise
    QList<Scoring::ValuePoint> expectedPace; // start at cycle start to target at cycle end; empty for maintain kinds
    QList<Scoring::ValuePoint> forecast;     // the latest check-in to the projected value at the cycle end; empty
                                             // without a forecast (Scoring::forecast) or when the cycle is over
};
KeyResultSeries keyResult(const KeyResult &keyResult, const QList<Scoring::ValuePoint> &history, const Cycle &cycle);

// An objective's progress week by week against the expected pace.
struct BurnUp {
    // At the cycle start (every key result at its start value), then on the Friday of each check-in week that has
    // begun by the reference date; each week with every key result at its latest value up to then, rolled up
    // like ProgressRollUp (its own key results and the objectives aligned to it, weighted).
    QList<Scoring::ValuePoint> progress;
    QList<Scoring::ValuePoint> expectedPace; // 0 at the cycle start to 1 at its end
};
BurnUp objectiveBurnUp(const CyclePlan &plan, const KeyResultHistories &histories, Id objectiveId, QDate referenceDate);
// The key results whose histories objectiveBurnUp reads: the objective's and those of every objective aligned below.
QList<Id> burnUpKeyResults(const CyclePlan &plan, Id objectiveId);

struct TeamProgress {
    Id teamId = NoId;
    QString teamName;
    double progress = 0.0; // ProgressRollUp::team
    Confidence paceStatus = Confidence::OnTrack;
};
// Every team with objectives in the plan, in the plan's team order (parents first).
QList<TeamProgress> teamProgress(const CyclePlan &plan, const ProgressRollUp &rollUp);
// The `count` teams with the least progress, least first (ties keep their order): what a chart too small for
// every team shows.
QList<TeamProgress> furthestBehind(QList<TeamProgress> teams, qsizetype count);

struct StatusCounts {
    int onTrack = 0;
    int atRisk = 0;
    int offTrack = 0;
    int total() const { return onTrack + atRisk + offTrack; }
};
// The pace status of every objective with key results (objectives shown as "no key results" are not counted).
StatusCounts statusDistribution(const CyclePlan &plan, const ProgressRollUp &rollUp);

struct TeamGrades {
    Id teamId = NoId;
    QString teamName;
    QList<std::optional<double>> grades; // one per cycle passed in, in that order; none when nothing was graded
};
// Per team and cycle the mean grade of the team's graded objectives. Teams without any grade in those cycles are
// left out; the others keep the order of `teams`.
QList<TeamGrades> gradesPerTeam(const QList<Team> &teams, const QList<Cycle> &cycles,
                                const QList<GradedObjective> &gradedObjectives);
// The `count` teams with the lowest mean grade over the cycles they were graded in, lowest first (ties keep
// their order): what a chart too small for every team shows.
QList<TeamGrades> lowestGraded(QList<TeamGrades> teams, qsizetype count);

} // namespace ChartSeries
