#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// A number as a person types it: the given locale's notation (the user's by default: "1,234.5" in en_US,
// "1.234,5" and "2,5" in de_DE), a decimal point where the locale uses a comma ("2.5" in de_DE), and the field's
// unit before or after it ("65%", "65 %", "$46", "46 $", "12596 views"). Group separators count only where the
// locale puts them, so "1,450" is 1450 in en_US and 1.45 in de_DE, and "2,5" in en_US is refused, never guessed.
class ValueParser {
public:
    struct Reading {
        std::optional<double> value;
        QString problem; // why it is not a number, for people; empty when it is one
    };

    explicit ValueParser(const QLocale &locale = QLocale());

    Reading read(const QString &text, const QString &unitLabel = QString()) const;
    std::optional<double> value(const QString &text, const QString &unitLabel = QString()) const;

private:
    std::optional<double> number(const QString &text) const;
    QString withoutUnit(const QString &text, const QString &unitLabel) const;

    QLocale m_locale;
};
