#pragma once

#include "model/CheckIn.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/KeyResult.h"

#include <QList>
#include <QRandomGenerator>

// How one simulated key result moves through a cycle.
struct SimulatedPace {
    double speed = 1.0;     // 1.0 reaches the target exactly at the cycle end
    int stallAfterWeek = 0; // 0: never stalls; else the value stops changing after this week
};

// Plausible weekly check-in values for sample documents (the demo company, generated organisations): each key
// result moves toward its target at its own pace with some noise; some run ahead, some behind, some stall.
// Deterministic for a given seed.
class CheckInSimulator {
public:
    explicit CheckInSimulator(quint32 seed);

    QRandomGenerator &random() { return m_random; }

    SimulatedPace drawPace(int totalWeeks);

    // The values of weeks 1..weeks of a cycle that has totalWeeks, oldest first.
    QList<double> weeklyValues(const KeyResult &keyResult, const SimulatedPace &pace, int weeks, int totalWeeks);

    // A team's check-in for `week` of `cycle` with the updates of its key results: values[row][weekIndex] is
    // key result `row`'s value that week. Plans and notes are left to the caller.
    CheckIn checkInWithUpdates(const Cycle &cycle, Id teamId, IsoWeek week, qsizetype weekIndex,
                               const QList<KeyResult> &keyResults, const QList<QList<double>> &values);

    // What a team states: mostly its pace status, sometimes a level more optimistic.
    Confidence statedConfidence(const KeyResult &keyResult, double value, double expectedProgress);

    // A value rounded the way people report it for this unit and range.
    static double reported(const KeyResult &keyResult, double value);

private:
    double noise(double amplitude);

    QRandomGenerator m_random;
};
