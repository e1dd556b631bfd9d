#include "support/catch.h"

#include "io/ExchangeError.h"
#include "io/JsonTokenizer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

using Token = JsonTokenizer::Token;

// Every token of `json` as text, read `chunkSize` bytes at a time.
QStringList tokens(const QByteArray &json, qsizetype chunkSize = 64)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    JsonTokenizer tokenizer(device, chunkSize);
    QStringList found;
    for (Token token = tokenizer.next(); token != Token::End; token = tokenizer.next()) {
        switch (token) {
        case Token::BeginObject:
            found.append(QStringLiteral("{"));
            break;
        case Token::EndObject:
            found.append(QStringLiteral("}"));
            break;
        case Token::BeginArray:
            found.append(QStringLiteral("["));
            break;
        case Token::EndArray:
            found.append(QStringLiteral("]"));
            break;
        case Token::Key:
            found.append(QStringLiteral("key:") + tokenizer.string());
            break;
        case Token::String:
            found.append(QStringLiteral("text:") + tokenizer.string());
            break;
        case Token::Number:
            found.append(QStringLiteral("number:") + QString::number(tokenizer.number(), 'g', 17));
            break;
        case Token::True:
            found.append(QStringLiteral("true"));
            break;
        case Token::False:
            found.append(QStringLiteral("false"));
            break;
        case Token::Null:
            found.append(QStringLiteral("null"));
            break;
        case Token::End:
            break;
        }
    }
    return found;
}

QString tokenError(const QByteArray &json, qsizetype chunkSize = 64)
{
    try {
        tokens(json, chunkSize);
    } catch (const ExchangeError &error) {
        return error.message();
    }
    return {};
}

double onlyNumber(const QByteArray &json)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    JsonTokenizer tokenizer(device);
    REQUIRE(tokenizer.next() == Token::Number);
    return tokenizer.number();
}

} // namespace

TEST_CASE("The JSON tokenizer should give every kind of token", "[core][io][json][tokenizer]")
{
    const QStringList expected{
        QStringLiteral("{"),        QStringLiteral("key:a"), QStringLiteral("["),           QStringLiteral("number:1"),
        QStringLiteral("text:two"), QStringLiteral("true"),  QStringLiteral("false"),       QStringLiteral("null"),
        QStringLiteral("{"),        QStringLiteral("}"),     QStringLiteral("["),           QStringLiteral("]"),
        QStringLiteral("]"),        QStringLiteral("key:b"), QStringLiteral("number:-2.5"), QStringLiteral("}"),
    };
    const QByteArray json = " {\"a\" : [1, \"two\",true,false,null,{},[ ]],\n\t\"b\":-2.5}\r\n";
    CHECK(tokens(json) == expected);
    // Every token split across reads: one byte at a time.
    CHECK(tokens(json, 1) == expected);
    CHECK(tokens("\xEF\xBB\xBF[]") == QStringList{QStringLiteral("["), QStringLiteral("]")});
}

TEST_CASE("The JSON tokenizer should decode every escape and character, across reads", "[core][io][json][tokenizer]")
{
    const QByteArray json = "[\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u20AC \\ud83d\\ude00 é € 😀\"]";
    const QString expected = QStringLiteral("text:q\" b\\ s/ \b\f\n\r\t é € 😀 é € 😀");
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(64)})
        CHECK(tokens(json, chunkSize) == QStringList{QStringLiteral("["), expected, QStringLiteral("]")});
    CHECK(tokens("[\"nul \\u0000 inside\"]").at(1) ==
          QStringLiteral("text:nul ") + QChar(0) + QStringLiteral(" inside"));
}

TEST_CASE("The JSON tokenizer should read numbers as the JSON grammar has them", "[core][io][json][tokenizer]")
{
    CHECK(onlyNumber("0") == 0.0);
    CHECK(std::signbit(onlyNumber("-0")));
    CHECK(onlyNumber("-12.5e2") == -1250.0);
    CHECK(onlyNumber("1E+3") == 1000.0);
    CHECK(onlyNumber("25e-1") == 2.5);
    CHECK(onlyNumber("0.1") == 0.1);
    CHECK(onlyNumber("9007199254740993") == 9007199254740992.0); // beyond 2^53: the nearest double
    CHECK(onlyNumber("9007199254740991") == 9007199254740991.0); // exact up to 2^53
    CHECK(onlyNumber("123456789012345678901234567890") == 123456789012345678901234567890.0);
    CHECK(onlyNumber("1.7976931348623157e308") == 1.7976931348623157e308);
}

