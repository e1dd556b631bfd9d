#include "storage/StoredValues.h"

QVariant StoredValues::idOrNull(Id id)
{
    return id == NoId ? QVariant() : QVariant(id);
}

QVariant StoredValues::dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate StoredValues::dateFrom(const QVariant &stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

QVariant StoredValues::optionalDouble(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> StoredValues::optionalDoubleFrom(const QVariant &stored)
{
    return stored.isNull() ? std::nullopt : std::optional<double>(stored.toDouble());
}
