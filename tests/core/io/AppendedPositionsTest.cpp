#include "support/catch.h"

#include "io/AppendedPositions.h"

#include <QList>

TEST_CASE("Appended positions should count children in memory and ask for a parent's only when it is seen again",
          "[core][io]")
{
    QList<Id> asked;
    AppendedPositions positions([&asked](Id parent) {
        asked.append(parent);
        return 40; // what the document has of that parent's children
    });
    CHECK(positions.next(7) == 0);
    CHECK(positions.next(7) == 1);
    CHECK(positions.next(8) == 0);
    CHECK(positions.next(9) == 0);
    CHECK(asked.isEmpty());

    CHECK(positions.next(7) == 40);
    CHECK(positions.next(7) == 41);
    CHECK(asked == QList<Id>{7});
}
