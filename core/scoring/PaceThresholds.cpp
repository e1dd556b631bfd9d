#include "scoring/PaceThresholds.h"

QString PaceThresholds::onTrackSettingsKey()
{
    return QStringLiteral("pace/onTrackGap");
}

QString PaceThresholds::atRiskSettingsKey()
{
    return QStringLiteral("pace/atRiskGap");
}

PaceThresholds PaceThresholds::fromStoredPercentages(const QVariant &onTrackPercent, const QVariant &atRiskPercent)
{
    bool onTrackIsNumber = false;
    bool atRiskIsNumber = false;
    const PaceThresholds stored{onTrackPercent.toDouble(&onTrackIsNumber) / 100,
                                atRiskPercent.toDouble(&atRiskIsNumber) / 100};
    return onTrackIsNumber && atRiskIsNumber && stored.isValid() ? stored : PaceThresholds{};
}
