#include "support/catch.h"

#include "cycles/CarriedKeyResult.h"

TEST_CASE("A carried key result should start at its last value, with no value and no day yet", "[core][cycles]")
{
    KeyResult source;
    source.id = 7;
    source.title = QStringLiteral("Grow weekly active users from 300 to 500");
    source.start = 300;
    source.target = 500;
    source.current = 320;
    source.addedOn = QDate(2026, 7, 1);

    const KeyResult copy = CarriedKeyResult::carried(source);
    CHECK(copy.start == 320);
    CHECK(copy.target == 500);
    CHECK_FALSE(copy.current);
    CHECK_FALSE(copy.addedOn.isValid());
    CHECK(copy.title == QStringLiteral("Grow weekly active users from 320 to 500"));
}

TEST_CASE("A title should state the new start the way it wrote the old one", "[core][cycles]")
{
    using CarriedKeyResult::retitled;
    CHECK(retitled(QStringLiteral("Raise revenue from $1,200 to $2,000"), 1200, 1450.5) ==
          QStringLiteral("Raise revenue from $1,450.5 to $2,000"));
    CHECK(retitled(QStringLiteral("Cut churn From 14% to 10%"), 14, 12.25) ==
          QStringLiteral("Cut churn From 12.25% to 10%"));
    CHECK(retitled(QStringLiteral("NPS from 31.5 to 40"), 31.5, 35) == QStringLiteral("NPS from 35 to 40"));
}

TEST_CASE("A title that states no start, or another start, should stay as written", "[core][cycles]")
{
    using CarriedKeyResult::retitled;
    CHECK(retitled(QStringLiteral("Reach 500 weekly users"), 300, 320) == QStringLiteral("Reach 500 weekly users"));
    CHECK(retitled(QStringLiteral("Grow users from 250 to 500"), 300, 320) ==
          QStringLiteral("Grow users from 250 to 500"));
    CHECK(retitled(QStringLiteral("Grow users from 300 to 500"), 300, 300) ==
          QStringLiteral("Grow users from 300 to 500"));
}
