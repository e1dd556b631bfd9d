#include "support/catch.h"

#include "support/CatchQt.h"
#include "support/PinnedLocale.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"

#include <QTimeZone>

TEST_CASE("Numbers are grouped and rounded the locale's way", "[core][text]")
{
    const ValueFormat english(PinnedLocale::english());
    const ValueFormat german(PinnedLocale::german());

    CHECK(english.number(12596) == QStringLiteral("12,596"));
    CHECK(english.number(4.5) == QStringLiteral("4.5"));
    CHECK(english.number(0.256) == QStringLiteral("0.26"));
    CHECK(german.number(12596) == QStringLiteral("12.596"));
    CHECK(german.number(2.5) == QStringLiteral("2,5"));
}

TEST_CASE("Every value is written with its unit one way", "[core][text]")
{
    const ValueFormat english(PinnedLocale::english());

    CHECK(english.measure(12596, QStringLiteral("views")) == QStringLiteral("12,596\u00a0views"));
    CHECK(english.measure(56, QStringLiteral("$")) == QStringLiteral("$56"));
    CHECK(english.measure(1200, QStringLiteral("€")) == QStringLiteral("€1,200"));
    CHECK(english.measure(1200, QStringLiteral("EUR")) == QStringLiteral("1,200\u00a0EUR"));
    CHECK(english.measure(4.2, QStringLiteral("/10")) == QStringLiteral("4.2/10"));
    CHECK(english.measure(40, QStringLiteral("%")) == QStringLiteral("40\u00a0%"));
    CHECK(english.percent(0.4) == english.measure(40, QStringLiteral("%")));
    CHECK(english.measure(3, QString()) == QStringLiteral("3"));
}

TEST_CASE("A change of a share carries its sign, and one that rounds to nothing none", "[core][text]")
{
    const ValueFormat english(PinnedLocale::english());
    CHECK(english.signedPercent(0.05) == QStringLiteral("+5\u00a0%"));
    CHECK(english.signedPercent(-0.1) == QStringLiteral("-10\u00a0%"));
    CHECK(english.signedPercent(-0.004) == QStringLiteral("0\u00a0%"));
    CHECK(english.signedPercent(0.0) == QStringLiteral("0\u00a0%"));
}

TEST_CASE("A value offered for editing keeps its decimals and reads back", "[core][text]")
{
    for (const QLocale &locale : {PinnedLocale::english(), PinnedLocale::german()}) {
        const ValueFormat format(locale);
        const ValueParser parser(locale);
        for (const double value : {12596.125, 2.5, -0.001, 1e9})
            CHECK(parser.value(format.editable(value)) == value);
    }
    CHECK(ValueFormat(PinnedLocale::german()).editable(12596.5) == QStringLiteral("12596,5"));
}

TEST_CASE("A moment is written on the user's calendar day", "[core][text]")
{
    const ValueFormat english(PinnedLocale::english());
    const QDateTime lateEvening(QDate(2026, 12, 3), QTime(22, 30), QTimeZone(-8 * 3600));

    // Stored in UTC it is already 4 Dec; the person who said it (and reads it) lives in local time.
    REQUIRE(lateEvening.toUTC().date() == QDate(2026, 12, 4));
    CHECK(english.dateTime(lateEvening.toUTC()) == english.dateTime(lateEvening));
    CHECK(english.date(QDate(2026, 12, 3)) == QStringLiteral("3 Dec 2026"));
    CHECK(english.dayAndMonth(QDate(2026, 12, 3)) == QStringLiteral("3 Dec"));
}
