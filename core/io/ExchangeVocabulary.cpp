#include "io/ExchangeVocabulary.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <utility>

namespace {

template <typename Enum> using Words = QList<std::pair<Enum, QLatin1String>>;

const Words<Commitment> commitments{{Commitment::Committed, QLatin1String("committed")},
                                    {Commitment::Aspirational, QLatin1String("aspirational")}};
const Words<CycleState> cycleStates{{CycleState::Planning, QLatin1String("planning")},
                                    {CycleState::Active, QLatin1String("active")},
                                    {CycleState::Closed, QLatin1String("closed")}};
const Words<MeasureUnit> measureUnits{{MeasureUnit::Number, QLatin1String("number")},
                                      {MeasureUnit::Percent, QLatin1String("percent")},
                                      {MeasureUnit::Currency, QLatin1String("currency")},
                                      {MeasureUnit::Time, QLatin1String("time")},
                                      {MeasureUnit::Rating, QLatin1String("rating")}};
const Words<KeyResultKind> keyResultKinds{{KeyResultKind::Increase, QLatin1String("increase")},
                                          {KeyResultKind::Decrease, QLatin1String("decrease")},
                                          {KeyResultKind::KeepAbove, QLatin1String("keep above")},
                                          {KeyResultKind::KeepBelow, QLatin1String("keep below")}};
const Words<InitiativeStatus> initiativeStatuses{{InitiativeStatus::Planned, QLatin1String("planned")},
                                                 {InitiativeStatus::InProgress, QLatin1String("in progress")},
                                                 {InitiativeStatus::Done, QLatin1String("done")},
                                                 {InitiativeStatus::Dropped, QLatin1String("dropped")}};
const Words<Confidence> confidences{{Confidence::OnTrack, QLatin1String("on track")},
                                    {Confidence::AtRisk, QLatin1String("at risk")},
                                    {Confidence::OffTrack, QLatin1String("off track")}};
const Words<PlanItemKind> planItemKinds{{PlanItemKind::Plan, QLatin1String("plan")},
                                        {PlanItemKind::Progress, QLatin1String("progress")},
                                        {PlanItemKind::Problem, QLatin1String("problem")}};
const Words<PreferredTrend> preferredTrends{{PreferredTrend::HigherIsBetter, QLatin1String("higher is better")},
                                            {PreferredTrend::LowerIsBetter, QLatin1String("lower is better")}};

template <typename Enum> const Words<Enum> &wordsOf();
template <> const Words<Commitment> &wordsOf()
{
    return commitments;
}
template <> const Words<CycleState> &wordsOf()
{
    return cycleStates;
}
template <> const Words<MeasureUnit> &wordsOf()
{
    return measureUnits;
}
template <> const Words<KeyResultKind> &wordsOf()
{
    return keyResultKinds;
}
template <> const Words<InitiativeStatus> &wordsOf()
{
    return initiativeStatuses;
}
template <> const Words<Confidence> &wordsOf()
{
    return confidences;
}
template <> const Words<PlanItemKind> &wordsOf()
{
    return planItemKinds;
}
template <> const Words<PreferredTrend> &wordsOf()
{
    return preferredTrends;
}

} // namespace

QString ExchangeVocabulary::normalised(const QString &word)
{
    QString result;
    result.reserve(word.size());
    for (const QChar character : word) {
        if (!character.isSpace() && character != QLatin1Char('_') && character != QLatin1Char('-'))
            result.append(character.toLower());
    }
    return result;
}

template <typename Enum> QString ExchangeVocabulary::name(Enum value)
{
    for (const auto &[candidate, word] : wordsOf<Enum>()) {
        if (candidate == value)
            return word;
    }
    return {};
}

template <typename Enum> std::optional<Enum> ExchangeVocabulary::parse(const QString &word)
{
    const QString wanted = normalised(word);
    for (const auto &[value, candidate] : wordsOf<Enum>()) {
        if (normalised(candidate) == wanted)
            return value;
    }
    return std::nullopt;
}

template <typename Enum> QString ExchangeVocabulary::choices()
{
    QStringList words;
    for (const auto &entry : wordsOf<Enum>())
        words.append(entry.second);
    return words.join(QStringLiteral(", "));
}

QString ExchangeVocabulary::number(double value)
{
    // Plain digits for the magnitudes OKRs use, so a spreadsheet shows 1000000 rather than 1e+06.
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

std::optional<double> ExchangeVocabulary::parseNumber(const QString &text)
{
    QString candidate = text.trimmed();
    if (candidate.count(QLatin1Char(',')) == 1 && !candidate.contains(QLatin1Char('.'))) {
        static const QRegularExpression decimalComma(QStringLiteral("^[+-]?\\d+,(\\d{1,2}|\\d{4,})$"));
        if (!decimalComma.match(candidate).hasMatch())
            return std::nullopt;
        candidate.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    QLocale plain = QLocale::c();
    plain.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = plain.toDouble(candidate, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
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
