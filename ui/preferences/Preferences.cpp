#include "preferences/Preferences.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString weekdayKey = QStringLiteral("checkIn/weekday");
const QString cycleWeeksKey = QStringLiteral("cycles/defaultWeeks");
const QString presentationKey = QStringLiteral("presentation/fontScale");

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences preferences;
    const QString language = settings.value(languageKey()).toString();
    preferences.language = language == QLatin1String("en") || language == QLatin1String("de") ? language : QString();
    preferences.checkInWeekday = std::clamp(settings.value(weekdayKey, defaults.checkInWeekday).toInt(), 1, 7);
    preferences.pace = PaceThresholds::fromStoredPercentages(settings.value(PaceThresholds::onTrackSettingsKey()),
                                                             settings.value(PaceThresholds::atRiskSettingsKey()));
    preferences.cycleWeeks = std::clamp(settings.value(cycleWeeksKey, defaults.cycleWeeks).toInt(), 1, 104);
    preferences.presentationScalePercent =
        std::clamp(settings.value(presentationKey, defaults.presentationScalePercent).toInt(), 100, 400);
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(languageKey(), language);
    settings.setValue(weekdayKey, checkInWeekday);
    settings.setValue(PaceThresholds::onTrackSettingsKey(), pace.onTrack * 100);
    settings.setValue(PaceThresholds::atRiskSettingsKey(), pace.atRisk * 100);
    settings.setValue(cycleWeeksKey, cycleWeeks);
    settings.setValue(presentationKey, presentationScalePercent);
}
