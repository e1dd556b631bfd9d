#pragma once

#include "model/Commitment.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/KeyResult.h"
#include "scoring/PaceThresholds.h"

#include <QDate>
#include <QList>

#include <optional>

// The product's rules (shared/domain.md, Math) as pure functions.
namespace Scoring {

// clamp((value - start) / (target - start), 0, 1); maintain kinds: 1 while the threshold holds, else 0.
double progressAt(const KeyResult &keyResult, double value);
double progress(const KeyResult &keyResult); // at the current value, or at start when none yet

// The share of the cycle elapsed on `day`, clamped to 0..1.
double expectedProgress(const Cycle &cycle, QDate day);

// A key result's share due on `day`: the same clock, started on the later of the day it was added and the
// cycle's start (shared/domain.md, late key results).
double expectedProgress(const Cycle &cycle, const KeyResult &keyResult, QDate day);

// From the gap expected - progress: up to thresholds.onTrack (0.15) on track, up to thresholds.atRisk (0.33) at
// risk, else off track.
Confidence paceStatus(double expectedProgress, double progress, const PaceThresholds &thresholds = {});

// A key result added after its cycle started and not checked in since: its status is "no check-in yet".
bool awaitsFirstCheckIn(const Cycle &cycle, const KeyResult &keyResult);
// The pace status of one key result on `day`; none while it awaits its first check-in.
std::optional<Confidence> keyResultPace(const Cycle &cycle, const KeyResult &keyResult, QDate day,
                                        const PaceThresholds &thresholds = {});

// Off track is the most worried, then at risk: the order a manager reads them in.
Confidence moreWorried(Confidence first, Confidence second);

// A key result's value on a day; read from a check-in, with the confidence its team stated then.
struct ValuePoint {
    ValuePoint() = default;
    // Most points are drawn, not read: {date, value} says none was stated.
    ValuePoint(QDate day, double valueThen, std::optional<Confidence> statedThen = std::nullopt)
        : date(day)
        , value(valueThen)
        , stated(statedThen)
    {
    }

    QDate date;
    double value = 0.0;
    std::optional<Confidence> stated; // none for a point not from a check-in
};

struct Forecast {
    double projectedValue = 0.0;
    double projectedProgress = 0.0;
};

// Least-squares line through the check-in values, projected to the cycle end; needs at least 2 distinct dates.
std::optional<Forecast> forecast(const KeyResult &keyResult, const QList<ValuePoint> &history, QDate cycleEnd);

// True when the last 3 check-in values (oldest first) are all the same.
bool isStalled(const QList<double> &values);
// A key result is stalled when it is short of its target (current value) and its last 3 weekly values
// (`history`, oldest first) are the same. Reaching the target and staying there is done, not stalled.
bool isStalled(const KeyResult &keyResult, const QList<ValuePoint> &history);

enum class GradeColour { Green, Yellow, Red };
GradeColour gradeColour(double grade, Commitment commitment);

// The grade a review proposes from progress: rounded to one decimal.
double proposedGrade(double progress);

} // namespace Scoring
