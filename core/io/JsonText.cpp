#include "io/JsonText.h"

#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace {

// Appends `text` (no lone surrogate) in UTF-8, straight into `json`'s buffer.
void appendUtf8(QByteArray &json, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const qsizetype start = json.size();
    json.resize(start + encoder.requiredSpace(text.size()));
    const char *end = encoder.appendToBuffer(json.data() + start, text);
    json.resize(end - json.constData());
}

void appendEscapedCode(QByteArray &json, char16_t code)
{
    constexpr char hexDigits[] = "0123456789abcdef";
    json += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        json += hexDigits[(code >> shift) & 0xf];
}

void appendAscii(QByteArray &json, char16_t code)
{
    switch (code) {
    case u'"':
        json += "\\\"";
        break;
    case u'\\':
        json += "\\\\";
        break;
    case u'\b':
        json += "\\b";
        break;
    case u'\f':
        json += "\\f";
        break;
    case u'\n':
        json += "\\n";
        break;
    case u'\r':
        json += "\\r";
        break;
    case u'\t':
        json += "\\t";
        break;
    default:
        if (code < 0x20)
            appendEscapedCode(json, code);
        else
            json += char(code);
    }
}

} // namespace

void JsonText::appendString(QByteArray &json, QStringView text)
{
    // Most texts need no escape, and most of those are ASCII: copied whole, quotes and all, with one resize.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.unicode() >= 0x20 && character.unicode() < 0x80 && character != u'"' && character != u'\\';
    });
    if (ascii) {
        const qsizetype start = json.size();
        json.resize(start + text.size() + 2);
        char *out = json.data() + start;
        *out++ = '"';
        out =
            std::transform(text.cbegin(), text.cend(), out, [](QChar character) { return char(character.unicode()); });
        *out = '"';
        return;
    }
    json += '"';
    // Other texts with no escape: encoded whole instead of a character at a time.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character.unicode() >= 0x20 && character != u'"' && character != u'\\' && !character.isSurrogate();
    });
    if (plain) {
        appendUtf8(json, text);
        json += '"';
        return;
    }
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar character = text.at(index);
        if (character.unicode() < 0x80) {
            appendAscii(json, character.unicode());
        } else if (character.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
            appendUtf8(json, text.sliced(index, 2));
            ++index;
        } else if (character.isSurrogate()) {
            appendEscapedCode(json, character.unicode());
        } else {
            appendUtf8(json, text.sliced(index, 1));
        }
    }
    json += '"';
}

void JsonText::appendNumber(QByteArray &json, double value)
{
    if (!std::isfinite(value)) {
        json += "null";
        return;
    }
    // Whole numbers as integers while a double holds them exactly (2^53), as QJsonValue stores them.
    constexpr double exactIntegers = 9007199254740992.0;
    if (value == std::trunc(value) && std::abs(value) < exactIntegers) {
        appendInteger(json, static_cast<qint64>(value));
        return;
    }
    // The shortest text that reads back as the same double, fixed or scientific, fixed when as short: as
    // QJsonDocument writes it, through the stack (QByteArray::number made a QByteArray per number, a tenth of
    // `lint --json`).
    std::array<char, 32> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), value).ptr;
    json.append(text.data(), end - text.data());
}

void JsonText::appendInteger(QByteArray &json, qint64 value)
{
    // Into the buffer through the stack: no QByteArray per number (an export writes millions).
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    json.append(digits.data(), end - digits.data());
}

void JsonText::appendKey(QByteArray &json, QByteArrayView name, bool first)
{
    // One resize instead of four appends: keys and their punctuation are most of an object's writes.
    const qsizetype start = json.size();
    json.resize(start + name.size() + (first ? 3 : 4));
    char *out = json.data() + start;
    if (!first)
        *out++ = ',';
    *out++ = '"';
    out = std::copy(name.cbegin(), name.cend(), out);
    *out++ = '"';
    *out = ':';
}
