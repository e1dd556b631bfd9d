#include "support/catch.h"

#include "sample/CheckInSimulator.h"

namespace {

KeyResult maintained(KeyResultKind kind, double start, double threshold)
{
    KeyResult keyResult;
    keyResult.kind = kind;
    keyResult.start = start;
    keyResult.target = threshold;
    keyResult.unit = MeasureUnit::Percent;
    return keyResult;
}

} // namespace

TEST_CASE("Simulated values should stay inside what the measure can take", "[core][sample]")
{
    const KeyResult uptime = maintained(KeyResultKind::KeepAbove, 99.95, 99.9);
    const KeyResult errorRate = maintained(KeyResultKind::KeepBelow, 0.4, 0.5);
    KeyResult incidents = maintained(KeyResultKind::Decrease, 4, 0);
    incidents.unit = MeasureUnit::Number;

    for (quint32 seed = 1; seed <= 200; ++seed) {
        CheckInSimulator simulator(seed);
        const SimulatedPace pace = simulator.drawPace(13);
        for (const double value : simulator.weeklyValues(uptime, pace, 13, 13)) {
            CHECK(value <= 100.0);
            CHECK(value >= 99.0); // still near its threshold
        }
        for (const double value : simulator.weeklyValues(errorRate, pace, 13, 13)) {
            CHECK(value >= 0.0);
            CHECK(value <= 1.5);
        }
        for (const double value : simulator.weeklyValues(incidents, pace, 13, 13))
            CHECK(value >= 0.0);
    }
}
