#include "support/catch.h"

#include "storage/SqlScript.h"

TEST_CASE("SqlScript should split statements but not comments or quoted semicolons", "[storage][migration]")
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT DEFAULT 'one; two'); /* block; comment */\n"
                                          "INSERT INTO a VALUES ('it''s; fine');\n"
                                          "  \n"
                                          "SELECT \"odd;name\" FROM a");
    const QStringList statements = SqlScript::statements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'one; two')"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
    CHECK(statements[2] == QStringLiteral("SELECT \"odd;name\" FROM a"));
}
