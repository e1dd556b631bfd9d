#include "support/catch.h"

#include "cycles/CycleRules.h"
#include "model/Quarter.h"

namespace {

Cycle quarter(const char *day, CycleState state, Id id)
{
    Cycle cycle = Quarter::containing(QDate::fromString(QLatin1String(day), Qt::ISODate));
    cycle.id = id;
    cycle.state = state;
    return cycle;
}

} // namespace

TEST_CASE("The next quarter proposed should follow the latest quarter, skipping annual cycles", "[core][cycles]")
{
    Cycle annual = CycleRules::annualCycle(2027);
    annual.id = 9;
    const QList<Cycle> cycles{quarter("2026-07-01", CycleState::Closed, 1),
                              quarter("2026-10-01", CycleState::Active, 2), annual};
    const Cycle next = CycleRules::proposedNextQuarter(cycles, QDate(2026, 11, 23));
    CHECK(next.name == QStringLiteral("2027 Q1"));
    CHECK(next.start == QDate(2027, 1, 1));
    CHECK(next.end == QDate(2027, 3, 31));
    CHECK(next.state == CycleState::Planning);
    CHECK_FALSE(next.annual);
}

TEST_CASE("A document without quarters should be proposed the quarter around today", "[core][cycles]")
{
    const Cycle proposed = CycleRules::proposedNextQuarter({}, QDate(2026, 11, 23));
    CHECK(proposed.name == QStringLiteral("2026 Q4"));
    CHECK(proposed.start == QDate(2026, 10, 1));
    CHECK(proposed.end == QDate(2026, 12, 31));
}

TEST_CASE("An annual cycle should span the calendar year", "[core][cycles]")
{
    const Cycle year = CycleRules::annualCycle(2027);
    CHECK(year.name == QStringLiteral("2027"));
    CHECK(year.start == QDate(2027, 1, 1));
    CHECK(year.end == QDate(2027, 12, 31));
    CHECK(year.annual);
}

TEST_CASE("A new cycle should be refused when it is incomplete, backwards, a duplicate or overlapping",
          "[core][cycles]")
{
    const QList<Cycle> existing{quarter("2026-10-01", CycleState::Active, 1)};

    Cycle nameless = quarter("2027-01-01", CycleState::Planning, 0);
    nameless.name = QStringLiteral("  ");
    CHECK(CycleRules::problemWithNewCycle(nameless, existing).contains(QStringLiteral("needs a name")));

    Cycle undated = quarter("2027-01-01", CycleState::Planning, 0);
    undated.end = QDate();
    CHECK(CycleRules::problemWithNewCycle(undated, existing).contains(QStringLiteral("start and an end")));

    Cycle backwards = quarter("2027-01-01", CycleState::Planning, 0);
    backwards.end = backwards.start.addDays(-1);
    CHECK(CycleRules::problemWithNewCycle(backwards, existing).contains(QStringLiteral("before it starts")));

    Cycle duplicate = quarter("2027-01-01", CycleState::Planning, 0);
    duplicate.name = QStringLiteral("2026 q4");
    CHECK(CycleRules::problemWithNewCycle(duplicate, existing).contains(QStringLiteral("already a cycle named")));

    Cycle overlapping = quarter("2027-01-01", CycleState::Planning, 0);
    overlapping.name = QStringLiteral("Winter push");
    overlapping.start = QDate(2026, 12, 15);
    CHECK(CycleRules::problemWithNewCycle(overlapping, existing).contains(QStringLiteral("overlaps “2026 Q4”")));
}

TEST_CASE("A new quarter or an annual cycle around existing quarters should be accepted", "[core][cycles]")
{
    const QList<Cycle> existing{quarter("2026-10-01", CycleState::Active, 1)};
    CHECK(CycleRules::problemWithNewCycle(quarter("2027-01-01", CycleState::Planning, 0), existing).isEmpty());
    CHECK(CycleRules::problemWithNewCycle(CycleRules::annualCycle(2026), existing).isEmpty());

    Cycle sprint;
    sprint.name = QStringLiteral("Launch sprint");
    sprint.start = QDate(2027, 4, 1);
    sprint.end = QDate(2027, 5, 15);
    CHECK(CycleRules::problemWithNewCycle(sprint, existing).isEmpty());
}

TEST_CASE("Only one quarter should be active at a time", "[core][cycles]")
{
    const Cycle active = quarter("2026-10-01", CycleState::Active, 1);
    const Cycle next = quarter("2027-01-01", CycleState::Planning, 2);
    const QList<Cycle> cycles{active, next};

    const QString problem = CycleRules::problemWithTransition(next, CycleState::Active, cycles);
    CHECK(problem.contains(QStringLiteral("“2026 Q4” is still the active quarter")));

    Cycle closed = active;
    closed.state = CycleState::Closed;
    CHECK(CycleRules::problemWithTransition(next, CycleState::Active, {closed, next}).isEmpty());
}

