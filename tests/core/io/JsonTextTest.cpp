#include "support/catch.h"

#include "io/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {

// What QJsonDocument writes for one value: the reference JsonText keeps to.
QByteArray writtenBytes(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString written(const QJsonValue &value)
{
    return QString::fromUtf8(writtenBytes(value));
}

QString stringOf(const QString &text)
{
    QString json;
    JsonText::appendString(json, text);
    return json;
}

QString numberOf(double value)
{
    QString json;
    JsonText::appendNumber(json, value);
    return json;
}

} // namespace

TEST_CASE("JSON strings should be written as QJsonDocument writes them", "[core][io][json]")
{
    QString everyControl;
    for (char16_t code = 0; code < 0x20; ++code)
        everyControl += QChar(code);
    const QStringList texts{QString(),
                            QStringLiteral("plain"),
                            QStringLiteral("say \"hi\" \\ back/slash"),
                            QStringLiteral("tab\tline\nreturn\r"),
                            everyControl,
                            QStringLiteral("Müller · 東京 · 🎯"),
                            QString(QChar(0x7f)) + QChar(0x2028)};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(stringOf(text) == written(text));
    }
}

TEST_CASE("JSON numbers should be written as QJsonDocument writes them, null when not finite", "[core][io][json]")
{
    for (const double value : {0.0, 1.0, -3.0, 0.1, 2.5e-7, 1234567.891, 1e15, -4503599627370497.0, 9007199254740993.0,
                               1e300, std::numeric_limits<double>::min(), std::numeric_limits<double>::max()}) {
        INFO(value);
        CHECK(numberOf(value) == written(value));
    }
    CHECK(numberOf(std::numeric_limits<double>::quiet_NaN()) == QStringLiteral("null"));
    CHECK(numberOf(std::numeric_limits<double>::infinity()) == QStringLiteral("null"));
}

TEST_CASE("JSON in UTF-8 should be the bytes QJsonDocument writes, a lone surrogate escaped", "[core][io][json]")
{
    const QString pair = QStringLiteral("🎯");
    const QStringList texts{QString(),
                            QStringLiteral("plain"),
                            QStringLiteral("say \"hi\" \\ back/slash\ttab"),
                            QStringLiteral("Müller · 東京 · ") + pair,
                            QString(pair.at(0)) + QStringLiteral(" high alone"),
                            QStringLiteral("low alone ") + pair.at(1),
                            QString(pair.at(1)) + pair.at(0) + QChar(0x1f),
                            QString(QChar(0x7f)) + QChar(0x2028) + QChar(0xfffe)};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QByteArray json = "[";
        JsonText::appendString(json, text);
        CHECK(json.mid(1) == writtenBytes(text));
        CHECK(stringOf(text) == written(text));
    }
    for (const double value : {0.0, -3.0, 0.1, 1e15, 9007199254740993.0, std::numeric_limits<double>::max()}) {
        INFO(value);
        QByteArray json;
        JsonText::appendNumber(json, value);
        CHECK(json == writtenBytes(value));
    }
}
