#include "storage/StoredValues.h"

#include <iterator>

QVariant StoredValues::idOrNull(Id id)
{
    return id == NoId ? QVariant() : QVariant(id);
}

// Spelt by hand as Qt::ISODate spells it: QDate::toString formats through a printf, a tenth of binding a key result.
QVariant StoredValues::dateOrNull(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate); // Qt's answer for a year that has no four digits
    const auto digit = [](int value) { return QChar(char16_t(u'0' + value % 10)); };
    const QChar text[] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year),     QChar(u'-'),
                          digit(month / 10),  digit(month),      QChar(u'-'),      digit(day / 10), digit(day)};
    return QString(text, std::size(text));
}

QDate StoredValues::dateFrom(const QString &stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored, Qt::ISODate);
}

QVariant StoredValues::optionalDouble(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}
