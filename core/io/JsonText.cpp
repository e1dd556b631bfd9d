#include "io/JsonText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

QString JsonText::string(QStringView text)
{
    // Most texts need no escape: copied whole instead of a character at a time.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.unicode() >= 0x20 && character != u'"' && character != u'\\';
    });
    if (plain)
        return u'"' + text.toString() + u'"';
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar character : text) {
        switch (character.unicode()) {
        case u'"':
            quoted += QLatin1String("\\\"");
            break;
        case u'\\':
            quoted += QLatin1String("\\\\");
            break;
        case u'\b':
            quoted += QLatin1String("\\b");
            break;
        case u'\f':
            quoted += QLatin1String("\\f");
            break;
        case u'\n':
            quoted += QLatin1String("\\n");
            break;
        case u'\r':
            quoted += QLatin1String("\\r");
            break;
        case u'\t':
            quoted += QLatin1String("\\t");
            break;
        default:
            if (character.unicode() < 0x20)
                quoted += QLatin1String("\\u") + QString::number(character.unicode(), 16).rightJustified(4, u'0');
            else
                quoted += character;
        }
    }
    quoted += u'"';
    return quoted;
}

QString JsonText::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    // Whole numbers as integers while a double holds them exactly (2^53), as QJsonValue stores them.
    constexpr double exactIntegers = 9007199254740992.0;
    if (value == std::trunc(value) && std::abs(value) < exactIntegers)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