TEST_CASE("An annual cycle may be active beside the active quarter", "[core][cycles]")
{
    Cycle year = CycleRules::annualCycle(2026);
    year.id = 3;
    const QList<Cycle> cycles{quarter("2026-10-01", CycleState::Active, 1), year};
    CHECK(CycleRules::problemWithTransition(year, CycleState::Active, cycles).isEmpty());
}

TEST_CASE("Cycles should only move planning to active to closed", "[core][cycles]")
{
    const Cycle planning = quarter("2027-01-01", CycleState::Planning, 1);
    const Cycle active = quarter("2026-10-01", CycleState::Active, 2);
    const Cycle closed = quarter("2026-07-01", CycleState::Closed, 3);
    const QList<Cycle> all{planning, active, closed};

    CHECK(CycleRules::problemWithTransition(active, CycleState::Closed, all).isEmpty());
    CHECK_FALSE(CycleRules::problemWithTransition(planning, CycleState::Closed, all).isEmpty());
    CHECK_FALSE(CycleRules::problemWithTransition(closed, CycleState::Active, all).isEmpty());
    CHECK_FALSE(CycleRules::problemWithTransition(active, CycleState::Planning, all).isEmpty());
    CHECK_FALSE(CycleRules::problemWithTransition(closed, CycleState::Closed, all).isEmpty());
}

TEST_CASE("A closed cycle should refuse check-ins unless they are corrections", "[core][cycles]")
{
    const Cycle closed = quarter("2026-07-01", CycleState::Closed, 1);
    const CycleRules::CheckInVerdict refused = CycleRules::checkInPermission(closed, false);
    CHECK(refused.permission == CycleRules::CheckInPermission::Refused);
    CHECK(refused.reason.contains(QStringLiteral("correction")));

    const CycleRules::CheckInVerdict correction = CycleRules::checkInPermission(closed, true);
    CHECK(correction.permission == CycleRules::CheckInPermission::AllowedAsCorrection);
    CHECK_FALSE(correction.reason.isEmpty());
}

TEST_CASE("The active cycle should take check-ins and a planning cycle none", "[core][cycles]")
{
    const CycleRules::CheckInVerdict active =
        CycleRules::checkInPermission(quarter("2026-10-01", CycleState::Active, 1), false);
    CHECK(active.permission == CycleRules::CheckInPermission::Allowed);
    CHECK(active.reason.isEmpty());
    CHECK(CycleRules::checkInPermission(quarter("2027-01-01", CycleState::Planning, 2), true).permission ==
          CycleRules::CheckInPermission::Refused);
}

TEST_CASE("Closing a cycle early should tell the objectives not graded, the days left and the next cycle",
          "[core][cycles]")
{
    const Cycle closing = quarter("2026-10-01", CycleState::Active, 2);
    Cycle annual = CycleRules::annualCycle(2027);
    annual.id = 9;
    const QList<Cycle> cycles{quarter("2026-07-01", CycleState::Closed, 1), closing,
                              quarter("2027-04-01", CycleState::Planning, 4),
                              quarter("2027-01-01", CycleState::Planning, 3), annual};
    Objective graded;
    graded.cycleId = closing.id;
    graded.grade = 0.7;
    Objective ungraded;
    ungraded.cycleId = closing.id;
    Objective elsewhere;
    elsewhere.cycleId = 1;
    const QList<Objective> objectives{graded, ungraded, ungraded, elsewhere};

    const CycleRules::ClosingOutlook early =
        CycleRules::closingOutlook(closing, objectives, cycles, QDate(2026, 11, 30));
    CHECK(early.ungradedObjectives == 2);
    CHECK(early.daysBeforeEnd == 31);
    REQUIRE(early.next);
    CHECK(early.next->id == 3); // the earliest planned quarter after it, not the annual cycle

    const CycleRules::ClosingOutlook late = CycleRules::closingOutlook(closing, {graded}, {closing}, QDate(2027, 1, 5));
    CHECK(late.ungradedObjectives == 0);
    CHECK(late.daysBeforeEnd == 0);
    CHECK_FALSE(late.next);
}

TEST_CASE("An objective should be finished at full progress or when graded a success", "[core][cycles]")
{
    Objective committed;
    committed.commitment = Commitment::Committed;
    CHECK(CycleRules::isFinished(committed, 1.0));
    CHECK_FALSE(CycleRules::isFinished(committed, 0.9));
    committed.grade = 0.9; // committed: only 1.0 is a success
    CHECK_FALSE(CycleRules::isFinished(committed, 0.9));

    Objective aspirational;
    aspirational.commitment = Commitment::Aspirational;
    aspirational.grade = 0.7; // aspirational: about 0.7 is a success
    CHECK(CycleRules::isFinished(aspirational, 0.7));
    aspirational.grade = 0.5;
    CHECK_FALSE(CycleRules::isFinished(aspirational, 0.7));
}
