#include "support/catch.h"

#include "scoring/Scoring.h"

#include <cmath>
#include <limits>

namespace {

KeyResult keyResult(KeyResultKind kind, double start, double target, std::optional<double> current = std::nullopt)
{
    KeyResult result;
    result.kind = kind;
    result.start = start;
    result.target = target;
    result.current = current;
    return result;
}

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

} // namespace

TEST_CASE("Progress of an increasing key result should be the share of the distance covered", "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 0, 100, 25)) == Approx(0.25));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 10, 20, 15)) == Approx(0.5));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 10, 20, 10)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 10, 20, 20)) == 1.0);
}

TEST_CASE("Progress of a decreasing key result should count the distance covered", "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 12)) == Approx(0.5));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 13)) == Approx(0.25));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 14)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 10)) == 1.0);
}

TEST_CASE("Progress should stay between 0 and 1 for values past the target or behind the start", "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 0, 100, 180)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 50, 100, 20)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 6)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10, 17)) == 0.0);
}

TEST_CASE("Progress should be measured the same way across negative values", "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, -10, 10, 0)) == Approx(0.5));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, -40, -20, -35)) == Approx(0.25));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, -5, -20, -12.5)) == Approx(0.5));
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, -5, -20, -30)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 5, -5, 0)) == Approx(0.5));
}

TEST_CASE("A key result with no value yet should be measured at its start", "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 20, 80)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 14, 10)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::KeepAbove, 99.9, 99.5)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::KeepBelow, 300, 200)) == 0.0);
}

TEST_CASE("An increasing key result whose start equals its target should be done once at or above the target",
          "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 50, 50, 50)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 50, 50, 51)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 50, 50, 49)) == 0.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Increase, 50, 50)) == 1.0); // no value yet: at start
}

TEST_CASE("A decreasing key result whose start equals its target should be done once at or below the target",
          "[core][scoring]")
{
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 50, 50, 50)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 50, 50, 49)) == 1.0);
    CHECK(Scoring::progress(keyResult(KeyResultKind::Decrease, 50, 50, 51)) == 0.0);
}

TEST_CASE("A key result kept above a threshold should be done exactly while the value holds", "[core][scoring]")
{
    const KeyResult uptime = keyResult(KeyResultKind::KeepAbove, 0, 99.5);
    CHECK(Scoring::progressAt(uptime, 99.5) == 1.0);
    CHECK(Scoring::progressAt(uptime, 100) == 1.0);
    CHECK(Scoring::progressAt(uptime, 99.4) == 0.0);
    CHECK(Scoring::progressAt(keyResult(KeyResultKind::KeepAbove, 0, -10), -5) == 1.0);
}

TEST_CASE("A key result kept below a threshold should be done exactly while the value holds", "[core][scoring]")
{
    const KeyResult latency = keyResult(KeyResultKind::KeepBelow, 0, 200);
    CHECK(Scoring::progressAt(latency, 200) == 1.0);
    CHECK(Scoring::progressAt(latency, 150) == 1.0);
    CHECK(Scoring::progressAt(latency, 201) == 0.0);
    CHECK(Scoring::progressAt(keyResult(KeyResultKind::KeepBelow, 0, -10), -5) == 0.0);
}

TEST_CASE("Progress should be read at the current value, while progressAt reads any value", "[core][scoring]")
{
    const KeyResult signUps = keyResult(KeyResultKind::Increase, 0, 200, 50);
    CHECK(Scoring::progress(signUps) == Approx(0.25));
    CHECK(Scoring::progressAt(signUps, 150) == Approx(0.75));
}

TEST_CASE("Non-finite numbers should count as no progress and never give NaN", "[core][scoring]")
{
    for (const KeyResultKind kind :
         {KeyResultKind::Increase, KeyResultKind::Decrease, KeyResultKind::KeepAbove, KeyResultKind::KeepBelow}) {
        CAPTURE(int(kind));
        for (const double bad : {notANumber, infinity, -infinity}) {
            CAPTURE(bad);
            CHECK(Scoring::progressAt(keyResult(kind, 0, 10), bad) == 0.0);
            CHECK(Scoring::progressAt(keyResult(kind, 0, bad), 5) == 0.0);
        }
    }
    CHECK(Scoring::progressAt(keyResult(KeyResultKind::Increase, notANumber, 10), 5) == 0.0);
    CHECK(Scoring::progressAt(keyResult(KeyResultKind::Decrease, -infinity, 10), 5) == 0.0);

    const double huge = std::numeric_limits<double>::max();
    const double overflowing = Scoring::progressAt(keyResult(KeyResultKind::Increase, -huge, huge), huge);
    CHECK_FALSE(std::isnan(overflowing));
}
