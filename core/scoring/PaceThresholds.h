#pragma once

#include <QString>
#include <QVariant>

// How far a key result, objective or team may trail the progress expected by now and still count as on track,
// then as at risk (shared/domain.md, pace: gap = expected - progress; up to 0.15 on track, up to 0.33 at risk,
// else off track). The user chooses them in Edit > Preferences; core is given them, never reads them.
struct PaceThresholds {
    double onTrack = 0.15; // largest gap still on track
    double atRisk = 0.33;  // largest gap still at risk

    // Both within 0..1 and on track no laxer than at risk.
    bool isValid() const { return 0.0 <= onTrack && onTrack <= atRisk && atRisk <= 1.0; }
    friend bool operator==(const PaceThresholds &, const PaceThresholds &) = default;

    // Where the preferences keep them (QSettings keys, each in percentage points). The window and the command line
    // read the settings and make the thresholds with fromStoredPercentages, so both judge paces alike.
    static QString onTrackSettingsKey();
    static QString atRiskSettingsKey();
    // The thresholds of two stored percentages; the domain's when either is missing or the pair is not valid.
    static PaceThresholds fromStoredPercentages(const QVariant &onTrackPercent, const QVariant &atRiskPercent);
};
