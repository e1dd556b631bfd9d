#include "model/IsoWeek.h"

#include <QRegularExpression>

IsoWeek IsoWeek::containing(QDate day)
{
    IsoWeek result;
    result.week = day.weekNumber(&result.year);
    return result;
}

std::optional<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const IsoWeek candidate{match.captured(1).toInt(), match.captured(2).toInt()};
    if (!candidate.isValid() || containing(candidate.monday()) != candidate)
        return std::nullopt; // e.g. week 53 of a year that has 52
    return candidate;
}

QDate IsoWeek::monday() const
{
    // January 4th is always in week 1.
    const QDate january4(year, 1, 4);
    const QDate firstMonday = january4.addDays(1 - january4.dayOfWeek());
    return firstMonday.addDays(7 * (week - 1));
}

QString IsoWeek::toString() const
{
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}
