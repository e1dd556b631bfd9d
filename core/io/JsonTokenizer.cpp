#include "io/JsonTokenizer.h"

#include "io/ExchangeError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

#include <charconv>

namespace {

bool isDigit(int byte)
{
    return byte >= '0' && byte <= '9';
}

int hexDigit(int byte)
{
    if (isDigit(byte))
        return byte - '0';
    if (byte >= 'a' && byte <= 'f')
        return byte - 'a' + 10;
    if (byte >= 'A' && byte <= 'F')
        return byte - 'A' + 10;
    return -1;
}

bool isHighSurrogate(char32_t codePoint)
{
    return codePoint >= 0xD800 && codePoint <= 0xDBFF;
}

bool isLowSurrogate(char32_t codePoint)
{
    return codePoint >= 0xDC00 && codePoint <= 0xDFFF;
}

} // namespace

JsonTokenizer::JsonTokenizer(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_buffer(chunkSize, Qt::Uninitialized)
    , m_bytes(m_buffer.constData())
    , m_deviceStart(device.pos())
{
    // A byte order mark some editors write: not part of the document, as for QJsonDocument.
    if (device.peek(3) == "\xEF\xBB\xBF")
        m_bufferStart = device.skip(3);
}

void JsonTokenizer::fail(const char *what, qint64 at) const
{
    throw ExchangeError(QCoreApplication::translate("JsonExchange", "Not valid JSON: %1 at character %2.")
                            .arg(QCoreApplication::translate("JsonExchange", what))
                            .arg(at));
}

// Makes the byte at m_position available; false at the end of the device.
bool JsonTokenizer::fill()
{
    if (m_position < m_filled)
        return true;
    if (m_atEnd)
        return false;
    m_bufferStart += m_filled;
    m_position = 0;
    m_filled = std::max<qint64>(0, m_device.read(m_buffer.data(), m_buffer.size()));
    m_atEnd = m_filled == 0;
    return !m_atEnd;
}

// The next byte, or -1 at the end.
int JsonTokenizer::peekByte()
{
    return fill() ? static_cast<unsigned char>(m_bytes[m_position]) : -1;
}

int JsonTokenizer::takeByte()
{
    const int byte = peekByte();
    if (byte >= 0)
        ++m_position;
    return byte;
}

int JsonTokenizer::peekSignificant()
{
    for (int byte = peekByte(); byte >= 0; byte = peekByte()) {
        if (byte != ' ' && byte != '\t' && byte != '\n' && byte != '\r')
            return byte;
        ++m_position;
    }
    return -1;
}

JsonTokenizer::Token JsonTokenizer::next()
{
    int byte = peekSignificant();
    switch (m_expect) {
    case Expect::Value:
        return value(byte);
    case Expect::FirstValueOrEnd:
        return byte == ']' ? closeContainer(Token::EndArray) : value(byte);
    case Expect::FirstKeyOrEnd:
        if (byte == '}')
            return closeContainer(Token::EndObject);
        readKey(byte);
        return Token::Key;
    case Expect::Separator:
        break;
    }
    if (m_containers.isEmpty()) {
        if (byte >= 0 && m_documentEnds)
            fail(QT_TRANSLATE_NOOP("JsonExchange", "more after the end of the document"), offset());
        return Token::End;
    }
    const bool inObject = m_containers.back() == '{';
    if (byte == (inObject ? '}' : ']'))
        return closeContainer(inObject ? Token::EndObject : Token::EndArray);
    if (byte != ',')
        fail(byte < 0   ? QT_TRANSLATE_NOOP("JsonExchange", "the document ends too early")
             : inObject ? QT_TRANSLATE_NOOP("JsonExchange", "expected ',' or '}'")
                        : QT_TRANSLATE_NOOP("JsonExchange", "expected ',' or ']'"),
             offset());
    ++m_position;
    byte = peekSignificant();
    if (!inObject)
        return value(byte);
    readKey(byte);
    return Token::Key;
}

JsonTokenizer::Token JsonTokenizer::value(int first)
{
    switch (first) {
    case '{':
        return openContainer('{', Token::BeginObject, Expect::FirstKeyOrEnd);
    case '[':
        return openContainer('[', Token::BeginArray, Expect::FirstValueOrEnd);
    case '"':
        readString(m_decodeStrings);
        m_expect = Expect::Separator;
        return Token::String;
    case 't':
        readLiteral("true");
        return Token::True;
    case 'f':
        readLiteral("false");
        return Token::False;
    case 'n':
        readLiteral("null");
        return Token::Null;
    case -1:
        fail(QT_TRANSLATE_NOOP("JsonExchange", "the document ends too early"), offset());
    default:
        if (first != '-' && !isDigit(first))
            fail(QT_TRANSLATE_NOOP("JsonExchange", "expected a value"), offset());
        readNumber();
        return Token::Number;
    }
}

JsonTokenizer::Token JsonTokenizer::openContainer(char kind, Token token, Expect expect)
{
    if (m_containers.size() >= maximumDepth)
        fail(QT_TRANSLATE_NOOP("JsonExchange", "nested too deeply"), offset());
    ++m_position;
    m_containers.append(kind);
    m_expect = expect;
    return token;
}

JsonTokenizer::Token JsonTokenizer::closeContainer(Token token)
{
    ++m_position;
    m_containers.removeLast();
    m_expect = Expect::Separator;
    return token;
}

void JsonTokenizer::readKey(int first)
{
    if (first != '"')
        fail(first < 0 ? QT_TRANSLATE_NOOP("JsonExchange", "the document ends too early")
                       : QT_TRANSLATE_NOOP("JsonExchange", "expected a name in quotes"),
             offset());
    readString(m_decodeStrings);
    if (peekSignificant() != ':')
        fail(QT_TRANSLATE_NOOP("JsonExchange", "expected ':' after a name"), offset());
    ++m_position;
    m_expect = Expect::Value;
}

// From the opening quote to the closing one. Runs of plain ASCII, nearly all of an export, are copied whole.
void JsonTokenizer::readString(bool keep)
{
    ++m_position;
    m_utf8.resize(0);
    for (;;) {
        if (!fill())
            fail(QT_TRANSLATE_NOOP("JsonExchange", "a text is not closed"), offset());
        const char *begin = m_bytes + m_position;
        const char *end = m_bytes + m_filled;
        const char *plainEnd = begin;
        while (plainEnd < end && static_cast<unsigned char>(*plainEnd) >= 0x20 &&
               static_cast<unsigned char>(*plainEnd) < 0x80 && *plainEnd != '"' && *plainEnd != '\\')
            ++plainEnd;
        if (keep)
            m_utf8.append(begin, plainEnd - begin);
        m_position += plainEnd - begin;
        if (plainEnd == end)
            continue;
        const auto byte = static_cast<unsigned char>(*plainEnd);
        if (byte == '"')
            break;
        if (byte == '\\')
            readEscape(keep);
        else if (byte < 0x20)
            fail(QT_TRANSLATE_NOOP("JsonExchange", "a control character in a text"), offset());
        else
            readMultiByteCharacter(keep);
    }
    ++m_position;
    if (keep)
        m_string = QString::fromUtf8(m_utf8);
}

void JsonTokenizer::readEscape(bool keep)
{
    const qint64 start = offset();
    ++m_position;
    const int escaped = takeByte();
    char32_t codePoint = 0;
    switch (escaped) {
    case '"':
    case '\\':
    case '/':
        codePoint = char32_t(escaped);
        break;
    case 'b':
        codePoint = '\b';
        break;
    case 'f':
        codePoint = '\f';
        break;
    case 'n':
        codePoint = '\n';
        break;
    case 'r':
        codePoint = '\r';
        break;
    case 't':
        codePoint = '\t';
        break;
    case 'u':
        codePoint = readHexQuad(start);
        // A character beyond the first 65,536 is escaped as a pair of surrogates; half a pair is no character.
        if (isHighSurrogate(codePoint)) {
            if (takeByte() != '\\' || takeByte() != 'u')
                fail(QT_TRANSLATE_NOOP("JsonExchange", "half a surrogate pair"), start);
            const char32_t low = readHexQuad(start);
            if (!isLowSurrogate(low))
                fail(QT_TRANSLATE_NOOP("JsonExchange", "half a surrogate pair"), start);
            codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
        } else if (isLowSurrogate(codePoint)) {
            fail(QT_TRANSLATE_NOOP("JsonExchange", "half a surrogate pair"), start);
        }
        break;
    default:
        fail(QT_TRANSLATE_NOOP("JsonExchange", "an unknown escape sequence"), start);
    }
    if (keep)
        appendUtf8(codePoint);
}

char32_t JsonTokenizer::readHexQuad(qint64 escapeStart)
{
    char32_t codePoint = 0;
    for (int digit = 0; digit < 4; ++digit) {
        const int value = hexDigit(takeByte());
        if (value < 0)
            fail(QT_TRANSLATE_NOOP("JsonExchange", "an unknown escape sequence"), escapeStart);
        codePoint = codePoint * 16 + char32_t(value);
    }
    return codePoint;
}

void JsonTokenizer::appendUtf8(char32_t codePoint)
{
    if (codePoint < 0x80) {
        m_utf8.append(char(codePoint));
    } else if (codePoint < 0x800) {
        m_utf8.append(char(0xC0 | (codePoint >> 6)));
        m_utf8.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        m_utf8.append(char(0xE0 | (codePoint >> 12)));
        m_utf8.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        m_utf8.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        m_utf8.append(char(0xF0 | (codePoint >> 18)));
        m_utf8.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        m_utf8.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        m_utf8.append(char(0x80 | (codePoint & 0x3F)));
    }
}

// One character of two to four bytes, checked as RFC 3629 says: no overlong forms, no surrogates, nothing past
// U+10FFFF. QString::fromUtf8 would put a replacement character in silently.
void JsonTokenizer::readMultiByteCharacter(bool keep)
{
    const qint64 start = offset();
    const int lead = takeByte();
    int length = 0;
    char32_t codePoint = 0;
    char32_t smallest = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = char32_t(lead & 0x1F);
        smallest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = char32_t(lead & 0x0F);
        smallest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = char32_t(lead & 0x07);
        smallest = 0x10000;
    } else {
        fail(QT_TRANSLATE_NOOP("JsonExchange", "invalid UTF-8"), start);
    }
    char bytes[4] = {char(lead)};
    for (int index = 1; index < length; ++index) {
        const int continuation = peekByte();
        if (continuation < 0 || (continuation & 0xC0) != 0x80)
            fail(QT_TRANSLATE_NOOP("JsonExchange", "invalid UTF-8"), start);
        ++m_position;
        bytes[index] = char(continuation);
        codePoint = (codePoint << 6) | char32_t(continuation & 0x3F);
    }
    if (codePoint < smallest || codePoint > 0x10FFFF || isHighSurrogate(codePoint) || isLowSurrogate(codePoint))
        fail(QT_TRANSLATE_NOOP("JsonExchange", "invalid UTF-8"), start);
    if (keep)
        m_utf8.append(bytes, length);
}

