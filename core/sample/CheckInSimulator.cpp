#include "sample/CheckInSimulator.h"

#include "scoring/Scoring.h"

#include <algorithm>
#include <cmath>
#include <limits>

CheckInSimulator::CheckInSimulator(quint32 seed)
    : m_random(seed)
{
}

SimulatedPace CheckInSimulator::drawPace(int totalWeeks)
{
    SimulatedPace pace;
    pace.speed = 0.35 + m_random.bounded(0.95); // from well behind to ahead of plan
    if (m_random.bounded(8) == 0)
        pace.stallAfterWeek = std::max(2, totalWeeks / 2 + static_cast<int>(m_random.bounded(3)) - 1);
    return pace;
}

double CheckInSimulator::noise(double amplitude)
{
    return (m_random.generateDouble() - 0.5) * 2.0 * amplitude;
}

namespace {

struct ValueRange {
    double lowest = -std::numeric_limits<double>::infinity();
    double highest = std::numeric_limits<double>::infinity();
};

// Where a simulated value may go: a measure that starts and ends at or above zero never drops below it (no negative
// error rates), and a share kept above a threshold under 100 % never exceeds 100 % (no 106 % uptime).
ValueRange simulatedRange(const KeyResult &keyResult)
{
    ValueRange range;
    if (keyResult.start >= 0.0 && keyResult.target >= 0.0)
        range.lowest = 0.0;
    if (keyResult.kind == KeyResultKind::KeepAbove && keyResult.unit == MeasureUnit::Percent &&
        keyResult.target < 100.0)
        range.highest = 100.0;
    return range;
}

} // namespace

QList<double> CheckInSimulator::weeklyValues(const KeyResult &keyResult, const SimulatedPace &pace, int weeks,
                                             int totalWeeks)
{
    QList<double> values;
    values.reserve(weeks);
    const bool maintain = keyResult.kind == KeyResultKind::KeepAbove || keyResult.kind == KeyResultKind::KeepBelow;
    const double span = keyResult.target - keyResult.start;
    const ValueRange range = simulatedRange(keyResult);
    for (int week = 1; week <= weeks; ++week) {
        if (pace.stallAfterWeek > 0 && week > pace.stallAfterWeek && !values.isEmpty()) {
            values.append(values.last());
            continue;
        }
        double value;
        if (maintain) {
            // Hovers around the threshold, mostly on the right side of it, as far as the measure has room there.
            const bool above = keyResult.kind == KeyResultKind::KeepAbove;
            const double room = above ? range.highest - keyResult.target : keyResult.target - range.lowest;
            const double margin = std::min(std::max(std::abs(keyResult.target) * 0.08, 0.5), room);
            const double side = above ? 1.0 : -1.0;
            value = keyResult.target + side * margin * (0.6 + noise(0.8)) * (pace.speed > 0.6 ? 1.0 : -0.5);
        } else {
            const double planned = static_cast<double>(week) / totalWeeks * pace.speed;
            value = keyResult.start + span * std::clamp(planned + noise(0.04), -0.05, 1.15);
        }
        values.append(reported(keyResult, std::clamp(value, range.lowest, range.highest)));
    }
    return values;
}

CheckIn CheckInSimulator::checkInWithUpdates(const Cycle &cycle, Id teamId, IsoWeek week, qsizetype weekIndex,
                                             const QList<KeyResult> &keyResults, const QList<QList<double>> &values)
{
    CheckIn checkIn;
    checkIn.teamId = teamId;
    checkIn.week = week;
    const double expected = Scoring::expectedProgress(cycle, week.friday());
    for (qsizetype row = 0; row < keyResults.size(); ++row) {
        KeyResultUpdate update;
        update.keyResultId = keyResults.at(row).id;
        update.value = values.at(row).at(weekIndex);
        update.confidence = statedConfidence(keyResults.at(row), update.value, expected);
        checkIn.updates.append(update);
    }
    return checkIn;
}

Confidence CheckInSimulator::statedConfidence(const KeyResult &keyResult, double value, double expectedProgress)
{
    const Confidence pace = Scoring::paceStatus(expectedProgress, Scoring::progressAt(keyResult, value));
    if (pace != Confidence::OnTrack && m_random.bounded(5) == 0)
        return pace == Confidence::OffTrack ? Confidence::AtRisk : Confidence::OnTrack; // teams hope
    return pace;
}

double CheckInSimulator::reported(const KeyResult &keyResult, double value)
{
    const double range = std::max(std::abs(keyResult.target - keyResult.start), std::abs(keyResult.target));
    const bool fractional = keyResult.unit == MeasureUnit::Percent || keyResult.unit == MeasureUnit::Rating ||
                            keyResult.unit == MeasureUnit::Time || range < 20.0;
    return fractional ? std::round(value * 10.0) / 10.0 : std::round(value);
}
