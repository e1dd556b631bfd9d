#include "io/JsonText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

QString JsonText::string(QStringView text)
{
    QString quoted;
    appendString(quoted, text);
    return quoted;
}

QString JsonText::number(double value)
{
    QString json;
    appendNumber(json, value);
    return json;
}

void JsonText::appendString(QString &json, QStringView text)
{
    json += u'"';
    // Most texts need no escape: copied whole instead of a character at a time.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.unicode() >= 0x20 && character != u'"' && character != u'\\';
    });
    if (plain) {
        json += text;
        json += u'"';
        return;
    }
    json.reserve(json.size() + text.size() + 1);
    for (const QChar character : text) {
        switch (character.unicode()) {
        case u'"':
            json += QLatin1String("\\\"");
            break;
        case u'\\':
            json += QLatin1String("\\\\");
            break;
        case u'\b':
            json += QLatin1String("\\b");
            break;
        case u'\f':
            json += QLatin1String("\\f");
            break;
        case u'\n':
            json += QLatin1String("\\n");
            break;
        case u'\r':
            json += QLatin1String("\\r");
            break;
        case u'\t':
            json += QLatin1String("\\t");
            break;
        default:
            if (character.unicode() < 0x20)
                json += QLatin1String("\\u") + QString::number(character.unicode(), 16).rightJustified(4, u'0');
            else
                json += character;
        }
    }
    json += u'"';
}

void JsonText::appendNumber(QString &json, double value)
{
    if (!std::isfinite(value)) {
        json += QLatin1String("null");
        return;
    }
    // Whole numbers as integers while a double holds them exactly (2^53), as QJsonValue stores them.
    constexpr double exactIntegers = 9007199254740992.0;
    if (value == std::trunc(value) && std::abs(value) < exactIntegers)
        json += QString::number(static_cast<qint64>(value));
    else
        json += QString::number(value, 'g', QLocale::FloatingPointShortest);
}
