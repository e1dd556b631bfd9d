#include "app/support/ChosenPaceThresholds.h"

#include "scoring/PaceThresholds.h"

#include <QSettings>

ChosenPaceThresholds::ChosenPaceThresholds(double onTrackPercent, double atRiskPercent)
{
    QSettings settings;
    settings.setValue(PaceThresholds::onTrackSettingsKey(), onTrackPercent);
    settings.setValue(PaceThresholds::atRiskSettingsKey(), atRiskPercent);
}

ChosenPaceThresholds::~ChosenPaceThresholds()
{
    QSettings settings;
    settings.remove(PaceThresholds::onTrackSettingsKey());
    settings.remove(PaceThresholds::atRiskSettingsKey());
}
