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
QDate dateFrom(const QVariant &stored);
QVariant optionalDouble(std::optional<double> value);
std::optional<double> optionalDoubleFrom(const QVariant &stored);

template <typename Enum> QVariant name(Enum value)
{
    return EnumNames::name(value);
}

// The schema's CHECK constraints keep unknown text out; the first value is the fallback all the same.
template <typename Enum> Enum enumFrom(const QVariant &stored)
{
    if (const std::optional<Enum> value = EnumNames::parse<Enum>(stored.toString()))
        return *value;
    return EnumNames::values<Enum>().constFirst();
}

} // namespace StoredValues