// As the JSON grammar has it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
void JsonTokenizer::readNumber()
{
    const qint64 start = offset();
    m_numberText.clear();
    if (peekByte() == '-')
        m_numberText.append(char(takeByte()));
    if (peekByte() == '0') {
        m_numberText.append(char(takeByte()));
        if (isDigit(peekByte()))
            fail(QT_TRANSLATE_NOOP("JsonExchange", "a number with a leading zero"), start);
    } else {
        readDigits();
    }
    if (peekByte() == '.') {
        m_numberText.append(char(takeByte()));
        readDigits();
    }
    if (peekByte() == 'e' || peekByte() == 'E') {
        m_numberText.append(char(takeByte()));
        if (peekByte() == '+' || peekByte() == '-')
            m_numberText.append(char(takeByte()));
        readDigits();
    }
    const char *end = m_numberText.constData() + m_numberText.size();
    const std::from_chars_result result = std::from_chars(m_numberText.constData(), end, m_number);
    if (result.ec != std::errc() || result.ptr != end)
        fail(QT_TRANSLATE_NOOP("JsonExchange", "a number too large or too small for a double"), start);
    m_expect = Expect::Separator;
}

// One digit at least.
void JsonTokenizer::readDigits()
{
    if (!isDigit(peekByte()))
        fail(QT_TRANSLATE_NOOP("JsonExchange", "expected a digit"), offset());
    while (isDigit(peekByte()))
        m_numberText.append(char(takeByte()));
}

