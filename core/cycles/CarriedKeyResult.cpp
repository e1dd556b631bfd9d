#include "cycles/CarriedKeyResult.h"

#include "model/TextLimits.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace CarriedKeyResult {

namespace {

// Decimals enough for the value, at most 2: 320 -> "320", 12.5 -> "12.5", 0.333 -> "0.33".
int decimalsFor(double value)
{
    for (int decimals = 0; decimals < 2; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::abs(std::round(value * scale) - value * scale) < 1e-6)
            return decimals;
    }
    return 2;
}

QString written(double value, bool grouped)
{
    QLocale plain = QLocale::c();
    plain.setNumberOptions(grouped ? QLocale::NumberOptions() : QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', decimalsFor(value));
}

} // namespace

KeyResult carried(const KeyResult &source)
{
    KeyResult copy = source;
    copy.start = source.currentOrStart();
    copy.current.reset();
    copy.addedOn = {}; // added to the new cycle now: paced from the later of today and its start
    // A rewrite that would no longer fit (a far longer number) keeps the title as it was.
    const QString title = retitled(source.title, source.start, copy.start);
    if (TextLimits::fits(TextField::KeyResultTitle, title))
        copy.title = title;
    return copy;
}

QString retitled(const QString &title, double oldStart, double newStart)
{
    // "from", an optional currency sign, then the number: "1,200", "300", "12.5".
    static const QRegularExpression statedStart(
        QStringLiteral("\\bfrom\\s+[$€£]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = statedStart.match(title);
    if (!match.hasMatch() || oldStart == newStart)
        return title;
    const QString wholePart = match.captured(1);
    const double stated = QString(wholePart).remove(QLatin1Char(',')).append(match.captured(2)).toDouble();
    if (std::abs(stated - oldStart) > 1e-9 * std::max(1.0, std::abs(oldStart)))
        return title;
    const qsizetype numberStart = match.capturedStart(1);
    const qsizetype numberEnd = match.capturedEnd(2) >= 0 ? match.capturedEnd(2) : match.capturedEnd(1);
    QString result = title;
    return result.replace(numberStart, numberEnd - numberStart,
                          written(newStart, wholePart.contains(QLatin1Char(','))));
}

} // namespace CarriedKeyResult
