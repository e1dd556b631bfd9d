#include "support/catch.h"

#include "io/ExchangeVocabulary.h"

TEST_CASE("Numbers should be written with a decimal point and no more digits than needed", "[core][io]")
{
    CHECK(ExchangeVocabulary::number(15000) == QStringLiteral("15000"));
    CHECK(ExchangeVocabulary::number(1000000) == QStringLiteral("1000000"));
    CHECK(ExchangeVocabulary::number(250000.5) == QStringLiteral("250000.5"));
    CHECK(ExchangeVocabulary::number(0.0000015) == QStringLiteral("0.0000015"));
    CHECK(ExchangeVocabulary::number(0) == QStringLiteral("0"));
    CHECK(ExchangeVocabulary::number(1e300) == QStringLiteral("1e+300"));
    CHECK(ExchangeVocabulary::number(0.1) == QStringLiteral("0.1"));
    CHECK(ExchangeVocabulary::number(-2.75) == QStringLiteral("-2.75"));
    CHECK(ExchangeVocabulary::number(99.6) == QStringLiteral("99.6"));
    CHECK(ExchangeVocabulary::parseNumber(ExchangeVocabulary::number(1.0 / 3.0)) == 1.0 / 3.0);
}

TEST_CASE("Numbers should be read with a decimal point, or a decimal comma where it cannot mean thousands",
          "[core][io]")
{
    CHECK(ExchangeVocabulary::parseNumber(QStringLiteral("12.5")) == 12.5);
    CHECK(ExchangeVocabulary::parseNumber(QStringLiteral(" 7 ")) == 7.0);
    CHECK(ExchangeVocabulary::parseNumber(QStringLiteral("-3")) == -3.0);
    CHECK(ExchangeVocabulary::parseNumber(QStringLiteral("12,5")) == 12.5);
    CHECK(ExchangeVocabulary::parseNumber(QStringLiteral("0,25")) == 0.25);
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("1,000")).has_value());
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("1,234.5")).has_value());
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("1,000,000")).has_value());
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("abc")).has_value());
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("12%")).has_value());
    CHECK_FALSE(ExchangeVocabulary::parseNumber(QStringLiteral("inf")).has_value());
}

TEST_CASE("Words should match regardless of case, spaces, underscores and hyphens", "[core][io]")
{
    CHECK(ExchangeVocabulary::parse<InitiativeStatus>(QStringLiteral("In progress")) == InitiativeStatus::InProgress);
    CHECK(ExchangeVocabulary::parse<InitiativeStatus>(QStringLiteral("in_progress")) == InitiativeStatus::InProgress);
    CHECK(ExchangeVocabulary::parse<InitiativeStatus>(QStringLiteral("InProgress")) == InitiativeStatus::InProgress);
    CHECK(ExchangeVocabulary::parse<KeyResultKind>(QStringLiteral("keep-above")) == KeyResultKind::KeepAbove);
    CHECK(ExchangeVocabulary::parse<KeyResultKind>(QStringLiteral("\tKEEP\u00A0Below ")) == KeyResultKind::KeepBelow);
    CHECK(ExchangeVocabulary::normalised(QStringLiteral("Ä Z_é-Ω")) == QStringLiteral("äzéω"));
    CHECK_FALSE(ExchangeVocabulary::parse<Commitment>(QStringLiteral("maybe")).has_value());
    CHECK(ExchangeVocabulary::name(Confidence::AtRisk) == QStringLiteral("at risk"));
    CHECK(ExchangeVocabulary::choices<Commitment>() == QStringLiteral("committed, aspirational"));
}

TEST_CASE("Days should be read as Qt reads ISO 8601 dates, the form exports write the quickest", "[core][io]")
{
    CHECK(ExchangeVocabulary::parseDate(QStringLiteral("2026-07-01")) == QDate(2026, 7, 1));
    CHECK(ExchangeVocabulary::parseDate(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    for (const char *text :
         {"2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "9999-12-31", "2026-7-1", "2026/07/01", "20260701",
          "2026-07-1x", "2026-07-+1", " 2026-07-01", "2026-07-01 ", "2026-07-01T10:00", "", "next week"}) {
        INFO(text);
        const QString day = QString::fromUtf8(text);
        CHECK(ExchangeVocabulary::parseDate(day) == QDate::fromString(day, Qt::ISODate));
    }
    CHECK_FALSE(ExchangeVocabulary::parseDate(QStringLiteral("2026-02-29")).isValid());
    CHECK_FALSE(ExchangeVocabulary::parseDate(QStringLiteral("next week")).isValid());
}
