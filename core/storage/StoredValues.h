#pragma once

#include "model/EnumNames.h"
#include "model/Ids.h"

#include <QDate>
#include <QVariant>

#include <optional>

// How domain values are written to and read from columns: no id and no date as NULL, dates as ISO text,
// enumerations by their stable names (EnumNames).
namespace StoredValues {

QVariant idOrNull(Id id);
QVariant dateOrNull(QDate date);
QDate dateFrom(QUtf8StringView stored); // a null text (NULL): no date
QVariant optionalDouble(std::optional<double> value);

template <typename Enum> QVariant name(Enum value)
{
    return EnumNames::name(value);
}

// The schema's CHECK constraints keep unknown text out; the first value is the fallback all the same.
template <typename Enum> Enum enumFrom(QUtf8StringView stored)
{
    if (const std::optional<Enum> value = EnumNames::parse<Enum>(stored))
        return *value;
    return EnumNames::values<Enum>().constFirst();
}

// An SQL expression giving the place of `column`'s stored name among the enumeration's values (0, the fallback,
// for any other text), read by enumAt: a long read takes a number per row instead of a text to compare.
template <typename Enum> QString enumIndexSql(const QString &column)
{
    QString sql = QStringLiteral("CASE ") + column;
    const QList<Enum> values = EnumNames::values<Enum>();
    for (qsizetype index = 0; index < values.size(); ++index)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(EnumNames::name(values[index])).arg(index);
    return sql + QStringLiteral(" ELSE 0 END");
}

template <typename Enum> Enum enumAt(qint64 index)
{
    // Built once: a cycle's histories ask a hundred thousand times.
    static const QList<Enum> values = EnumNames::values<Enum>();
    return values.value(index, values.constFirst());
}

} // namespace StoredValues
