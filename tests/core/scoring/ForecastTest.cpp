#include "support/catch.h"

#include "scoring/Scoring.h"

#include <limits>

namespace {

KeyResult keyResult(KeyResultKind kind, double start, double target)
{
    KeyResult result;
    result.kind = kind;
    result.start = start;
    result.target = target;
    return result;
}

const QDate firstWeek(2026, 7, 1);

QDate week(int index)
{
    return firstWeek.addDays(7 * index);
}

} // namespace

TEST_CASE("A forecast should need check-ins on at least two distinct dates", "[core][scoring]")
{
    const KeyResult signUps = keyResult(KeyResultKind::Increase, 0, 100);
    const QDate cycleEnd = week(13);
    CHECK_FALSE(Scoring::forecast(signUps, {}, cycleEnd).has_value());
    CHECK_FALSE(Scoring::forecast(signUps, {{week(0), 10}}, cycleEnd).has_value());
    CHECK_FALSE(Scoring::forecast(signUps, {{week(1), 10}, {week(1), 30}}, cycleEnd).has_value());
    CHECK_FALSE(Scoring::forecast(signUps, {{week(1), 10}, {week(1), 30}, {week(1), 20}}, cycleEnd).has_value());
}

TEST_CASE("A forecast should extend a perfect line to the cycle end", "[core][scoring]")
{
    const QList<Scoring::ValuePoint> history{{week(0), 0}, {week(1), 10}, {week(2), 20}};

    const auto reached = Scoring::forecast(keyResult(KeyResultKind::Increase, 0, 100), history, week(13));
    REQUIRE(reached.has_value());
    CHECK(reached->projectedValue == Approx(130));
    CHECK(reached->projectedProgress == 1.0);

    const auto halfway = Scoring::forecast(keyResult(KeyResultKind::Increase, 0, 200), history, week(10));
    REQUIRE(halfway.has_value());
    CHECK(halfway->projectedValue == Approx(100));
    CHECK(halfway->projectedProgress == Approx(0.5));
}

TEST_CASE("A forecast should project a decreasing key result downwards", "[core][scoring]")
{
    const KeyResult churn = keyResult(KeyResultKind::Decrease, 14, 10);
    const QList<Scoring::ValuePoint> history{{week(0), 14}, {week(1), 13.5}, {week(2), 13}};
    const auto projected = Scoring::forecast(churn, history, week(6));
    REQUIRE(projected.has_value());
    CHECK(projected->projectedValue == Approx(11));
    CHECK(projected->projectedProgress == Approx(0.75));
}

TEST_CASE("A forecast should fit the least-squares line through scattered check-ins", "[core][scoring]")
{
    // Days 0, 1, 2 with values 1, 3, 2: slope 0.5 through the mean (1, 2).
    const KeyResult score = keyResult(KeyResultKind::Increase, 0, 10);
    const QList<Scoring::ValuePoint> history{{firstWeek, 1}, {firstWeek.addDays(1), 3}, {firstWeek.addDays(2), 2}};
    const auto projected = Scoring::forecast(score, history, firstWeek.addDays(4));
    REQUIRE(projected.has_value());
    CHECK(projected->projectedValue == Approx(3.5));
    CHECK(projected->projectedProgress == Approx(0.35));
}

TEST_CASE("A forecast should not depend on the order of the check-ins", "[core][scoring]")
{
    const KeyResult signUps = keyResult(KeyResultKind::Increase, 0, 100);
    const auto inOrder = Scoring::forecast(signUps, {{week(0), 5}, {week(1), 12}, {week(2), 16}}, week(12));
    const auto shuffled = Scoring::forecast(signUps, {{week(2), 16}, {week(0), 5}, {week(1), 12}}, week(12));
    REQUIRE(inOrder.has_value());
    REQUIRE(shuffled.has_value());
    CHECK(shuffled->projectedValue == Approx(inOrder->projectedValue));
}

TEST_CASE("A forecast should use both values checked in on a shared date", "[core][scoring]")
{
    // Two values on day 0 average to 10; the line runs through (0, 10) and (7, 17) exactly.
    const KeyResult signUps = keyResult(KeyResultKind::Increase, 0, 100);
    const auto projected = Scoring::forecast(signUps, {{week(0), 8}, {week(0), 12}, {week(1), 17}}, week(2));
    REQUIRE(projected.has_value());
    CHECK(projected->projectedValue == Approx(24));
}

TEST_CASE("A forecast should leave out check-ins without a date or a finite value", "[core][scoring]")
{
    const KeyResult signUps = keyResult(KeyResultKind::Increase, 0, 100);
    const QList<Scoring::ValuePoint> history{
        {QDate(), 99}, {week(0), 0}, {week(1), std::numeric_limits<double>::quiet_NaN()}, {week(2), 20}};
    const auto projected = Scoring::forecast(signUps, history, week(4));
    REQUIRE(projected.has_value());
    CHECK(projected->projectedValue == Approx(40));

    CHECK_FALSE(Scoring::forecast(signUps, {{week(0), 0}, {week(1), 10}}, QDate()).has_value());
}
