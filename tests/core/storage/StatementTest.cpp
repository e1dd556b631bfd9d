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
    CHECK(statement.integer(QStringLiteral("b")) == 2);
}

// The typed reads are what every table's reader uses: each must give what the QVariant's conversion gives.
TEST_CASE("A statement should read a column as the type asked for, a NULL as nothing", "[core][storage][statement]")
{
    ScratchDocument scratch;
    Statement statement(*scratch.document, QStringLiteral("SELECT 42 AS whole, 2.5 AS real, 'Zürich → 東京' AS text, "
                                                          "NULL AS missing, '' AS empty, '7' AS digits"));
    statement.exec();
    REQUIRE(statement.next());
    CHECK(statement.integer(QStringLiteral("whole")) == 42);
    CHECK(statement.real(QStringLiteral("whole")) == 42.0);
    CHECK(statement.text(QStringLiteral("whole")) == QStringLiteral("42"));
    CHECK(statement.real(QStringLiteral("real")) == 2.5);
    CHECK(statement.optionalReal(QStringLiteral("real")) == 2.5);
    CHECK(statement.text(QStringLiteral("text")) == QStringLiteral("Zürich → 東京"));
    CHECK(statement.text(QStringLiteral("missing")).isNull());
    CHECK(statement.integer(QStringLiteral("missing")) == 0);
    CHECK(statement.real(QStringLiteral("missing")) == 0.0);
    CHECK(!statement.optionalReal(QStringLiteral("missing")));
    CHECK(statement.text(QStringLiteral("empty")).isEmpty());
    CHECK(!statement.text(QStringLiteral("empty")).isNull());
    CHECK(statement.integer(QStringLiteral("digits")) == 7);
    CHECK(statement.text(QStringLiteral("no such column")).isNull());
    CHECK(statement.integer(QStringLiteral("no such column")) == 0);
    CHECK(!statement.optionalReal(QStringLiteral("no such column")));
}

// A name is first recognised by its text's address (a literal's, kept from the row before): a name changed in place
// must still find its own column.
TEST_CASE("A statement should find each row's columns by their names, however the names are kept",
          "[core][storage][statement]")
{
    ScratchDocument scratch;
    Statement statement(*scratch.document,
                        QStringLiteral("SELECT 1 AS a, 10 AS b UNION ALL SELECT 2, 20 UNION ALL SELECT 3, 30"));
    statement.exec();
    QString name = QStringLiteral("a").toLower(); // a text of its own, not a literal
    QList<qint64> read;
    while (statement.next()) {
        read.append(statement.integer(name));
        name[0] = name.at(0) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        read.append(statement.integer(name));
    }
    CHECK(read == QList<qint64>{1, 10, 20, 2, 3, 30});
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
