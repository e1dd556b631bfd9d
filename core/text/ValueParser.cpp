#include "text/ValueParser.h"

#include "text/ValueFormat.h"

#include <QCoreApplication>

#include <cmath>

ValueParser::ValueParser(const QLocale &locale)
    : m_locale(locale)
{
}

ValueParser::Reading ValueParser::read(const QString &text, const QString &unitLabel) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, QCoreApplication::translate("ValueParser", "Type a number.")};
    if (const std::optional<double> found = number(withoutUnit(trimmed, unitLabel)))
        return {found, QString()};
    const ValueFormat format(m_locale);
    const QString example = format.measure(1234.5, unitLabel);
    const QString decimalPoint = m_locale.decimalPoint();
    return {std::nullopt, QCoreApplication::translate("ValueParser", "“%1” is not a number: write it like %2 "
                                                                     "(“%3” before the decimals).")
                              .arg(trimmed, example, decimalPoint)};
}

std::optional<double> ValueParser::value(const QString &text, const QString &unitLabel) const
{
    return read(text, unitLabel).value;
}

std::optional<double> ValueParser::number(const QString &text) const
{
    QString typed = text;
    // Locales that group with a (narrow) no-break space read the space people type too: "1 234,5" in fr_FR.
    const QString group = m_locale.groupSeparator();
    if (group.size() == 1 && group.at(0).isSpace())
        typed.replace(QLatin1Char(' '), group);
    bool ok = false;
    double found = m_locale.toDouble(typed, &ok);
    if (!ok && m_locale.decimalPoint() != QLatin1String(".")) {
        // A decimal point where the locale writes a comma ("2.5" in de_DE) is still a decimal point; grouped
        // C notation is not accepted, so it cannot be mistaken for thousands.
        QLocale plain = QLocale::c();
        plain.setNumberOptions(QLocale::RejectGroupSeparator);
        found = plain.toDouble(typed, &ok);
    }
    if (!ok || !std::isfinite(found))
        return std::nullopt;
    return found;
}

QString ValueParser::withoutUnit(const QString &text, const QString &unitLabel) const
{
    // The field's own unit label, and the percent sign of a percentage, may be typed on either side.
    QStringList units;
    const QString label = unitLabel.trimmed();
    if (!label.isEmpty())
        units.append(label);
    if (label == QLatin1String("%") && m_locale.percent() != label)
        units.append(m_locale.percent());
    for (const QString &unit : std::as_const(units)) {
        if (text.startsWith(unit, Qt::CaseInsensitive))
            return text.mid(unit.size()).trimmed();
        if (text.endsWith(unit, Qt::CaseInsensitive))
            return text.chopped(unit.size()).trimmed();
    }
    return text;
}
