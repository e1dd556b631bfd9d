#pragma once

#include <QByteArray>
#include <QStringView>

// JSON literals written in UTF-8 as QJsonDocument::toJson writes them (compact), for output that streams or keeps
// its keys in a documented order, where building a QJsonDocument per value would cost most of the time. Straight
// into the bytes that are written out: no QString per value, and no second encoding of the whole output.
class JsonText {
public:
    // A JSON string appended to `json`: quotes, backslashes and control characters escaped, a lone surrogate as
    // \uXXXX (UTF-8 cannot hold it), everything else as it is.
    static void appendString(QByteArray &json, QStringView text);
    // A JSON number, integral values without a fraction; null when not finite (JSON has no NaN or infinity).
    static void appendNumber(QByteArray &json, double value);
    static void appendInteger(QByteArray &json, qint64 value); // an id, a count: never a fraction
    // `"name":` after a comma, unless it is the object's first key: a plain name, which needs no escapes.
    static void appendKey(QByteArray &json, QByteArrayView name, bool first);
};
