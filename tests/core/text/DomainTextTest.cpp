#include "support/catch.h"

#include "support/CatchQt.h"
#include "support/PinnedLocale.h"
#include "text/DomainText.h"

namespace {

KeyResult measuredIn(MeasureUnit unit, const QString &label, std::optional<double> current, double target)
{
    KeyResult keyResult;
    keyResult.unit = unit;
    keyResult.unitLabel = label;
    keyResult.current = current;
    keyResult.target = target;
    return keyResult;
}

} // namespace

TEST_CASE("Values show the unit after the target, currency symbols before both", "[ui][text]")
{
    const PinnedLocale english(PinnedLocale::english());

    CHECK(DomainText::currentAndTarget(measuredIn(MeasureUnit::Number, QStringLiteral("views"), 16878, 15000)) ==
          QStringLiteral("16,878 / 15,000\u00a0views"));
    CHECK(DomainText::currentAndTarget(measuredIn(MeasureUnit::Currency, QStringLiteral("$"), 68, 20)) ==
          QStringLiteral("$68 / $20"));
    CHECK(DomainText::currentAndTarget(measuredIn(MeasureUnit::Currency, QStringLiteral("EUR"), 1200, 1500.5)) ==
          QStringLiteral("1,200 / 1,500.5\u00a0EUR"));
    CHECK(DomainText::currentAndTarget(measuredIn(MeasureUnit::Rating, QStringLiteral("/10"), 9.25, 9)) ==
          QStringLiteral("9.25 / 9/10"));
    CHECK(DomainText::currentAndTarget(measuredIn(MeasureUnit::Number, QString(), std::nullopt, 3)) ==
          QStringLiteral("— / 3"));
}

TEST_CASE("Shares are written as whole percentages", "[ui][text]")
{
    CHECK(DomainText::percent(0.0) == QStringLiteral("0\u00a0%"));
    CHECK(DomainText::percent(0.426) == QStringLiteral("43\u00a0%"));
    CHECK(DomainText::percent(1.0) == QStringLiteral("100\u00a0%"));
}

TEST_CASE("A cycle's dates name the year once when it does not change", "[ui][text]")
{
    const PinnedLocale english(PinnedLocale::english());
    Cycle quarter;
    quarter.start = QDate(2026, 7, 1);
    quarter.end = QDate(2026, 9, 30);
    Cycle winter;
    winter.start = QDate(2026, 12, 1);
    winter.end = QDate(2027, 2, 28);

    CHECK(DomainText::cycleDates(quarter) == QStringLiteral("1 Jul – 30 Sep 2026"));
    CHECK(DomainText::cycleDates(winter) == QStringLiteral("1 Dec 2026 – 28 Feb 2027"));
}
