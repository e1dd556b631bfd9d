#include "support/catch.h"

#include "io/IdRuns.h"

#include <limits>

TEST_CASE("Id runs should keep ids that ascend together as one run", "[core][io]")
{
    IdRuns ids;
    for (Id key = 1; key <= 10000; ++key)
        ids.insert(key, key + 500);
    CHECK(ids.runCount() == 1);
    CHECK(ids.value(1) == 501);
    CHECK(ids.value(10000) == 10500);
    CHECK(ids.value(0) == NoId);
    CHECK(ids.value(10001, -1) == -1);
    CHECK_FALSE(ids.contains(10001));
}

TEST_CASE("Id runs should map scattered, descending and gap-filling keys", "[core][io]")
{
    IdRuns ids;
    // Down: each key extends the run after it at its front.
    for (Id key = 100; key >= 90; --key)
        ids.insert(key, key - 10);
    CHECK(ids.runCount() == 1);
    CHECK(ids.value(90) == 80);
    CHECK(ids.value(100) == 90);

    // Apart, then the gap filled: the runs join.
    ids.insert(102, 92);
    CHECK(ids.runCount() == 2);
    ids.insert(101, 91);
    CHECK(ids.runCount() == 1);
    CHECK(ids.value(102) == 92);

    // A key whose value does not follow starts a run of its own, and ends the one before it.
    ids.insert(103, 7);
    CHECK(ids.runCount() == 2);
    CHECK(ids.value(103) == 7);
    CHECK(ids.value(102) == 92);

    // Mapped already: the first value stays.
    ids.insert(95, 1);
    CHECK(ids.value(95) == 85);

    // Scattered keys, as a hash holds them.
    for (const Id key : {5000, -3, 77777, 2500})
        ids.insert(key, key + 1);
    CHECK(ids.runCount() == 6);
    CHECK(ids.value(-3) == -2);
    CHECK(ids.value(2500) == 2501);
    CHECK_FALSE(ids.contains(2501));
    CHECK_FALSE(ids.contains(89));
}

TEST_CASE("Id runs should hold ids at the ends of the range as a set", "[core][io]")
{
    constexpr Id largest = std::numeric_limits<Id>::max();
    constexpr Id smallest = std::numeric_limits<Id>::min();
    IdRuns ids;
    ids.insert(largest);
    ids.insert(smallest);
    ids.insert(largest - 1);
    CHECK(ids.runCount() == 2);
    CHECK(ids.contains(largest));
    CHECK(ids.contains(largest - 1));
    CHECK(ids.contains(smallest));
    CHECK_FALSE(ids.contains(smallest + 1));
    CHECK_FALSE(ids.contains(0));
    CHECK(ids.value(largest) == largest);
}
