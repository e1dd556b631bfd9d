#include "catch.h"

#include "IsoWeek.h"

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
