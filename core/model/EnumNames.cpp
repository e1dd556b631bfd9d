#include "model/EnumNames.h"

#include <array>
#include <utility>

namespace {

template <typename Enum, std::size_t Count> using NameTable = std::array<std::pair<Enum, QLatin1String>, Count>;

constexpr NameTable<Commitment, 2> commitmentNames{{
    {Commitment::Committed, QLatin1String("committed")},
    {Commitment::Aspirational, QLatin1String("aspirational")},
}};
constexpr NameTable<CycleState, 3> cycleStateNames{{
    {CycleState::Planning, QLatin1String("planning")},
    {CycleState::Active, QLatin1String("active")},
    {CycleState::Closed, QLatin1String("closed")},
}};
constexpr NameTable<MeasureUnit, 5> unitNames{{
    {MeasureUnit::Number, QLatin1String("number")},
    {MeasureUnit::Percent, QLatin1String("percent")},
    {MeasureUnit::Currency, QLatin1String("currency")},
    {MeasureUnit::Time, QLatin1String("time")},
    {MeasureUnit::Rating, QLatin1String("rating")},
}};
constexpr NameTable<KeyResultKind, 4> kindNames{{
    {KeyResultKind::Increase, QLatin1String("increase")},
    {KeyResultKind::Decrease, QLatin1String("decrease")},
    {KeyResultKind::KeepAbove, QLatin1String("keep-above")},
    {KeyResultKind::KeepBelow, QLatin1String("keep-below")},
}};
constexpr NameTable<InitiativeStatus, 4> statusNames{{
    {InitiativeStatus::Planned, QLatin1String("planned")},
    {InitiativeStatus::InProgress, QLatin1String("in-progress")},
    {InitiativeStatus::Done, QLatin1String("done")},
    {InitiativeStatus::Dropped, QLatin1String("dropped")},
}};
constexpr NameTable<Confidence, 3> confidenceNames{{
    {Confidence::OnTrack, QLatin1String("on-track")},
    {Confidence::AtRisk, QLatin1String("at-risk")},
    {Confidence::OffTrack, QLatin1String("off-track")},
}};
constexpr NameTable<PlanItemKind, 3> planItemKindNames{{
    {PlanItemKind::Plan, QLatin1String("plan")},
    {PlanItemKind::Progress, QLatin1String("progress")},
    {PlanItemKind::Problem, QLatin1String("problem")},
}};
constexpr NameTable<PreferredTrend, 2> trendNames{{
    {PreferredTrend::HigherIsBetter, QLatin1String("higher-is-better")},
    {PreferredTrend::LowerIsBetter, QLatin1String("lower-is-better")},
}};

template <typename Enum> constexpr const auto &namesOf();
template <> constexpr const auto &namesOf<Commitment>()
{
    return commitmentNames;
}
template <> constexpr const auto &namesOf<CycleState>()
{
    return cycleStateNames;
}
template <> constexpr const auto &namesOf<MeasureUnit>()
{
    return unitNames;
}
template <> constexpr const auto &namesOf<KeyResultKind>()
{
    return kindNames;
}
template <> constexpr const auto &namesOf<InitiativeStatus>()
{
    return statusNames;
}
template <> constexpr const auto &namesOf<Confidence>()
{
    return confidenceNames;
}
template <> constexpr const auto &namesOf<PlanItemKind>()
{
    return planItemKindNames;
}
template <> constexpr const auto &namesOf<PreferredTrend>()
{
    return trendNames;
}

} // namespace

template <typename Enum> QString EnumNames::name(Enum value)
{
    for (const auto &[candidate, name] : namesOf<Enum>()) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum> std::optional<Enum> EnumNames::parse(const QString &text)
{
    // The document and the exchange files hold the names as written: an exact match first spares folding the case
    // of every row's text (tens of thousands per plan read at 1,000 teams).
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const auto &[value, name] : namesOf<Enum>()) {
            if (text.compare(name, sensitivity) == 0)
                return value;
        }
    }
    return std::nullopt;
}

template <typename Enum> std::optional<Enum> EnumNames::parse(QUtf8StringView text)
{
    // The names are ASCII: equal as bytes is equal as text. Any other spelling is decoded and compared as above.
    for (const auto &[value, name] : namesOf<Enum>()) {
        if (QByteArrayView(text.data(), text.size()) == QByteArrayView(name.data(), name.size()))
            return value;
    }
    return parse<Enum>(text.toString());
}

template <typename Enum> QList<Enum> EnumNames::values()
{
    QList<Enum> all;
    for (const auto &entry : namesOf<Enum>())
        all.append(entry.first);
    return all;
}

#define QUARTERDECK_ENUM_NAMES(Enum)                                                                                   \
    template QString EnumNames::name<Enum>(Enum);                                                                      \
    template std::optional<Enum> EnumNames::parse<Enum>(const QString &);                                              \
    template std::optional<Enum> EnumNames::parse<Enum>(QUtf8StringView);                                              \
    template QList<Enum> EnumNames::values<Enum>();

QUARTERDECK_ENUM_NAMES(Commitment)
QUARTERDECK_ENUM_NAMES(CycleState)
QUARTERDECK_ENUM_NAMES(MeasureUnit)
QUARTERDECK_ENUM_NAMES(KeyResultKind)
QUARTERDECK_ENUM_NAMES(InitiativeStatus)
QUARTERDECK_ENUM_NAMES(Confidence)
QUARTERDECK_ENUM_NAMES(PlanItemKind)
QUARTERDECK_ENUM_NAMES(PreferredTrend)
