#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/ChangeLog.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <utility>

using namespace StorageTestSupport;

namespace {

// A copy of the released version-1 fixture that the test may change.
QString copyOfVersion1(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(QStringLiteral("schema-v1.okr"));
    REQUIRE(QFile::copy(QStringLiteral(QUARTERDECK_TEST_DATA "/schema-v1.okr"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return path;
}

int storedVersion(Document &document)
{
    QSqlQuery query = document.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return query.next() ? query.value(0).toInt() : -1;
}

qint64 firstNumber(Document &document, const QString &sql)
{
    QSqlQuery query = document.exec(sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

bool isRefused(Document &document, const QString &sql)
{
    try {
        document.exec(sql);
    } catch (const DocumentError &) {
        return true;
    }
    return false;
}

} // namespace

TEST_CASE("Document should migrate a version-1 document to the current schema and keep its data",
          "[storage][migration]")
{
    REQUIRE(Document::currentSchemaVersion() >= 2);
    QTemporaryDir folder;
    const QString path = copyOfVersion1(folder);
    const auto document = Document::open(path);
    CHECK(storedVersion(*document) == Document::currentSchemaVersion());
    CHECK(integrityCheck(*document) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*document) == 0);

    Repository repository(*document);
    CHECK(repository.teams().organisationName() == QStringLiteral("Acme"));
    CHECK(repository.teams().all().size() == 3);
    const std::optional<Cycle> cycle = repository.cycles().active();
    REQUIRE(cycle.has_value());
    CHECK(cycle->name == QStringLiteral("2026 Q3"));

    const CyclePlan plan = repository.queries().loadCyclePlan(cycle->id);
    REQUIRE(plan.objectives.size() == 2);
    const Objective *salesObjective = plan.objective(2);
    REQUIRE(salesObjective);
    CHECK(salesObjective->parentId == 1);
    CHECK(salesObjective->weight == 2.0);
    CHECK_FALSE(salesObjective->grade.has_value()); // a version-2 column, empty after the migration
    CHECK(salesObjective->gradeNote.isEmpty());
    REQUIRE(plan.keyResults.size() == 2);
    const KeyResult *churn = plan.keyResult(2);
    REQUIRE(churn);
    CHECK(churn->kind == KeyResultKind::Decrease);
    CHECK(churn->unit == MeasureUnit::Percent);
    CHECK(churn->current == 4.5);
    CHECK(plan.latestCheckIns.value(2).confidence == Confidence::AtRisk);
    REQUIRE(plan.initiatives.size() == 1);
    CHECK(plan.initiatives.first().due == QDate(2026, 8, 15));

    const std::optional<CheckIn> checkIn = repository.checkIns().find(2, IsoWeek{2026, 28});
    REQUIRE(checkIn.has_value());
    CHECK(checkIn->lessons == QStringLiteral("Demos convert"));
    CHECK(checkIn->items.size() == 2);

    // The version-2 tables work on the migrated file.
    const Id kpiId = repository.kpis().add(
        {NoId, 2, QStringLiteral("Pipeline"), QStringLiteral("$"), 1e6, PreferredTrend::HigherIsBetter, {}});
    repository.kpis().addValue(kpiId, {QDate(2026, 7, 10), 800000});
    CHECK(repository.kpis().all().size() == 1);
}

TEST_CASE("Document should roll back a failing migration and leave the previous version", "[storage][migration]")
{
    QTemporaryDir folder;
    const QString path = copyOfVersion1(folder);
    // A table in the way makes version 2's CREATE TABLE kpis fail after its ALTER TABLE statements ran.
    const QString connectionName = QStringLiteral("test-sabotage");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        REQUIRE(QSqlQuery(database).exec(QStringLiteral("CREATE TABLE kpis (anything TEXT)")));
    }
    QSqlDatabase::removeDatabase(connectionName);

    const QString message = openError(path);
    CHECK(message.contains(QStringLiteral("kpis")));

    // Reopen the file as it is now through SQLite alone: still version 1, without version 2's columns.
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        CHECK_FALSE(query.exec(QStringLiteral("SELECT grade FROM objectives")));
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM objectives")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
    }
    QSqlDatabase::removeDatabase(connectionName);
}

TEST_CASE("Document should keep a copy of a document it upgrades", "[storage][migration]")
{
    QTemporaryDir folder;
    const QString path = copyOfVersion1(folder);
    const QString backupPath = path + QStringLiteral(".v1.bak");
    {
        const auto document = Document::open(path);
        CHECK(document->upgradeBackupPath() == backupPath);
    }
    const auto reopened = Document::open(path);
    CHECK(reopened->upgradeBackupPath().isEmpty()); // nothing to upgrade the second time

    // The copy is the version-1 document with its data: it upgrades as the original did.
    CHECK(openError(backupPath, Document::OpenMode::ReadOnly).contains(QStringLiteral("older version")));
    const QString restored = folder.filePath(QStringLiteral("restored.okr"));
    REQUIRE(QFile::copy(backupPath, restored));
    const auto restoredDocument = Document::open(restored);
    CHECK(TeamRepository(*restoredDocument).all().size() == 3);

    SECTION("a second upgrade keeps the first copy")
    {
        const QString second = folder.filePath(QStringLiteral("second.okr"));
        REQUIRE(QFile::copy(QStringLiteral(QUARTERDECK_TEST_DATA "/schema-v1.okr"), second));
        REQUIRE(QFile::setPermissions(second, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        REQUIRE(QFile::copy(backupPath, second + QStringLiteral(".v1.bak")));
        CHECK(Document::open(second)->upgradeBackupPath() == second + QStringLiteral(".v1-2.bak"));
    }
}

TEST_CASE("Document should not upgrade a document opened read-only", "[storage][migration]")
{
    QTemporaryDir folder;
    const QString path = copyOfVersion1(folder);
    const FileSnapshot before = FileSnapshot::of(path);
    const QString message = openError(path, Document::OpenMode::ReadOnly);
    CHECK(message.contains(QStringLiteral("older version")));
    CHECK(message.contains(QStringLiteral("Open it in Quarterdeck to upgrade it")));
    CHECK(FileSnapshot::of(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".v1.bak")));
}

TEST_CASE("Document should read as it is a document of a schema that differs only in its checks",
          "[storage][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("checks-older.okr"));
    // Labelled by hand, as an older Quarterdeck would have written it.
    const auto labelled = [&](int version) {
        const QString connection = QStringLiteral("labelling");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(path);
            REQUIRE(database.open());
            REQUIRE(QSqlQuery(database).exec(
                QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version)));
        }
        QSqlDatabase::removeDatabase(connection);
    };
    {
        const auto document = Document::create(path);
        Team platform;
        platform.name = QStringLiteral("Platform");
        TeamRepository(*document).add(platform);
    }
    // Version 7 is version 8 with CHECKs written as IN lists: a reader sees the same tables.
    labelled(7);
    const FileSnapshot before = FileSnapshot::of(path);
    {
        const auto reader = Document::open(path, Document::OpenMode::ReadOnly);
        CHECK(TeamRepository(*reader).all().size() == 1);
        CHECK(storedVersion(*reader) == 7);
    }
    CHECK(FileSnapshot::of(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".v7.bak")));

