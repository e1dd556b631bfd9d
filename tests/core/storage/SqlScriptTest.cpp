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

TEST_CASE("SqlScript should keep a trigger's body in its CREATE TRIGGER statement", "[storage][migration]")
{
    const QString script = QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                                          "create trigger a_stamped after insert on a begin\n"
                                          "    UPDATE a SET x = 1; UPDATE a SET x = 2;\n"
                                          "end;\n"
                                          "SELECT x FROM a");
    const QStringList statements = SqlScript::statements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements[1] == QStringLiteral("create trigger a_stamped after insert on a begin\n"
                                          "    UPDATE a SET x = 1; UPDATE a SET x = 2;\n"
                                          "end"));
    CHECK(statements[2] == QStringLiteral("SELECT x FROM a"));
}
