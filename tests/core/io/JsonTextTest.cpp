#include "support/catch.h"

#include "io/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {

// What QJsonDocument writes for one value: the reference JsonText keeps to.
QByteArray written(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray numberOf(double value)
{
    QByteArray json;
    JsonText::appendNumber(json, value);
    return json;
}

} // namespace

TEST_CASE("JSON strings should be the bytes QJsonDocument writes, a lone surrogate escaped", "[core][io][json]")
{
    QString everyControl;
    for (char16_t code = 0; code < 0x20; ++code)
        everyControl += QChar(code);
    const QString pair = QStringLiteral("🎯");
    const QStringList texts{QString(),
                            QStringLiteral("plain"),
                            QStringLiteral("say \"hi\" \\ back/slash"),
                            QStringLiteral("tab\tline\nreturn\r"),
                            everyControl,
                            QStringLiteral("Müller · 東京 · ") + pair,
                            QString(pair.at(0)) + QStringLiteral(" high alone"),
                            QStringLiteral("low alone ") + pair.at(1),
                            QString(pair.at(1)) + pair.at(0) + QChar(0x1f),
                            QString(QChar(0x7f)) + QChar(0x2028) + QChar(0xfffe)};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QByteArray json = "[";
        JsonText::appendString(json, text);
        CHECK(json.mid(1) == written(text)); // appended to what the buffer holds
    }
}

TEST_CASE("JSON numbers should be written as QJsonDocument writes them, null when not finite", "[core][io][json]")
{
    for (const double value : {0.0,
                               1.0,
                               -3.0,
                               0.1,
                               2.5e-7,
                               1234567.891,
                               1e15,
                               -4503599627370497.0,
                               9007199254740993.0,
                               1e300,
                               std::numeric_limits<double>::min(),
                               std::numeric_limits<double>::max(),
                               0.0001,
                               -0.00001,
                               0.000123,
                               0.001,
                               1e16,
                               1.5e20,
                               123.456,
                               -99.75,
                               1e-300,
                               12345678901234567.5}) {
        INFO(value);
        CHECK(numberOf(value) == written(value));
    }
    CHECK(numberOf(std::numeric_limits<double>::quiet_NaN()) == "null");
    CHECK(numberOf(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("JSON keys should follow a comma unless they open the object", "[core][io][json]")
{
    QByteArray json = "{";
    JsonText::appendKey(json, "first", true);
    json += '1';
    JsonText::appendKey(json, "second", false);
    json += "2}";
    CHECK(json == R"({"first":1,"second":2})");
}
