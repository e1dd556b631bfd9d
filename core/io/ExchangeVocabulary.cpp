#include "io/ExchangeVocabulary.h"

#include "model/EnumNames.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <charconv>
#include <cmath>

// Written into place, ASCII lowered without Qt's case tables: an import normalises a few words per row, and append()
// and QChar::toLower were most of its reading of words.
QString ExchangeVocabulary::normalised(const QString &word)
{
    QString result(word.size(), Qt::Uninitialized);
    QChar *end = result.data();
    for (const QChar character : word) {
        if (character.isSpace() || character == QLatin1Char('_') || character == QLatin1Char('-'))
            continue;
        const char16_t code = character.unicode();
        *end++ = code >= u'A' && code <= u'Z' ? QChar(char16_t(code - u'A' + u'a'))
                 : code < 0x80                ? character
                                              : character.toLower();
    }
    result.truncate(end - result.constData());
    return result;
}

template <typename Enum> QString ExchangeVocabulary::name(Enum value)
{
    // Files write the stable names as words: "keep above" for "keep-above".
    return EnumNames::name(value).replace(QLatin1Char('-'), QLatin1Char(' '));
}

template <typename Enum> std::optional<Enum> ExchangeVocabulary::parse(const QString &word)
{
    // Each name normalised once: an import looks words up row after row.
    static const QHash<QString, Enum> byWord = [] {
        QHash<QString, Enum> words;
        for (const Enum value : EnumNames::values<Enum>()) {
            const QString word = normalised(EnumNames::name(value));
            if (!words.contains(word))
                words.insert(word, value);
        }
        return words;
    }();
    // A word already normalised, as files write most words, is found without normalising it again.
    if (const auto exact = byWord.constFind(word); exact != byWord.cend())
        return *exact;
    const auto found = byWord.constFind(normalised(word));
    return found == byWord.cend() ? std::nullopt : std::optional<Enum>(*found);
}

template <typename Enum> QString ExchangeVocabulary::choices()
{
    QStringList words;
    for (const Enum value : EnumNames::values<Enum>())
        words.append(name(value));
    return words.join(QStringLiteral(", "));
}

QString ExchangeVocabulary::number(double value)
{
    // Plain digits for the magnitudes OKRs use, so a spreadsheet shows 1000000 rather than 1e+06.
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

namespace {

// The plain decimal every export writes ("-12.5"), read without QLocale: its parse was most of reading a CSV number.
// Anything else (a decimal comma, an exponent, spaces) is left to QLocale.
std::optional<double> plainDecimal(const QString &text)
{
    constexpr qsizetype LongestPlain = 40;
    if (text.isEmpty() || text.size() > LongestPlain)
        return std::nullopt;
    char ascii[LongestPlain] = {};
    bool digits = false;
    bool point = false;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t character = text.at(index).unicode();
        if (character >= u'0' && character <= u'9')
            digits = true;
        else if (character == u'.' && digits && !point && index + 1 < text.size())
            point = true;
        else if (character != u'-' || index != 0)
            return std::nullopt;
        ascii[index] = char(character);
    }
    double value = 0;
    const char *end = ascii + text.size();
    const auto [parsed, error] = std::from_chars(ascii, end, value);
    if (!digits || error != std::errc() || parsed != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> ExchangeVocabulary::parseNumber(const QString &text)
{
    if (const std::optional<double> plain = plainDecimal(text))
        return plain;
    QString candidate = text.trimmed();
    if (candidate.count(QLatin1Char(',')) == 1 && !candidate.contains(QLatin1Char('.'))) {
        static const QRegularExpression decimalComma(QStringLiteral("^[+-]?\\d+,(\\d{1,2}|\\d{4,})$"));
        if (!decimalComma.match(candidate).hasMatch())
            return std::nullopt;
        candidate.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    static const QLocale plain = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        return c;
    }();
    bool ok = false;
    const double value = plain.toDouble(candidate, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QDate ExchangeVocabulary::parseDate(const QString &text)
{
    // The yyyy-MM-dd every export writes, read digit by digit: Qt's ISO 8601 parse was a tenth of reading a CSV key
    // result. Any other form is Qt's to read.
    const auto digits = [&text](qsizetype from, qsizetype count) -> std::optional<int> {
        int value = 0;
        for (qsizetype index = from; index < from + count; ++index) {
            const char16_t character = text.at(index).unicode();
            if (character < u'0' || character > u'9')
                return std::nullopt;
            value = value * 10 + (character - u'0');
        }
        return value;
    };
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        const std::optional<int> year = digits(0, 4);
        const std::optional<int> month = digits(5, 2);
        const std::optional<int> day = digits(8, 2);
        if (year && month && day)
            return QDate(*year, *month, *day);
    }
    return QDate::fromString(text, Qt::ISODate);
}

#define QUARTERDECK_VOCABULARY(Enum)                                                                                   \
    template QString ExchangeVocabulary::name<Enum>(Enum);                                                             \
    template std::optional<Enum> ExchangeVocabulary::parse<Enum>(const QString &);                                     \
    template QString ExchangeVocabulary::choices<Enum>();

QUARTERDECK_VOCABULARY(Commitment)
QUARTERDECK_VOCABULARY(CycleState)
QUARTERDECK_VOCABULARY(MeasureUnit)
QUARTERDECK_VOCABULARY(KeyResultKind)
QUARTERDECK_VOCABULARY(InitiativeStatus)
QUARTERDECK_VOCABULARY(Confidence)
QUARTERDECK_VOCABULARY(PlanItemKind)
QUARTERDECK_VOCABULARY(PreferredTrend)
