#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/BulkInsert.h"
#include "storage/DocumentError.h"
#include "storage/Tables.h"

#include <QSqlQuery>

using namespace StorageTestSupport;

namespace {

// Each stored value of the key results with its SQLite type, a row a line, in id order.
QStringList storedKeyResults(Document &document)
{
    QSqlQuery query = document.exec(QStringLiteral(
        "SELECT id || '|' || typeof(objective_id) || '|' || title || '|' || typeof(title) || '|' || description || '|' "
        "|| start_value || '|' || typeof(start_value) || '|' || typeof(weight) || '|' || position || '|' "
        "|| typeof(position) || '|' || ifnull(added_on, '') || '|' || typeof(added_on) FROM key_results ORDER BY id"));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

} // namespace

TEST_CASE("A bulk insert should store each row's values with SQLite's types, text as it was, none as NULL",
          "[core][storage]")
{
    ScratchDocument scratch;
    Repository &repository = scratch.repository;
    const Id teamId = repository.teams().add(Team{NoId, NoId, QStringLiteral("Sales")});
    Cycle cycle;
    cycle.name = QStringLiteral("2026 Q3");
    cycle.start = QDate(2026, 7, 1);
    cycle.end = QDate(2026, 9, 30);
    const Id cycleId = repository.cycles().add(cycle);
    Objective objective;
    objective.cycleId = cycleId;
    objective.teamId = teamId;
    objective.title = QStringLiteral("Grow");
    const Id objectiveId = repository.plan().addObjective(objective);

    scratch.document->transaction([&] {
        BulkInsert insert(*scratch.document, Tables::keyResults().insertWithKeys(2), 2);
        for (int row = 0; row < 2; ++row) {
            KeyResult keyResult;
            keyResult.objectiveId = objectiveId;
            keyResult.title = row == 0 ? QStringLiteral("Réponses en 2 h ✓") : QStringLiteral("Second");
            keyResult.start = 1.5 * row;
            keyResult.position = row;
            keyResult.addedOn = row == 0 ? QDate(2026, 7, 2) : QDate();
            insert.forRow(row);
            Tables::bind(insert, keyResult);
            insert.bind(QStringLiteral("id"), Id(40 + row));
        }
        insert.exec();
    });

    CHECK(storedKeyResults(*scratch.document) ==
          QStringList{QStringLiteral("40|integer|Réponses en 2 h ✓|text||0.0|real|real|0|integer|2026-07-02|text"),
                      QStringLiteral("41|integer|Second|text||1.5|real|real|1|integer||null")});
    CHECK(integrityCheck(*scratch.document) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*scratch.document) == 0);
}

TEST_CASE("A bulk insert that breaks a constraint should throw SQLite's message and can run again after",
          "[core][storage]")
{
    ScratchDocument scratch;
    const QString sql = Tables::teams().insertWithKeys(1);
    BulkInsert insert(*scratch.document, sql, 1);
    insert.forRow(0).bind(QStringLiteral("parent_id"), QVariant()).bind(QStringLiteral("name"), QStringLiteral("A"));
    insert.bind(QStringLiteral("id"), Id(7));
    insert.exec();
    insert.bind(QStringLiteral("name"), QStringLiteral("B"));
    try {
        insert.exec(); // id 7 again
        FAIL("no error");
    } catch (const DocumentError &error) {
        CHECK(error.message().contains(QStringLiteral("UNIQUE constraint failed: teams.id")));
    }
    insert.bind(QStringLiteral("id"), Id(8));
    insert.exec();
    CHECK(rowCount(*scratch.document, QStringLiteral("teams")) == 2);
}

TEST_CASE("A bulk insert should store empty and null text as empty text, and refuse a column it does not have",
          "[core][storage]")
{
    ScratchDocument scratch;
    BulkInsert insert(*scratch.document, Tables::teams().insertWithKeys(2), 2);
    insert.forRow(0).bind(QStringLiteral("id"), Id(1)).bind(QStringLiteral("parent_id"), QVariant());
    insert.bind(QStringLiteral("name"), QString());
    insert.forRow(1).bind(QStringLiteral("id"), Id(2)).bind(QStringLiteral("parent_id"), QVariant());
    insert.bind(QStringLiteral("name"), QStringLiteral(""));
    insert.exec();
    QSqlQuery stored = scratch.document->exec(QStringLiteral("SELECT typeof(name), length(name) FROM teams"));
    int rows = 0;
    while (stored.next()) {
        CHECK(stored.value(0).toString() == QStringLiteral("text"));
        CHECK(stored.value(1).toInt() == 0);
        ++rows;
    }
    CHECK(rows == 2);

    insert.forRow(1);
    CHECK_THROWS_AS(insert.bind(QStringLiteral("nickname"), QStringLiteral("Bob")), DocumentError);
}
