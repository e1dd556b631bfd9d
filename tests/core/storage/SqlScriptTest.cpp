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

TEST_CASE("SqlScript should keep a PostgreSQL function's dollar-quoted body in its statement, and end its triggers",
          "[storage][migration]")
{
    const QString body =
        QStringLiteral("$body$\nBEGIN\n    RAISE NOTICE 'it''s; $$ fine';\n    RETURN 1;\nEND;\n$body$");
    const QString script = QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS ") + body +
                           QStringLiteral(";\nCREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
                                          "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
                                          "SELECT f() + g()");
    const QStringList statements = SqlScript::statements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] == QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS ") + body);
    CHECK(statements[1] == QStringLiteral("CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$"));
    // A PostgreSQL trigger names its function: no BEGIN ... END block keeps its ";" from ending it.
    CHECK(statements[2] == QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()"));
    CHECK(statements[3] == QStringLiteral("SELECT f() + g()"));
}
