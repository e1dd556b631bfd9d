#include "text/ValueFormat.h"

#include <QCoreApplication>

#include <cmath>

ValueFormat::ValueFormat(const QLocale &locale)
    : m_locale(locale)
{
}

QString ValueFormat::number(double value) const
{
    const double rounded = std::round(value * 100.0) / 100.0;
    const int decimals = rounded == std::trunc(rounded) ? 0 : (rounded * 10.0 == std::trunc(rounded * 10.0) ? 1 : 2);
    return m_locale.toString(rounded, 'f', decimals);
}

QString ValueFormat::percent(double share) const
{
    return measure(std::round(share * 100.0), QStringLiteral("%"));
}

QString ValueFormat::signedPercent(double change) const
{
    const double whole = std::round(change * 100.0) + 0.0; // + 0.0: a change rounded to -0 is no change
    return (whole > 0 ? m_locale.positiveSign() : QString()) + measure(whole, QStringLiteral("%"));
}

QString ValueFormat::measure(double value, const QString &unitLabel) const
{
    const QString label = unitLabel.trimmed();
    if (label.isEmpty())
        return number(value);
    if (isPrefixSymbol(label))
        return label + number(value);
    if (label.startsWith(QLatin1Char('/')))
        return number(value) + label;
    // A line never breaks between a number and its unit (a label wrapping "70 %" before its "%"), in any language.
    QString pattern = QCoreApplication::translate("ValueFormat", "%1 %2", "a value and its unit: 40 %, 12 users");
    pattern.replace(QLatin1Char(' '), QChar::Nbsp);
    return pattern.arg(number(value), label);
}

QString ValueFormat::grade(double grade) const
{
    return m_locale.toString(grade, 'f', 1);
}

QString ValueFormat::editable(double value) const
{
    QLocale plain = m_locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'g', 12);
}

// The patterns are the translation's: a language writes its dates in its own order and punctuation ("3. Dez.").
QString ValueFormat::date(QDate date) const
{
    return m_locale.toString(date, QCoreApplication::translate("ValueFormat", "d MMM yyyy",
                                                               "date pattern of QLocale::toString: 3 Dec 2026"));
}

QString ValueFormat::dayAndMonth(QDate date) const
{
    return m_locale.toString(date, dayAndMonthPattern());
}

QString ValueFormat::dayAndMonthPattern()
{
    return QCoreApplication::translate("ValueFormat", "d MMM", "date pattern of QLocale::toString: 3 Dec");
}

QString ValueFormat::dateTime(const QDateTime &moment) const
{
    return m_locale.toString(moment.toLocalTime(), QCoreApplication::translate(
                                                       "ValueFormat", "d MMM yyyy HH:mm",
                                                       "date and time pattern of QLocale::toString: 3 Dec 2026 18:40"));
}

bool ValueFormat::isPrefixSymbol(const QString &unitLabel)
{
    const QString label = unitLabel.trimmed();
    return label.size() == 1 && label.at(0).category() == QChar::Symbol_Currency;
}
