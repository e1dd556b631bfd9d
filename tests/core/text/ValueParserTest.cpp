#include "support/catch.h"

#include "support/CatchQt.h"
#include "support/PinnedLocale.h"
#include "text/ValueParser.h"

TEST_CASE("A percentage may be typed with its percent sign", "[core][text]")
{
    const ValueParser english(PinnedLocale::english());

    CHECK(english.value(QStringLiteral("65%"), QStringLiteral("%")) == 65.0);
    CHECK(english.value(QStringLiteral("65 %"), QStringLiteral("%")) == 65.0);
    CHECK(english.value(QStringLiteral(" 65.5% "), QStringLiteral("%")) == 65.5);
    // As the views write it, copied back: the unit after a non-breaking space.
    CHECK(english.value(QStringLiteral("65\u00a0%"), QStringLiteral("%")) == 65.0);
    CHECK(english.value(QStringLiteral("65"), QStringLiteral("%")) == 65.0);
    // A percent sign in a field counting something else is a mistake to point out, not to ignore.
    CHECK_FALSE(english.value(QStringLiteral("65%"), QStringLiteral("users")).has_value());
}

TEST_CASE("A decimal comma reads in a locale that writes one", "[core][text]")
{
    const ValueParser german(PinnedLocale::german());

    CHECK(german.value(QStringLiteral("2,5")) == 2.5);
    CHECK(german.value(QStringLiteral("1.234,5")) == 1234.5);
    CHECK(german.value(QStringLiteral("65,5 %"), QStringLiteral("%")) == 65.5);
    // A decimal point typed on a German keyboard's number pad is still a decimal point.
    CHECK(german.value(QStringLiteral("2.5")) == 2.5);
}

TEST_CASE("Thousands are read the way the locale groups them, never guessed", "[core][text]")
{
    const ValueParser english(PinnedLocale::english());
    const ValueParser german(PinnedLocale::german());

    CHECK(english.value(QStringLiteral("1,450")) == 1450.0);
    CHECK(german.value(QStringLiteral("1,450")) == 1.45);
    CHECK(german.value(QStringLiteral("1.450")) == 1450.0);
    CHECK(english.value(QStringLiteral("12,596")) == 12596.0);
    // A comma where English groups nothing is neither a decimal nor a thousand.
    CHECK_FALSE(english.value(QStringLiteral("2,5")).has_value());
    CHECK_FALSE(english.value(QStringLiteral("1,2,3")).has_value());
}

TEST_CASE("Currency signs and unit labels may stand on either side", "[core][text]")
{
    const ValueParser english(PinnedLocale::english());
    const ValueParser german(PinnedLocale::german());

    CHECK(english.value(QStringLiteral("$46"), QStringLiteral("$")) == 46.0);
    CHECK(english.value(QStringLiteral("46 $"), QStringLiteral("$")) == 46.0);
    CHECK(english.value(QStringLiteral("$1,200.50"), QStringLiteral("$")) == 1200.5);
    CHECK(german.value(QStringLiteral("1.200,50 €"), QStringLiteral("€")) == 1200.5);
    CHECK(english.value(QStringLiteral("12596 views"), QStringLiteral("views")) == 12596.0);
    CHECK(english.value(QStringLiteral("1,200 EUR"), QStringLiteral("eur")) == 1200.0);
    CHECK_FALSE(english.value(QStringLiteral("€46"), QStringLiteral("$")).has_value());
}

TEST_CASE("Bad input is refused with a message that shows how to write it", "[core][text]")
{
    const ValueParser english(PinnedLocale::english());
    const ValueParser german(PinnedLocale::german());

    const ValueParser::Reading twelve = english.read(QStringLiteral("twelve"), QStringLiteral("users"));
    CHECK_FALSE(twelve.value.has_value());
    CHECK(twelve.problem == QStringLiteral("“twelve” is not a number: write it like 1,234.5\u00a0users (“.” before the "
                                           "decimals)."));
    CHECK(german.read(QStringLiteral("2,5,0"), QStringLiteral("%")).problem ==
          QStringLiteral("“2,5,0” is not a number: write it like 1.234,5\u00a0% (“,” before the decimals)."));
    CHECK(english.read(QStringLiteral("  ")).problem == QStringLiteral("Type a number."));
    for (const char *notFinite : {"nan", "inf", "-inf", "1e999"})
        CHECK_FALSE(english.value(QString::fromLatin1(notFinite)).has_value());
    CHECK(english.read(QStringLiteral("-3")).problem.isEmpty());
}

TEST_CASE("Locales that group with a space read the space people type", "[core][text]")
{
    const ValueParser french(QLocale(QLocale::French, QLocale::France));

    CHECK(french.value(QStringLiteral("1 234,5")) == 1234.5);
}

TEST_CASE("A new value should be read in C notation and refuse what is not a finite number", "[core][text]")
{
    for (const QLocale &locale : {QLocale::c(), PinnedLocale::english(), PinnedLocale::german()}) {
        const ValueParser parser(locale);
        CHECK(parser.value(QStringLiteral("42")) == 42.0);
        CHECK(parser.value(QStringLiteral(" 12.5 ")) == 12.5);
        CHECK(parser.value(QStringLiteral("-3")) == -3.0);
        CHECK_FALSE(parser.value(QStringLiteral("")).has_value());
        CHECK_FALSE(parser.value(QStringLiteral("twelve")).has_value());
        CHECK_FALSE(parser.value(QStringLiteral("12abc")).has_value());
        CHECK_FALSE(parser.value(QStringLiteral("nan")).has_value());
        CHECK_FALSE(parser.value(QStringLiteral("inf")).has_value());
    }
}
