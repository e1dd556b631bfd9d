#include "support/catch.h"

#include "scoring/Scoring.h"

#include <limits>

namespace {

Cycle quarter()
{
    Cycle cycle;
    cycle.start = QDate(2026, 7, 1);
    cycle.end = QDate(2026, 9, 30); // 91 days after the start
    return cycle;
}

Cycle oneDay(QDate day)
{
    Cycle cycle;
    cycle.start = day;
    cycle.end = day;
    return cycle;
}

} // namespace

TEST_CASE("Expected progress should be the share of the cycle elapsed, in days", "[core][scoring]")
{
    CHECK(Scoring::expectedProgress(quarter(), QDate(2026, 7, 1)) == 0.0);
    CHECK(Scoring::expectedProgress(quarter(), QDate(2026, 8, 15)) == Approx(45.0 / 91.0));
    CHECK(Scoring::expectedProgress(quarter(), QDate(2026, 9, 30)) == 1.0);
}

TEST_CASE("Expected progress should be 0 before the cycle starts and 1 after it ends", "[core][scoring]")
{
    CHECK(Scoring::expectedProgress(quarter(), QDate(2026, 6, 30)) == 0.0);
    CHECK(Scoring::expectedProgress(quarter(), QDate(2025, 1, 1)) == 0.0);
    CHECK(Scoring::expectedProgress(quarter(), QDate(2026, 10, 1)) == 1.0);
    CHECK(Scoring::expectedProgress(quarter(), QDate(2027, 3, 1)) == 1.0);
}

TEST_CASE("A one-day cycle should expect nothing before its day and everything from it on", "[core][scoring]")
{
    const Cycle cycle = oneDay(QDate(2026, 7, 1));
    CHECK(Scoring::expectedProgress(cycle, QDate(2026, 6, 30)) == 0.0);
    CHECK(Scoring::expectedProgress(cycle, QDate(2026, 7, 1)) == 1.0);
    CHECK(Scoring::expectedProgress(cycle, QDate(2026, 7, 2)) == 1.0);
}

TEST_CASE("Expected progress should be 0 when a date is missing", "[core][scoring]")
{
    CHECK(Scoring::expectedProgress(quarter(), QDate()) == 0.0);
    CHECK(Scoring::expectedProgress(Cycle{}, QDate(2026, 8, 1)) == 0.0);
}

TEST_CASE("Pace should be on track up to a gap of exactly 0.15", "[core][scoring]")
{
    CHECK(Scoring::paceStatus(0.15, 0.0) == Confidence::OnTrack);
    CHECK(Scoring::paceStatus(0.65, 0.5) == Confidence::OnTrack); // 0.15000000000000002 in doubles
    CHECK(Scoring::paceStatus(1.0, 0.85) == Confidence::OnTrack);
    CHECK(Scoring::paceStatus(0.5, 0.5) == Confidence::OnTrack);
    CHECK(Scoring::paceStatus(0.2, 0.9) == Confidence::OnTrack); // ahead of pace
}

TEST_CASE("Pace should be at risk past a gap of 0.15 up to exactly 0.33", "[core][scoring]")
{
    CHECK(Scoring::paceStatus(0.651, 0.5) == Confidence::AtRisk);
    CHECK(Scoring::paceStatus(0.33, 0.0) == Confidence::AtRisk);
    CHECK(Scoring::paceStatus(0.83, 0.5) == Confidence::AtRisk);
    CHECK(Scoring::paceStatus(0.9, 0.57) == Confidence::AtRisk); // 0.33000000000000007 in doubles
}

TEST_CASE("Pace should be off track past a gap of 0.33", "[core][scoring]")
{
    CHECK(Scoring::paceStatus(0.831, 0.5) == Confidence::OffTrack);
    CHECK(Scoring::paceStatus(1.0, 0.0) == Confidence::OffTrack);
}

TEST_CASE("Pace should treat non-finite numbers as no progress", "[core][scoring]")
{
    const double notANumber = std::numeric_limits<double>::quiet_NaN();
    CHECK(Scoring::paceStatus(0.1, notANumber) == Confidence::OnTrack);
    CHECK(Scoring::paceStatus(0.9, notANumber) == Confidence::OffTrack);
    CHECK(Scoring::paceStatus(notANumber, 0.0) == Confidence::OnTrack);
}

