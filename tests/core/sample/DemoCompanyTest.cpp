#include "support/catch.h"

#include "sample/DemoCompany.h"

TEST_CASE("The demo should make the current quarter active once it has 8 check-in weeks", "[core][sample]")
{
    // 2026 Q4 starts on Thursday Oct 1; its first check-in week is 2026-W40 (Friday Oct 2).
    CHECK(DemoCompany::activeQuarter(QDate(2026, 11, 23)).name == QStringLiteral("2026 Q4")); // W48: 9th week
    CHECK(DemoCompany::activeQuarter(QDate(2026, 11, 16)).name == QStringLiteral("2026 Q4")); // W47: 8th week
    CHECK(DemoCompany::activeQuarter(QDate(2026, 11, 15)).name == QStringLiteral("2026 Q3")); // only 7 weeks begun
    CHECK(DemoCompany::activeQuarter(QDate(2027, 1, 2)).name == QStringLiteral("2026 Q4"));
}
