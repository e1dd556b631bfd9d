#include "scoring/Scoring.h"

#include <algorithm>
#include <cmath>

namespace Scoring {

namespace {

constexpr double aspirationalGreen = 0.7;
constexpr double aspirationalYellow = 0.4;
constexpr double committedGreen = 1.0;
constexpr double committedYellow = 0.7;
constexpr qsizetype stalledWindow = 3;

// Thresholds are published as decimals that doubles cannot hold exactly: 0.65 - 0.5 is 0.15000000000000002
// and 0.1 * 7 is 0.7000000000000001. A value within this slack of a threshold counts as being on it.
constexpr double thresholdSlack = 1e-9;

bool atMost(double value, double limit)
{
    return value <= limit + thresholdSlack;
}
bool atLeast(double value, double limit)
{
    return value >= limit - thresholdSlack;
}

// Non-finite numbers only come from bad data; they count as no progress instead of spreading NaN.
double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

double distanceCovered(const KeyResult &keyResult, double value)
{
    const double start = keyResult.start;
    const double target = keyResult.target;
    if (!std::isfinite(start))
        return 0.0;
    // No distance to cover: done once the value is at or past the target in the key result's direction.
    if (start == target) {
        const bool reached = keyResult.kind == KeyResultKind::Decrease ? value <= target : value >= target;
        return reached ? 1.0 : 0.0;
    }
    const double share = (value - start) / (target - start);
    // Finite inputs so far apart that both differences overflow give inf / inf.
    return std::isnan(share) ? 0.0 : std::clamp(share, 0.0, 1.0);
}

} // namespace

double progressAt(const KeyResult &keyResult, double value)
{
    if (!std::isfinite(value) || !std::isfinite(keyResult.target))
        return 0.0;
    if (keyResult.kind == KeyResultKind::KeepAbove)
        return value >= keyResult.target ? 1.0 : 0.0;
    if (keyResult.kind == KeyResultKind::KeepBelow)
        return value <= keyResult.target ? 1.0 : 0.0;
    return distanceCovered(keyResult, value);
}

double progress(const KeyResult &keyResult)
{
    return progressAt(keyResult, keyResult.currentOrStart());
}

double expectedProgress(const Cycle &cycle, QDate day)
{
    if (!cycle.start.isValid() || !cycle.end.isValid() || !day.isValid())
        return 0.0;
    const qint64 elapsed = cycle.start.daysTo(day);
    const qint64 length = cycle.start.daysTo(cycle.end);
    // A one-day cycle (or one whose end was entered before its start) is all due on its first day.
    if (length <= 0)
        return elapsed < 0 ? 0.0 : 1.0;
    return std::clamp(double(elapsed) / double(length), 0.0, 1.0);
}

double expectedProgress(const Cycle &cycle, const KeyResult &keyResult, QDate day)
{
    Cycle pacedFrom = cycle;
    if (keyResult.addedOn.isValid() && keyResult.addedOn > cycle.start)
        pacedFrom.start = keyResult.addedOn;
    return expectedProgress(pacedFrom, day);
}

bool awaitsFirstCheckIn(const Cycle &cycle, const KeyResult &keyResult)
{
    return !keyResult.current && keyResult.addedOn.isValid() && keyResult.addedOn > cycle.start;
}

std::optional<Confidence> keyResultPace(const Cycle &cycle, const KeyResult &keyResult, QDate day,
                                        const PaceThresholds &thresholds)
{
    if (awaitsFirstCheckIn(cycle, keyResult))
        return std::nullopt;
    return paceStatus(expectedProgress(cycle, keyResult, day), progress(keyResult), thresholds);
}

Confidence paceStatus(double expectedProgress, double progress, const PaceThresholds &thresholds)
{
    const double gap = finiteOrZero(expectedProgress) - finiteOrZero(progress);
    if (atMost(gap, thresholds.onTrack))
        return Confidence::OnTrack;
    if (atMost(gap, thresholds.atRisk))
        return Confidence::AtRisk;
    return Confidence::OffTrack;
}

Confidence moreWorried(Confidence first, Confidence second)
{
    const auto worry = [](Confidence confidence) {
        switch (confidence) {
        case Confidence::OnTrack:
            return 0;
        case Confidence::AtRisk:
            return 1;
        case Confidence::OffTrack:
            return 2;
        }
        return 0;
    };
    return worry(second) > worry(first) ? second : first;
}

std::optional<Forecast> forecast(const KeyResult &keyResult, const QList<ValuePoint> &history, QDate cycleEnd)
{
    const auto usable = [](const ValuePoint &point) { return point.date.isValid() && std::isfinite(point.value); };
    const auto first = std::find_if(history.cbegin(), history.cend(), usable);
    if (first == history.cend() || !cycleEnd.isValid())
        return std::nullopt;

    // Days are counted from the first usable point: the fitted line does not depend on the origin, and small
    // numbers keep the sums precise.
    const QDate origin = first->date;
    double count = 0.0;
    double sumDays = 0.0;
    double sumValues = 0.0;
    for (const ValuePoint &point : history) {
        if (!usable(point))
            continue;
        count += 1.0;
        sumDays += double(origin.daysTo(point.date));
        sumValues += point.value;
    }
    const double meanDay = sumDays / count;
    const double meanValue = sumValues / count;
    double spreadOfDays = 0.0;
    double spreadTogether = 0.0;
    for (const ValuePoint &point : history) {
        if (!usable(point))
            continue;
        const double dayOffset = double(origin.daysTo(point.date)) - meanDay;
        spreadOfDays += dayOffset * dayOffset;
        spreadTogether += dayOffset * (point.value - meanValue);
    }
    // Fewer than two distinct dates: no trend over time to project. The days are whole numbers, so the spread
    // is exactly zero then.
    if (spreadOfDays == 0.0)
        return std::nullopt;

    const double slope = spreadTogether / spreadOfDays;
    const double projectedValue = meanValue + slope * (double(origin.daysTo(cycleEnd)) - meanDay);
    if (!std::isfinite(projectedValue))
        return std::nullopt;
    return Forecast{projectedValue, progressAt(keyResult, projectedValue)};
}

bool isStalled(const QList<double> &values)
{
    if (values.size() < stalledWindow)
        return false;
    const double latest = values.last();
    return std::all_of(values.cend() - stalledWindow, values.cend(),
                       [latest](double value) { return value == latest; });
}

bool isStalled(const KeyResult &keyResult, const QList<ValuePoint> &history)
{
    QList<double> values;
    values.reserve(history.size());
    for (const ValuePoint &point : history)
        values.append(point.value);
    return progress(keyResult) < 1.0 && isStalled(values);
}

GradeColour gradeColour(double grade, Commitment commitment)
{
    const bool aspirational = commitment == Commitment::Aspirational;
    if (atLeast(grade, aspirational ? aspirationalGreen : committedGreen))
        return GradeColour::Green;
    if (atLeast(grade, aspirational ? aspirationalYellow : committedYellow))
        return GradeColour::Yellow;
    return GradeColour::Red;
}

double proposedGrade(double progress)
{
    return std::round(std::clamp(finiteOrZero(progress), 0.0, 1.0) * 10.0) / 10.0;
}

} // namespace Scoring
