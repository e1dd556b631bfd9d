#pragma once

#include <QDate>
#include <QString>

#include <optional>

// An ISO 8601 week such as 2026-W47: the unit of weekly check-ins.
struct IsoWeek {
    int year = 0;
    int week = 0;

    static IsoWeek containing(QDate day);
    static std::optional<IsoWeek> parse(const QString &text); // "2026-W47"

    QDate monday() const;
    QDate friday() const { return monday().addDays(4); } // the day a week's check-in is dated
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek next() const { return containing(monday().addDays(7)); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }
    QString toString() const;
    bool isValid() const { return year > 0 && week >= 1 && week <= 53; }

    friend auto operator<=>(const IsoWeek &, const IsoWeek &) = default;
};