TEST_CASE("Off track should be more worrying than at risk, and at risk more than on track", "[core][scoring]")
{
    CHECK(Scoring::moreWorried(Confidence::OnTrack, Confidence::AtRisk) == Confidence::AtRisk);
    CHECK(Scoring::moreWorried(Confidence::OffTrack, Confidence::AtRisk) == Confidence::OffTrack);
    CHECK(Scoring::moreWorried(Confidence::AtRisk, Confidence::OffTrack) == Confidence::OffTrack);
    CHECK(Scoring::moreWorried(Confidence::OnTrack, Confidence::OnTrack) == Confidence::OnTrack);
}

TEST_CASE("A key result added during the cycle should be paced from the day it was added", "[core][scoring]")
{
    KeyResult late;
    late.start = 0;
    late.target = 100;
    late.addedOn = QDate(2026, 9, 1); // 29 days before the end
    CHECK(Scoring::expectedProgress(quarter(), late, QDate(2026, 8, 15)) == 0.0);
    CHECK(Scoring::expectedProgress(quarter(), late, QDate(2026, 9, 15)) == Approx(14.0 / 29.0));
    CHECK(Scoring::expectedProgress(quarter(), late, QDate(2026, 9, 30)) == 1.0);

    KeyResult planned = late;
    planned.addedOn = QDate(2026, 6, 20); // while the quarter was planned: its start counts
    CHECK(Scoring::expectedProgress(quarter(), planned, QDate(2026, 9, 15)) ==
          Scoring::expectedProgress(quarter(), QDate(2026, 9, 15)));
    planned.addedOn = {};
    CHECK(Scoring::expectedProgress(quarter(), planned, QDate(2026, 9, 15)) ==
          Scoring::expectedProgress(quarter(), QDate(2026, 9, 15)));
}

TEST_CASE("A key result added during the cycle should have no pace until its first check-in", "[core][scoring]")
{
    KeyResult late;
    late.start = 0;
    late.target = 100;
    late.addedOn = QDate(2026, 9, 1);
    CHECK(Scoring::awaitsFirstCheckIn(quarter(), late));
    CHECK_FALSE(Scoring::keyResultPace(quarter(), late, QDate(2026, 9, 29)).has_value());

    late.current = 10; // its first check-in, far behind its own schedule
    CHECK_FALSE(Scoring::awaitsFirstCheckIn(quarter(), late));
    CHECK(Scoring::keyResultPace(quarter(), late, QDate(2026, 9, 29)) == Confidence::OffTrack);

    // One planned with the cycle and never checked in is behind, not waiting.
    KeyResult planned;
    planned.start = 0;
    planned.target = 100;
    planned.addedOn = QDate(2026, 7, 1);
    CHECK_FALSE(Scoring::awaitsFirstCheckIn(quarter(), planned));
    CHECK(Scoring::keyResultPace(quarter(), planned, QDate(2026, 9, 1)) == Confidence::OffTrack);
}

TEST_CASE("Pace status should follow the thresholds it is given, the domain's by default",
          "[core][scoring][preferences]")
{
    // A gap of 0.2: at risk by the domain's thresholds.
    CHECK(Scoring::paceStatus(0.5, 0.3) == Confidence::AtRisk);
    CHECK(Scoring::paceStatus(0.5, 0.3, PaceThresholds{}) == Confidence::AtRisk);
    CHECK(Scoring::paceStatus(0.5, 0.3, PaceThresholds{0.25, 0.4}) == Confidence::OnTrack);
    CHECK(Scoring::paceStatus(0.5, 0.3, PaceThresholds{0.1, 0.15}) == Confidence::OffTrack);
    CHECK(Scoring::paceStatus(0.5, 0.3, PaceThresholds{0.2, 0.2}) == Confidence::OnTrack); // up to, inclusive

    CHECK(PaceThresholds{}.isValid());
    CHECK_FALSE(PaceThresholds{0.4, 0.2}.isValid());
    CHECK_FALSE(PaceThresholds{-0.1, 0.2}.isValid());
}
