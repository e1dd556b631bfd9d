#include "support/catch.h"

#include "kpi/KpiHealth.h"

namespace {

Kpi kpi(const char *name, double target, PreferredTrend trend, QList<double> values)
{
    Kpi result;
    result.name = QLatin1String(name);
    result.target = target;
    result.trend = trend;
    QDate day(2026, 9, 4);
    for (const double value : values) {
        result.values.append({day, value});
        day = day.addDays(7);
    }
    return result;
}

} // namespace

TEST_CASE("A KPI should be behind when its latest value misses the target in the preferred direction", "[core][kpi]")
{
    CHECK(KpiHealth::standing(kpi("Leads", 2000, PreferredTrend::HigherIsBetter, {2100, 1950})) ==
          KpiHealth::Standing::Behind);
    CHECK(KpiHealth::standing(kpi("Leads", 2000, PreferredTrend::HigherIsBetter, {1900, 2000})) ==
          KpiHealth::Standing::OnTarget);
    CHECK(KpiHealth::standing(kpi("Churn", 2, PreferredTrend::LowerIsBetter, {1.5, 2.4})) ==
          KpiHealth::Standing::Behind);
    CHECK(KpiHealth::standing(kpi("Churn", 2, PreferredTrend::LowerIsBetter, {3.0, 1.8})) ==
          KpiHealth::Standing::OnTarget);
    CHECK(KpiHealth::standing(kpi("Churn", 2, PreferredTrend::LowerIsBetter, {})) == KpiHealth::Standing::NoValues);
    CHECK(KpiHealth::latestValue(kpi("Leads", 2000, PreferredTrend::HigherIsBetter, {1, 2, 3})) == 3.0);
}

TEST_CASE("A KPI behind should suggest an objective to bring it back", "[core][kpi]")
{
    CHECK(KpiHealth::suggestedObjectiveTitle(kpi("Monthly churn", 2, PreferredTrend::LowerIsBetter, {})) ==
          QStringLiteral("Get monthly churn back on track"));
    CHECK(KpiHealth::suggestedObjectiveTitle(kpi("NPS of new users", 40, PreferredTrend::HigherIsBetter, {})) ==
          QStringLiteral("Get NPS of new users back on track"));
}
