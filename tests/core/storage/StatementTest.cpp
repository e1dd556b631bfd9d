#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"

#include <QSqlQuery>

using namespace StorageTestSupport;

// Statement reads an SQLite document's rows past QSqlQuery (SqliteRows): each value must come out as QSqlQuery gives
// it.
TEST_CASE("A statement should read every kind of value as QSqlQuery does", "[core][storage][statement]")
{
    ScratchDocument scratch;
    const QString sql = QStringLiteral("SELECT 42 AS whole, 2.5 AS real, 'Zürich → 東京' AS text, NULL AS missing, "
                                       "x'00ff' AS bytes, '' AS empty");
    Statement statement(*scratch.document, sql);
    statement.exec();
    REQUIRE(statement.next());

    QSqlQuery byQt(scratch.document->database());
    REQUIRE(byQt.exec(sql));
    REQUIRE(byQt.next());
    for (int column = 0; column < 6; ++column) {
        INFO("column " << column);
        CHECK(statement.value(column) == byQt.value(column));
        CHECK(statement.value(column).isNull() == byQt.value(column).isNull());
        CHECK(statement.value(column).typeId() == byQt.value(column).typeId());
    }
    CHECK(statement.value(QStringLiteral("whole")).toLongLong() == 42);
    CHECK(statement.value(QStringLiteral("text")).toString() == QStringLiteral("Zürich → 東京"));
    CHECK(statement.value(QStringLiteral("missing")).isNull());
    CHECK(!statement.value(QStringLiteral("no such column")).isValid());
    CHECK(!statement.next());
    CHECK(!statement.next());
}

TEST_CASE("A statement should give every row once, and none of a query without rows", "[core][storage][statement]")
{
    ScratchDocument scratch;
    const QString sql =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :last) "
                       "SELECT i, 'row ' || i AS label FROM n");
    const auto rowsUpTo = [&](int last) {
        Statement statement(*scratch.document, sql); // the same prepared statement each time
        statement.bind(QStringLiteral("last"), last).exec();
        QList<int> rows;
        while (statement.next()) {
            rows.append(statement.value(QStringLiteral("i")).toInt());
            CHECK(statement.value(QStringLiteral("label")).toString() == QStringLiteral("row %1").arg(rows.last()));
        }
        return rows;
    };
    CHECK(rowsUpTo(3) == QList<int>{1, 2, 3});
    CHECK(rowsUpTo(1) == QList<int>{1});

    Statement none(*scratch.document, QStringLiteral("SELECT id FROM teams WHERE id < 0"));
    none.exec();
    CHECK(!none.next());

    // Read in part, then executed again: the second execution starts from its first row.
    Statement partly(*scratch.document, sql);
    partly.bind(QStringLiteral("last"), 5).exec();
    REQUIRE(partly.next());
    REQUIRE(partly.next());
    CHECK(partly.value(0).toInt() == 2);
    CHECK(rowsUpTo(2) == QList<int>{1, 2});
}

TEST_CASE("A statement should find columns by name in any order, a repeated name by its first column",
          "[core][storage][statement]")
{
    ScratchDocument scratch;
    Statement statement(*scratch.document, QStringLiteral("SELECT 1 AS a, 2 AS b, 3 AS c, 4 AS a"));
    statement.exec();
    REQUIRE(statement.next());
    CHECK(statement.value(QStringLiteral("c")).toInt() == 3);
    CHECK(statement.value(QStringLiteral("a")).toInt() == 1);
    CHECK(statement.value(QStringLiteral("b")).toInt() == 2);
    CHECK(statement.value(QStringLiteral("c")).toInt() == 3);
    CHECK(statement.value(QStringLiteral("a")).toInt() == 1); // after c: the name, not the column that follows
    CHECK(statement.column(QStringLiteral("b")) == 1);
}

TEST_CASE("A statement should throw the database's reason when a later row fails", "[core][storage][statement]")
{
    ScratchDocument scratch;
    // The first row reads; the second is not JSON, which SQLite finds only when it steps to it.
    Statement statement(*scratch.document,
                        QStringLiteral("SELECT json_extract(doc, '$.n') AS n FROM (SELECT '{\"n\": 1}' AS doc "
                                       "UNION ALL SELECT 'not json')"));
    statement.exec();
    REQUIRE(statement.next());
    CHECK(statement.value(0).toInt() == 1);
    try {
        statement.next();
        FAIL("the second row read");
    } catch (const DocumentError &error) {
        CHECK(error.message().contains(QStringLiteral("malformed JSON")));
    }
    CHECK(!statement.next());
    // The connection reads on afterwards.
    Statement after(*scratch.document, QStringLiteral("SELECT count(*) FROM teams"));
    after.exec();
    CHECK(after.next());
}