TEST_CASE("The JSON tokenizer should refuse what is not JSON, saying where", "[core][io][json][tokenizer]")
{
    CHECK(tokenError("") == QStringLiteral("Not valid JSON: the document ends too early at character 0."));
    CHECK(tokenError("{\"a\": [1, 2") ==
          QStringLiteral("Not valid JSON: the document ends too early at character 11."));
    CHECK(tokenError("{\"a\": \"text") == QStringLiteral("Not valid JSON: a text is not closed at character 11."));
    CHECK(tokenError("[\"\\x\"]") == QStringLiteral("Not valid JSON: an unknown escape sequence at character 2."));
    CHECK(tokenError("[\"\\u12G4\"]") == QStringLiteral("Not valid JSON: an unknown escape sequence at character 2."));
    CHECK(tokenError("[\"\\ud83d\"]") == QStringLiteral("Not valid JSON: half a surrogate pair at character 2."));
    CHECK(tokenError("[\"\\ud83d\\u0041\"]") ==
          QStringLiteral("Not valid JSON: half a surrogate pair at character 2."));
    CHECK(tokenError("[\"\\ude00\"]") == QStringLiteral("Not valid JSON: half a surrogate pair at character 2."));
    CHECK(tokenError("[1] x") == QStringLiteral("Not valid JSON: more after the end of the document at character 4."));
    CHECK(tokenError("[1]]") == QStringLiteral("Not valid JSON: more after the end of the document at character 3."));
    CHECK(tokenError("[012]") == QStringLiteral("Not valid JSON: a number with a leading zero at character 1."));
    CHECK(tokenError("[-]") == QStringLiteral("Not valid JSON: expected a digit at character 2."));
    CHECK(tokenError("[1.]") == QStringLiteral("Not valid JSON: expected a digit at character 3."));
    CHECK(tokenError("[1e]") == QStringLiteral("Not valid JSON: expected a digit at character 3."));
    CHECK(tokenError("[.5]") == QStringLiteral("Not valid JSON: expected a value at character 1."));
    CHECK(tokenError("[1e999]") ==
          QStringLiteral("Not valid JSON: a number too large or too small for a double at character 1."));
    CHECK(tokenError("[tru]") == QStringLiteral("Not valid JSON: expected a value at character 1."));
    CHECK(tokenError("[1 2]") == QStringLiteral("Not valid JSON: expected ',' or ']' at character 3."));
    CHECK(tokenError("{\"a\" 1}") == QStringLiteral("Not valid JSON: expected ':' after a name at character 5."));
    CHECK(tokenError("{\"a\":1,}") == QStringLiteral("Not valid JSON: expected a name in quotes at character 7."));
    CHECK(tokenError("[1,]") == QStringLiteral("Not valid JSON: expected a value at character 3."));
    CHECK(tokenError("[\"tab\there\"]") ==
          QStringLiteral("Not valid JSON: a control character in a text at character 5."));
    CHECK(tokenError("[\"a\xFF\"]") == QStringLiteral("Not valid JSON: invalid UTF-8 at character 3."));
    CHECK(tokenError("[\"a\xC3\"]") == QStringLiteral("Not valid JSON: invalid UTF-8 at character 3."));
    CHECK(tokenError("[\"a\xC0\xAF\"]") == QStringLiteral("Not valid JSON: invalid UTF-8 at character 3.")); // overlong
    CHECK(tokenError("[\"a\xED\xA0\x80\"]") ==
          QStringLiteral("Not valid JSON: invalid UTF-8 at character 3.")); // surrogate
    CHECK(tokenError("[\"a\xF4\x90\x80\x80\"]") == QStringLiteral("Not valid JSON: invalid UTF-8 at character 3."));
    // The same faults found where a read ends: the offset counts from the start of the device all the same.
    CHECK(tokenError("[\"a\xC3\"]", 1) == QStringLiteral("Not valid JSON: invalid UTF-8 at character 3."));
    CHECK(tokenError("[1] x", 1) ==
          QStringLiteral("Not valid JSON: more after the end of the document at character 4."));
}

TEST_CASE("The JSON tokenizer should refuse a document nested too deeply", "[core][io][json][tokenizer]")
{
    const QByteArray deepest =
        QByteArray(JsonTokenizer::maximumDepth, '[') + QByteArray(JsonTokenizer::maximumDepth, ']');
    CHECK(tokenError(deepest).isEmpty());
    const QByteArray deeper = '[' + deepest + ']';
    CHECK(tokenError(deeper) ==
          QStringLiteral("Not valid JSON: nested too deeply at character %1.").arg(JsonTokenizer::maximumDepth));
}

TEST_CASE("The JSON tokenizer should skip, read whole and go back to a value", "[core][io][json][tokenizer]")
{
    const QByteArray json =
        "{\"skipped\": {\"a\": [1, {\"b\": \"\\u00e9\"}]}, \"kept\": {\"x\": [1, true, null], \"x\": "
        "\"last\", \"y\": {\"z\": -0.5}}, \"end\": 3}";
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
        QBuffer device;
        device.setData(json);
        device.open(QIODevice::ReadOnly);
        JsonTokenizer tokenizer(device, chunkSize);
        REQUIRE(tokenizer.next() == Token::BeginObject);
        REQUIRE(tokenizer.next() == Token::Key);
        const qint64 skipped = tokenizer.offset();
        tokenizer.skipValue();
        REQUIRE(tokenizer.next() == Token::Key);
        CHECK(tokenizer.string() == QStringLiteral("kept"));
        const QJsonValue kept = tokenizer.readValue();
        CHECK(kept == QJsonDocument::fromJson("{\"x\": \"last\", \"y\": {\"z\": -0.5}}").object());
        REQUIRE(tokenizer.next() == Token::Key);
        tokenizer.skipValue();
        CHECK(tokenizer.next() == Token::EndObject);
        CHECK(tokenizer.next() == Token::End);

        // Back to the skipped value: read as if it were the document, whatever follows it.
        tokenizer.seek(skipped);
        CHECK(tokenizer.readValue() == QJsonDocument::fromJson("{\"a\": [1, {\"b\": \"é\"}]}").object());
        CHECK(tokenizer.next() == Token::End);
    }
}
