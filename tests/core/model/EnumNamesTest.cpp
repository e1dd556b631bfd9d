#include "support/catch.h"

#include "model/EnumNames.h"

namespace {

template <typename Enum> void checkRoundTrip()
{
    const QList<Enum> all = EnumNames::values<Enum>();
    REQUIRE_FALSE(all.isEmpty());
    for (const Enum value : all) {
        CHECK_FALSE(EnumNames::name(value).isEmpty());
        CHECK(EnumNames::parse<Enum>(EnumNames::name(value)) == value);
        CHECK(EnumNames::parse<Enum>(QUtf8StringView(EnumNames::name(value).toUtf8())) == value);
    }
}

} // namespace

TEST_CASE("Every enumeration's names should round-trip", "[core][model]")
{
    checkRoundTrip<Commitment>();
    checkRoundTrip<CycleState>();
    checkRoundTrip<MeasureUnit>();
    checkRoundTrip<KeyResultKind>();
    checkRoundTrip<InitiativeStatus>();
    checkRoundTrip<Confidence>();
    checkRoundTrip<PlanItemKind>();
    checkRoundTrip<PreferredTrend>();
}

TEST_CASE("The stable names should be the words the document stores", "[core][model]")
{
    CHECK(EnumNames::name(KeyResultKind::KeepAbove) == QStringLiteral("keep-above"));
    CHECK(EnumNames::name(InitiativeStatus::InProgress) == QStringLiteral("in-progress"));
    CHECK(EnumNames::name(PreferredTrend::LowerIsBetter) == QStringLiteral("lower-is-better"));
    CHECK(EnumNames::name(CycleState::Closed) == QStringLiteral("closed"));
    CHECK(EnumNames::values<Confidence>() ==
          QList<Confidence>{Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack});
}

TEST_CASE("Confidence names should round-trip and refuse unknown words", "[core][model]")
{
    for (const Confidence confidence : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
        CHECK(EnumNames::parse<Confidence>(EnumNames::name(confidence)) == confidence);
    CHECK(EnumNames::parse<Confidence>(QStringLiteral("AT-RISK")) == Confidence::AtRisk);
    CHECK_FALSE(EnumNames::parse<Confidence>(QStringLiteral("fine")).has_value());
    // As a document stores them, read before they are decoded.
    CHECK(EnumNames::parse<Confidence>(QUtf8StringView("Off-Track")) == Confidence::OffTrack);
    CHECK_FALSE(EnumNames::parse<Confidence>(QUtf8StringView("on-track ")).has_value());
    CHECK_FALSE(EnumNames::parse<Confidence>(QUtf8StringView("on-träck")).has_value());
    CHECK_FALSE(EnumNames::parse<Confidence>(QUtf8StringView()).has_value());
}