    // Older than that, tables differ: it is opened to be upgraded first.
    labelled(6);
    CHECK(openError(path, Document::OpenMode::ReadOnly).contains(QStringLiteral("older version")));
}

TEST_CASE("Document should date the key results of an older document from their cycle's start, stamping no edit",
          "[storage][migration]")
{
    QTemporaryDir folder;
    const auto document = Document::open(copyOfVersion1(folder));
    Repository repository(*document);
    const std::optional<Cycle> cycle = repository.cycles().active();
    REQUIRE(cycle.has_value());
    const CyclePlan plan = repository.queries().loadCyclePlan(cycle->id);
    REQUIRE(plan.keyResults.size() == 2);
    for (const KeyResult &keyResult : plan.keyResults)
        CHECK(keyResult.addedOn == cycle->start);
    QSqlQuery stamped = document->exec(QStringLiteral("SELECT count(*) FROM key_results WHERE revision <> 0"));
    REQUIRE(stamped.next());
    CHECK(stamped.value(0).toInt() == 0);

    // The revision stamp works again for the edits after the migration.
    KeyResult edited = plan.keyResults.first();
    edited.title = QStringLiteral("Edited");
    repository.plan().updateKeyResult(edited);
    CHECK(repository.plan().keyResultRevision(edited.id) > 0);
    CHECK(repository.queries().loadCyclePlan(cycle->id).keyResult(edited.id)->addedOn == cycle->start);
}

