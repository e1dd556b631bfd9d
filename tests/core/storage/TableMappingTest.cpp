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

TEST_CASE("A stamped table's inserts should write the revision of the change being written", "[core][storage]")
{
    const TableMapping teams(QStringLiteral("teams"), {QStringLiteral("id")},
                             {QStringLiteral("parent_id"), QStringLiteral("name")}, TableMapping::Revision::Stamped);
    const QString change = QStringLiteral("(SELECT coalesce(max(id), 0) + 1 FROM changes)");
    CHECK(teams.insertValues() ==
          QStringLiteral("INSERT INTO teams (parent_id, name, revision) VALUES (:parent_id, :name, %1)").arg(change));
    CHECK(teams.insertWithKeys(2) ==
          QStringLiteral("INSERT INTO teams (id, parent_id, name, revision) VALUES (:id_0, :parent_id_0, :name_0, %1), "
                         "(:id_1, :parent_id_1, :name_1, %1)")
              .arg(change));
    // An update of the row found is stamped by the update's trigger, as any update is.
    CHECK(teams.upsert({QStringLiteral("name")}) ==
          QStringLiteral("INSERT INTO teams (parent_id, name, revision) VALUES (:parent_id, :name, %1) ON CONFLICT "
                         "(name) DO UPDATE SET parent_id = excluded.parent_id RETURNING id")
              .arg(change));
    CHECK(teams.update() == QStringLiteral("UPDATE teams SET parent_id = :parent_id, name = :name WHERE id = :id"));
}
