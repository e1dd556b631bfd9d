#include "kpi/KpiHealth.h"

#include <QCoreApplication>

namespace KpiHealth {

std::optional<double> latestValue(const Kpi &kpi)
{
    return kpi.values.isEmpty() ? std::nullopt : std::optional<double>(kpi.values.last().value);
}

Standing standing(const Kpi &kpi)
{
    const std::optional<double> latest = latestValue(kpi);
    if (!latest)
        return Standing::NoValues;
    const bool meets = kpi.trend == PreferredTrend::HigherIsBetter ? *latest >= kpi.target : *latest <= kpi.target;
    return meets ? Standing::OnTarget : Standing::Behind;
}

QString suggestedObjectiveTitle(const Kpi &kpi)
{
    // Mid-sentence the name reads in lower case, except an acronym such as "NPS".
    QString name = kpi.name.trimmed();
    const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
    if (firstWord != firstWord.toUpper())
        name[0] = name[0].toLower();
    return QCoreApplication::translate("KpiHealth", "Get %1 back on track").arg(name);
}

} // namespace KpiHealth
