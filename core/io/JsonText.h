#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// JSON literals written as QJsonDocument writes them (compact), for output that streams or keeps its keys in a
// documented order, where building a QJsonDocument per value would cost most of the time.
class JsonText {
public:
    // A JSON string appended to `json`: quotes, backslashes and control characters escaped, everything else as it
    // is. Output written line by line reuses one buffer instead of a string per value.
    static void appendString(QString &json, QStringView text);
    // A JSON number, integral values without a fraction; null when not finite (JSON has no NaN or infinity).
    static void appendNumber(QString &json, double value);

    // The same in UTF-8, the bytes QJsonDocument::toJson gives (a lone surrogate escaped as \uXXXX, since UTF-8
    // cannot hold it): what a file is written in, without a QString per value.
    static void appendString(QByteArray &json, QStringView text);
    static void appendNumber(QByteArray &json, double value);
    static void appendInteger(QByteArray &json, qint64 value); // an id, a count: never a fraction
};