void JsonTokenizer::readLiteral(const char *word)
{
    const qint64 start = offset();
    for (const char *expected = word; *expected != '\0'; ++expected) {
        if (takeByte() != *expected)
            fail(QT_TRANSLATE_NOOP("JsonExchange", "expected a value"), start);
    }
    m_expect = Expect::Separator;
}

void JsonTokenizer::skipValue()
{
    m_decodeStrings = false;
    const auto decodeAgain = qScopeGuard([this] { m_decodeStrings = true; });
    const qsizetype depth = m_containers.size();
    next();
    while (m_containers.size() > depth)
        next();
}

QJsonValue JsonTokenizer::readValue()
{
    return readValue(next());
}

QJsonValue JsonTokenizer::readValue(Token first)
{
    switch (first) {
    case Token::BeginObject: {
        QJsonObject object;
        while (next() == Token::Key) {
            const QString key = m_string;
            object.insert(key, readValue());
        }
        return object;
    }
    case Token::BeginArray: {
        QJsonArray array;
        for (Token element = next(); element != Token::EndArray; element = next())
            array.append(readValue(element));
        return array;
    }
    case Token::String:
        return m_string;
    case Token::Number:
        return m_number;
    case Token::True:
        return true;
    case Token::False:
        return false;
    case Token::Null:
        return QJsonValue::Null;
    case Token::EndObject:
    case Token::EndArray:
    case Token::Key:
    case Token::End:
        break;
    }
    return QJsonValue::Undefined; // not a value: only when the caller asked past the end
}

void JsonTokenizer::seek(qint64 offset)
{
    if (offset >= m_bufferStart && offset < m_bufferStart + m_filled) {
        m_position = offset - m_bufferStart;
    } else {
        m_device.seek(m_deviceStart + offset);
        m_bufferStart = offset;
        m_position = 0;
        m_filled = 0;
        m_atEnd = false;
    }
    m_containers.clear();
    m_expect = Expect::Value;
    m_documentEnds = false;
}
