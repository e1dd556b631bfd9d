#include "support/catch.h"

#include "model/Cycle.h"
#include "model/IsoWeek.h"

TEST_CASE("IsoWeek should follow ISO 8601 across year boundaries", "[core][model]")
{
    CHECK(IsoWeek::containing(QDate(2026, 11, 23)).toString() == QStringLiteral("2026-W48"));
    CHECK(IsoWeek::containing(QDate(2027, 1, 1)).toString() == QStringLiteral("2026-W53"));
    CHECK(IsoWeek::containing(QDate(2024, 12, 30)).toString() == QStringLiteral("2025-W01"));
    CHECK(IsoWeek{2026, 48}.monday() == QDate(2026, 11, 23));
    CHECK(IsoWeek{2026, 53}.next() == IsoWeek{2027, 1});
    CHECK(IsoWeek{2025, 1}.previous() == IsoWeek{2024, 52});
}

TEST_CASE("IsoWeek should parse only weeks that exist", "[core][model]")
{
    CHECK(IsoWeek::parse(QStringLiteral("2026-W47")) == IsoWeek{2026, 47});
    CHECK(IsoWeek::parse(QStringLiteral("2026w5")) == IsoWeek{2026, 5});
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2025-W53")).has_value()); // 2025 has 52 weeks
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-W00")).has_value());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("next week")).has_value());
}

TEST_CASE("A cycle should own the check-in weeks whose Friday it contains", "[core][model]")
{
    Cycle quarter;
    quarter.start = QDate(2026, 10, 1); // a Thursday: week 40's Friday (Oct 2) is inside
    quarter.end = QDate(2026, 12, 31);  // a Thursday: week 53's Friday (Jan 1) is outside
    const QList<IsoWeek> weeks = quarter.checkInWeeks();
    REQUIRE(weeks.size() == 13);
    CHECK(weeks.first() == IsoWeek{2026, 40});
    CHECK(weeks.last() == IsoWeek{2026, 52});
    CHECK_FALSE(quarter.hasCheckInWeek(IsoWeek{2026, 53}));

    CHECK(quarter.checkInWeeksBegun(QDate(2026, 9, 27)).isEmpty());
    CHECK(quarter.checkInWeeksBegun(QDate(2026, 9, 30)).size() == 1); // week 40 began on Monday Sep 28
    CHECK(quarter.checkInWeeksBegun(QDate(2026, 10, 5)).size() == 2); // week 41 begins on Monday Oct 5
    CHECK(quarter.checkInWeeksBegun(QDate(2027, 3, 1)).size() == 13);
}
