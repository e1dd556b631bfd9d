#include "support/catch.h"

#include "io/FileRows.h"

#include <array>

TEST_CASE("File rows should rank each row among the rows of its kind before it", "[core][io]")
{
    FileRows rows(3);
    // Rows of kinds 0, 1 and 2 in a pattern that crosses many checkpoints, with blank rows.
    std::array<int, 3> seen{};
    QList<int> expectedRanks;
    for (int row = 0; row < 1000; ++row) {
        const quint8 kind = row % 11 == 10 ? FileRows::unranked : quint8(row % 7 % 3);
        rows.append(kind, row * 10);
        expectedRanks.append(kind == FileRows::unranked ? -1 : seen.at(kind)++);
    }
    REQUIRE(rows.size() == 1000);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        INFO("row " << row);
        if (expectedRanks.at(row) < 0) {
            CHECK(rows.kind(row) == FileRows::unranked);
            continue;
        }
        CHECK(rows.kind(row) == quint8(row % 7 % 3));
        CHECK(rows.rank(row) == expectedRanks.at(row));
    }
}

TEST_CASE("File rows should rank the rows at either side of a checkpoint", "[core][io]")
{
    FileRows rows(2);
    for (int row = 0; row < 130; ++row)
        rows.append(row < 64 ? 0 : 1, row);
    CHECK(rows.rank(63) == 63);
    CHECK(rows.rank(64) == 0);
    CHECK(rows.rank(127) == 63);
    CHECK(rows.rank(128) == 64);
    CHECK(rows.rank(129) == 65);
}

TEST_CASE("File rows should say where each row starts, however far past the row before", "[core][io]")
{
    FileRows rows(1);
    QList<qint64> starts;
    qint64 start = 3; // after a byte order mark
    for (int row = 0; row < 200; ++row) {
        starts.append(start);
        rows.append(0, start);
        // Mostly short rows; some longer than a 16-bit step, one at a checkpoint and one just after.
        start += row == 63 || row == 64 || row == 100 ? 70'000 + row : 1 + row % 5;
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        INFO("row " << row);
        CHECK(rows.start(row) == starts.at(row));
    }
}
