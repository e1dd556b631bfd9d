#pragma once

#include <QString>
#include <QStringView>

// JSON literals written as QJsonDocument writes them (compact), for output that streams or keeps its keys in a
// documented order, where building a QJsonDocument per value would cost most of the time.
class JsonText {
public:
    // A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static QString string(QStringView text);
    // A JSON number, integral values without a fraction; null when not finite (JSON has no NaN or infinity).
    static QString number(double value);

    // The same, appended to `json`: output written line by line reuses one buffer instead of a string per value.
    static void appendString(QString &json, QStringView text);
    static void appendNumber(QString &json, double value);
};