TEST_CASE("Document should record the change that filled a new document, and the one of an older such document",
          "[storage][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("filled.okr"));
    {
        const auto created = Document::create(path, [](Document &document) {
            Repository(document).teams().add({NoId, NoId, QStringLiteral("Acme")});
        });
        // The team is stamped by the first change, which the log knows: editing it later is no conflict.
        CHECK(ChangeLog(*created).lastId() == 1);
        QSqlQuery stamped = created->exec(QStringLiteral("SELECT revision FROM teams"));
        REQUIRE(stamped.next());
        CHECK(stamped.value(0).toLongLong() == 1);

        // As versions before 7 left such a document: its rows stamped by change 1, no change recorded.
        created->exec(QStringLiteral("DELETE FROM changes"));
        created->exec(QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'"));
        REQUIRE(ChangeLog(*created).lastId() == 0);
    }
    const auto upgraded = Document::open(path);
    CHECK(storedVersion(*upgraded) == Document::currentSchemaVersion());
    CHECK(ChangeLog(*upgraded).lastId() == 1);

    // An empty document created and upgraded records nothing.
    const auto empty = Document::create(folder.filePath(QStringLiteral("empty.okr")));
    CHECK(ChangeLog(*empty).lastId() == 0);
}

TEST_CASE("Document should rebuild the tables whose CHECKs listed words, keeping their rows, keys and allowed words",
          "[storage][migration]")
{
    QTemporaryDir folder;
    const auto document = Document::open(copyOfVersion1(folder));
    // No CHECK lists three words or more any longer: SQLite built a b-tree of such a list for every row it checked.
    CHECK(firstNumber(
              *document,
              QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%IN (''%'', ''%'', ''%'')%'")) == 0);
    CHECK(integrityCheck(*document) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*document) == 0);
    CHECK(firstNumber(*document, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'new_%'")) == 0);

    // The rows are kept, unstamped: the copy fired no trigger.
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM cycles WHERE revision = 0")) == 1);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM key_results WHERE revision = 0")) == 2);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM initiatives WHERE revision = 0")) == 1);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM kr_updates")) == 2);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM plan_items")) == 2);

    // The same words are allowed, and no others: each table's last allowed word, then one it never allowed.
    const QList<std::pair<QString, QString>> words{
        {QStringLiteral("key_results SET unit = 'rating'"), QStringLiteral("key_results SET unit = 'furlong'")},
        {QStringLiteral("key_results SET kind = 'keep-below'"), QStringLiteral("key_results SET kind = 'sideways'")},
        {QStringLiteral("initiatives SET status = 'dropped'"), QStringLiteral("initiatives SET status = 'someday'")},
        {QStringLiteral("kr_updates SET confidence = 'off-track'"),
         QStringLiteral("kr_updates SET confidence = 'unsure'")},
        {QStringLiteral("cycles SET state = 'closed'"), QStringLiteral("cycles SET state = 'paused'")},
        {QStringLiteral("plan_items SET kind = 'problem'"), QStringLiteral("plan_items SET kind = 'wish'")},
    };
    for (const auto &[allowed, refused] : words) {
        CHECK_FALSE(isRefused(*document, QStringLiteral("UPDATE ") + allowed));
        CHECK(isRefused(*document, QStringLiteral("UPDATE ") + refused));
    }

    // The foreign keys to and from the rebuilt tables are in force: a row that refers to nothing is refused, and
    // removing an objective takes its key results along with their initiatives and updates, and unlinks plan items.
    CHECK(isRefused(*document, QStringLiteral("INSERT INTO initiatives (key_result_id, title) VALUES (99, 'Lost')")));
    document->exec(QStringLiteral("DELETE FROM objectives WHERE id = 2"));
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM key_results")) == 0);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM initiatives")) == 0);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM kr_updates")) == 0);
    CHECK(firstNumber(*document, QStringLiteral("SELECT count(*) FROM plan_items WHERE key_result_id IS NOT NULL")) ==
          0);
    CHECK(foreignKeyViolations(*document) == 0);
}
