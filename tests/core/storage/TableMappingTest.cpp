#include "support/catch.h"

#include "storage/TableMapping.h"

namespace {

const TableMapping notes(QStringLiteral("notes"), {QStringLiteral("id")},
                         {QStringLiteral("title"), QStringLiteral("body")});
const TableMapping reviews(QStringLiteral("reviews"), {QStringLiteral("cycle_id"), QStringLiteral("team_id")},
                           {QStringLiteral("lessons")});

} // namespace

TEST_CASE("A table mapping should write each statement from its one column list", "[core][storage]")
{
    CHECK(notes.columns(QStringLiteral("n")) == QStringLiteral("n.id, n.title, n.body"));
    CHECK(notes.select(QStringLiteral("WHERE id = :id")) ==
          QStringLiteral("SELECT id, title, body FROM notes WHERE id = :id"));
    CHECK(notes.select(QStringLiteral("ORDER BY n.id"), QStringLiteral("n")) ==
          QStringLiteral("SELECT n.id, n.title, n.body FROM notes n ORDER BY n.id"));
    CHECK(notes.insertValues() == QStringLiteral("INSERT INTO notes (title, body) VALUES (:title, :body)"));
    CHECK(notes.insertWithKeys() == QStringLiteral("INSERT INTO notes (id, title, body) VALUES (:id, :title, :body)"));
    CHECK(notes.insertValues(2) ==
          QStringLiteral("INSERT INTO notes (title, body) VALUES (:title_0, :body_0), (:title_1, :body_1)"));
    CHECK(notes.insertWithKeys(2) == QStringLiteral("INSERT INTO notes (id, title, body) VALUES (:id_0, :title_0, "
                                                    ":body_0), (:id_1, :title_1, :body_1)"));
    CHECK(notes.update() == QStringLiteral("UPDATE notes SET title = :title, body = :body WHERE id = :id"));
}

TEST_CASE("A table mapping keyed by several columns should update and upsert by all of them", "[core][storage]")
{
    CHECK(reviews.insertWithKeys() ==
          QStringLiteral("INSERT INTO reviews (cycle_id, team_id, lessons) VALUES (:cycle_id, :team_id, :lessons)"));
    CHECK(reviews.update() ==
          QStringLiteral("UPDATE reviews SET lessons = :lessons WHERE cycle_id = :cycle_id AND team_id = :team_id"));
    CHECK(reviews.upsert({QStringLiteral("cycle_id"), QStringLiteral("team_id")}) ==
          QStringLiteral("INSERT INTO reviews (cycle_id, team_id, lessons) VALUES (:cycle_id, :team_id, :lessons)"
                         " ON CONFLICT (cycle_id, team_id) DO UPDATE SET lessons = excluded.lessons"));
    CHECK(notes.upsert({QStringLiteral("title")}) ==
          QStringLiteral("INSERT INTO notes (title, body) VALUES (:title, :body) ON CONFLICT (title)"
                         " DO UPDATE SET body = excluded.body RETURNING id"));
}
