#pragma once

#include "scoring/PaceThresholds.h"

#include <QString>

// The user's preferences (Edit > Preferences), kept in QSettings. Each is read where it is used, when it is used:
//  - language: empty to follow the system, else "en" or "de" (key interface/language, read at start-up: a change
//    takes effect at the next start);
//  - the weekday of the check-in (checkIn/weekday, 1 = Monday … 7 = Sunday): before it, the check-in form proposes
//    the week before, whose check-in is still due; from it on, the current week;
//  - the pace thresholds (PaceThresholds' settings keys, in percentage points), handed to core's computations; the
//    command line reads them too;
//  - the default cycle length in weeks (cycles/defaultWeeks), which a cycle of custom dates is proposed with;
//  - the presentation font size (presentation/fontScale, in percent of the window's font).
struct Preferences {
    QString language;
    int checkInWeekday = 1; // Qt::Monday: this week's check-in is due from its Monday, as before the preference
    PaceThresholds pace;
    int cycleWeeks = 13;
    int presentationScalePercent = 160;

    static Preferences load();
    void save() const;

    static QString languageKey() { return QStringLiteral("interface/language"); }
    static PaceThresholds paceThresholds() { return load().pace; }

    friend bool operator==(const Preferences &, const Preferences &) = default;
};
