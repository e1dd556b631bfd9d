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

// Read by hand as dateOrNull spells it, which is Qt::ISODate's "yyyy-MM-dd": QDate::fromString first decodes the text
// and checks its format by parts. Any other spelling is left to it.
QDate StoredValues::dateFrom(QUtf8StringView stored)
{
    if (stored.isNull())
        return {};
    const char *text = stored.data();
    const auto digits = [text](int from, int count) {
        int value = 0;
        for (int at = from; at < from + count; ++at) {
            if (text[at] < '0' || text[at] > '9')
                return -1;
            value = value * 10 + (text[at] - '0');
        }
        return value;
    };
    if (stored.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const int day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

QVariant StoredValues::optionalDouble(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}
