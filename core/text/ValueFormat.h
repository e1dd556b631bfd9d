#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// How every number, share, amount and date is written for people: the views, the dialogs, the report and the
// command line's messages. Follows the given locale (the user's by default); the CSV and JSON files do not use it:
// they are written in C notation so that any machine reads them back (ExchangeVocabulary).
class ValueFormat {
public:
    explicit ValueFormat(const QLocale &locale = QLocale());

    // Up to two decimals, none when whole, grouped: "12,596", "4.5", "0.25" (en_US); "12.596", "4,5" (de_DE).
    QString number(double value) const;
    // A share of 1 as a whole percentage: 0.42 -> "42 %".
    QString percent(double share) const;
    // A change of a share, with its sign: 0.05 -> "+5 %", -0.1 -> "-10 %".
    QString signedPercent(double change) const;
    // A value with its unit label: currency symbols before ("$46", "€1,200"), a rating's "/10" attached ("4.2/10"),
    // every other label after a non-breaking space ("12,596 views", "40 %", "1,200 EUR").
    QString measure(double value, const QString &unitLabel) const;
    // A grade from 0 to 1 with its one decimal: "0.7", "1.0".
    QString grade(double grade) const;
    // A value as a line edit shows it to be edited: every decimal kept, no grouping: "12596.125", "2,5" (de_DE).
    QString editable(double value) const;
    // "3 Dec 2026"; without the year when it is obvious: "3 Dec".
    QString date(QDate date) const;
    QString dayAndMonth(QDate date) const;
    // The pattern of dayAndMonth, for what formats dates itself (a chart's date axis).
    static QString dayAndMonthPattern();
    // A moment in the user's time zone, whatever zone it was stored in: "3 Dec 2026 18:40".
    QString dateTime(const QDateTime &moment) const;

    // Whether a unit label is a currency symbol written before the number ("$", "€", "£").
    static bool isPrefixSymbol(const QString &unitLabel);

private:
    QLocale m_locale;
};
