#include "cli/PrintableText.h"

#include <QStringList>

#include <algorithm>

namespace {

// U+202A-U+202E and U+2066-U+2069: embeddings, overrides and isolates.
bool isBidirectionalControl(char16_t unit)
{
    return (unit >= 0x202A && unit <= 0x202E) || (unit >= 0x2066 && unit <= 0x2069);
}

} // namespace

QString PrintableText::escaped(const QString &text)
{
    // Most texts are printable ASCII throughout: those are shown as they are, without a lookup per character.
    const bool plainAscii = std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.unicode() >= 0x20 && character.unicode() < 0x7f;
    });
    if (plainAscii)
        return text;
    QString shown;
    shown.reserve(text.size());
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if (character.category() == QChar::Other_Control)
            shown += QStringLiteral("\\x%1").arg(static_cast<uint>(unit), 2, 16, QLatin1Char('0'));
        else if (isBidirectionalControl(unit))
            shown += QStringLiteral("\\u%1").arg(static_cast<uint>(unit), 4, 16, QLatin1Char('0'));
        else
            shown += character;
    }
    return shown;
}

QString PrintableText::escapedLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escaped(line);
    return lines.join(QLatin1Char('\n'));
}
