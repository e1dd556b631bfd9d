#include "support/catch.h"

#include "kpi/KpiRules.h"

namespace {

Kpi kpi(Id id, Id teamId, const char *name)
{
    Kpi result;
    result.id = id;
    result.teamId = teamId;
    result.name = QLatin1String(name);
    return result;
}

} // namespace

TEST_CASE("A KPI should need a name unique within its team", "[core][kpi]")
{
    const QList<Kpi> existing{kpi(1, 7, "Churn"), kpi(2, NoId, "Revenue")};
    CHECK(KpiRules::problemWithKpi(kpi(NoId, 7, "  "), existing).contains(QStringLiteral("name")));
    CHECK(KpiRules::problemWithKpi(kpi(NoId, 7, "churn "), existing).contains(QStringLiteral("“churn”")));
    CHECK(KpiRules::problemWithKpi(kpi(NoId, NoId, "Revenue"), existing).contains(QStringLiteral("company-wide")));
    CHECK(KpiRules::problemWithKpi(kpi(NoId, 8, "Churn"), existing).isEmpty());    // another team's name
    CHECK(KpiRules::problemWithKpi(kpi(1, 7, "Churn"), existing).isEmpty());       // the edited KPI itself
    CHECK_FALSE(KpiRules::problemWithKpi(kpi(2, 7, "Churn"), existing).isEmpty()); // moved onto a taken name
}

TEST_CASE("A KPI value should be dated, and not in the future", "[core][kpi]")
{
    const QDate today(2026, 9, 15);
    CHECK(KpiRules::problemWithValueDate(today, today).isEmpty());
    CHECK(KpiRules::problemWithValueDate(today.addYears(-2), today).isEmpty());
    CHECK(KpiRules::problemWithValueDate(today.addDays(1), today).contains(QStringLiteral("2026-09-16")));
    CHECK_FALSE(KpiRules::problemWithValueDate(QDate(), today).isEmpty());
}

TEST_CASE("Recording a KPI value should replace that day's value and keep the values in date order", "[core][kpi]")
{
    const QList<KpiValue> values{{QDate(2026, 7, 3), 1}, {QDate(2026, 7, 17), 3}};
    const QList<KpiValue> inserted = KpiRules::withValue(values, {QDate(2026, 7, 10), 2});
    REQUIRE(inserted.size() == 3);
    CHECK(inserted[1].date == QDate(2026, 7, 10));
    CHECK(inserted[1].value == 2);

    const QList<KpiValue> replaced = KpiRules::withValue(values, {QDate(2026, 7, 17), 4});
    REQUIRE(replaced.size() == 2);
    CHECK(replaced[1].value == 4);

    CHECK(KpiRules::withValue({}, {QDate(2026, 7, 3), 5}).size() == 1);
    CHECK(KpiRules::withValue(values, {QDate(2026, 6, 1), 0}).first().date == QDate(2026, 6, 1));
}
