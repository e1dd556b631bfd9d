#pragma once

#include <QString>
#include <QStringList>

// The language the window and the command line speak: the one chosen in Preferences (the setting below), or else
// the first of the system's languages (LANGUAGE, LC_MESSAGES, LANG) that Quarterdeck is translated into; English
// otherwise. Read once at start-up: a choice made in Preferences applies at the next start.
class InterfaceLanguage {
public:
    // QSettings key Preferences writes: a language name ("de", "en"); empty or absent follows the system.
    static QString settingsKey();

    // "en", the source language, and the language of each translation compiled in ("de").
    static QStringList available();

    // The language to speak: `chosen` when translated, else the first of `preferred` (locale names in order of
    // preference, as QLocale::uiLanguages gives them) that is; "en" when none is. An English name before a
    // translated one keeps English: the user prefers it.
    static QString pick(const QString &chosen, const QStringList &preferred);

    // Installs Quarterdeck's and Qt's own translations (standard buttons and dialogs, the command line parser's
    // texts) for the language of the settings or the system on the application, and makes QLocale() that
    // language's locale when the system's formats are another language's, so numbers and dates match the words.
    // Returns the language.
    static QString install();
    static void install(const QString &language);
};
