#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <stdexcept>

using namespace StorageTestSupport;

namespace {

QString pathIn(const QTemporaryDir &folder, const QString &name)
{
    return folder.filePath(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Runs statements on a file through a connection of its own, as another program would.
void runOnFile(const QString &path, const QStringList &statements)
{
    const QString connectionName = QStringLiteral("test-raw-connection");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        QSqlQuery query(database);
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString createDocument(const QTemporaryDir &folder, const QString &name)
{
    const QString path = pathIn(folder, name);
    Document::create(path);
    return path;
}

// Opening must fail with a message naming the file, and leave the file exactly as it was.
void requireRejectedUntouched(const QString &path, const QString &expectedReason)
{
    const FileSnapshot before = FileSnapshot::of(path);
    REQUIRE(before.journalFiles.isEmpty());
    for (const auto mode :
         {Document::OpenMode::ReadWrite, Document::OpenMode::ReadOnly, Document::OpenMode::ReadWriteWhenPossible}) {
        const QString message = openError(path, mode);
        CHECK(message.contains(QDir::toNativeSeparators(path)));
        CHECK(message.contains(expectedReason));
    }
    CHECK(FileSnapshot::of(path) == before);
}

} // namespace

TEST_CASE("Document should refuse a path in a missing folder", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("missing/plan.okr"));
    const QString message = createError(path);
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(pathIn(folder, QStringLiteral("missing"))));
}

TEST_CASE("Document should refuse a folder given as the document", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("folder.okr"));
    REQUIRE(QDir().mkpath(path));
    const QString message = openError(path);
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(QStringLiteral("not a file")));
    CHECK(createError(path).contains(QStringLiteral("already exists")));
    CHECK(QDir(path).isEmpty());
}

TEST_CASE("Document should refuse a missing file unless asked to create it", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("plan.okr"));
    const QString message = openError(path, Document::OpenMode::ReadWrite);
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(QStringLiteral("does not exist")));
    CHECK(QDir(folder.path()).isEmpty());
}

TEST_CASE("Document should refuse an empty file without turning it into a database", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("empty.okr"));
    writeFile(path, {});
    requireRejectedUntouched(path, QStringLiteral("empty"));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("Document should refuse a file of random bytes", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("noise.okr"));
    QByteArray noise(8192, Qt::Uninitialized);
    for (char &byte : noise)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    writeFile(path, noise);
    requireRejectedUntouched(path, QStringLiteral("not a Quarterdeck document"));
}

TEST_CASE("Document should refuse a short text file", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("notes.okr"));
    writeFile(path, "SQLite format 3 is what this file talks about\n");
    requireRejectedUntouched(path, QStringLiteral("not a Quarterdeck document"));
}

TEST_CASE("Document should refuse another application's SQLite database", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("other.db"));
    runOnFile(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                     QStringLiteral("INSERT INTO songs VALUES ('Blue in Green')")});
    requireRejectedUntouched(path, QStringLiteral("another application's database"));
}

TEST_CASE("Document should refuse a database with Quarterdeck's id but no schema version", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("impostor.okr"));
    runOnFile(path, {QStringLiteral("PRAGMA application_id = 1363430193"),
                     QStringLiteral("CREATE TABLE songs (title TEXT)")});
    requireRejectedUntouched(path, QStringLiteral("another application's database"));
}

TEST_CASE("Document should reject a file from a newer schema", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = createDocument(folder, QStringLiteral("future.okr"));
    runOnFile(path, {QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                         .arg(Document::currentSchemaVersion() + 1)});
    requireRejectedUntouched(path, QStringLiteral("written by a newer version of Quarterdeck"));
}

TEST_CASE("Document should refuse to change a read-only file and read it without leaving a journal",
          "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("locked.okr"));
    Document::create(path, [](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
    });
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const FileSnapshot before = FileSnapshot::of(path);

    CHECK(openError(path, Document::OpenMode::ReadWrite).contains(QStringLiteral("read-only")));
    for (const auto mode : {Document::OpenMode::ReadOnly, Document::OpenMode::ReadWriteWhenPossible}) {
        const auto document = Document::open(path, mode);
        CHECK(document->isReadOnly());
        CHECK_FALSE(document->isDamaged());
        CHECK(TeamRepository(*document).organisationName() == QStringLiteral("Acme"));
        // Root ignores the permission bits: the connection itself refuses to write.
        CHECK_THROWS_AS(TeamRepository(*document).add({NoId, NoId, QStringLiteral("Sales")}), DocumentError);
        if (mode == Document::OpenMode::ReadWriteWhenPossible)
            CHECK(document->readOnlyReason().contains(QStringLiteral("read-only")));
    }
    CHECK(FileSnapshot::of(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A document opened read-only should see what another process commits while it is open, and refuse to write",
          "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("shared.okr"));
    Id acme = NoId;
    Document::create(path, [&acme](Document &document) {
        acme = TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
    });
    const auto reader = Document::open(path, Document::OpenMode::ReadOnly);
    REQUIRE(reader->isReadOnly());
    CHECK(reader->readOnlyReason().isEmpty());
    CHECK(TeamRepository(*reader).organisationName() == QStringLiteral("Acme"));
    const qint64 versionRead = reader->dataVersion();

    {
        // Committed into the journal: the writer stays open, so nothing is copied into the file yet.
        const auto writer = Document::open(path);
        TeamRepository(*writer).rename(acme, QStringLiteral("Acme Corp"));
        CHECK(TeamRepository(*reader).organisationName() == QStringLiteral("Acme Corp"));
        CHECK(reader->dataVersion() != versionRead);
        TeamRepository(*writer).rename(acme, QStringLiteral("Acme Inc"));
    }
    CHECK(TeamRepository(*reader).organisationName() == QStringLiteral("Acme Inc"));
    CHECK_THROWS_AS(TeamRepository(*reader).add({NoId, NoId, QStringLiteral("Sales")}), DocumentError);
}

TEST_CASE("A document opened read-only should leave no journal once closed, even when another writer closed first",
          "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("shared.okr"));
    Document::create(path);
    {
        const auto reader = Document::open(path, Document::OpenMode::ReadOnly);
        const auto writer = Document::open(path);
        TeamRepository(*writer).add({NoId, NoId, QStringLiteral("Acme")});
        CHECK(TeamRepository(*reader).organisationName() == QStringLiteral("Acme"));
    }
    CHECK(FileSnapshot::of(path).journalFiles.isEmpty());
    {
        const auto reader = Document::open(path, Document::OpenMode::ReadOnly);
        CHECK(TeamRepository(*reader).organisationName() == QStringLiteral("Acme"));
    }
    CHECK(FileSnapshot::of(path).journalFiles.isEmpty());
}

TEST_CASE("A document opened read-only should save a copy and still refuse to write", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("plan.okr"));
    Document::create(path, [](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
    });
    const auto reader = Document::open(path, Document::OpenMode::ReadOnly);
    const QString copyPath = pathIn(folder, QStringLiteral("copy.okr"));

    reader->saveCopyAs(copyPath);

    CHECK(TeamRepository(*Document::open(copyPath, Document::OpenMode::ReadOnly)).organisationName() ==
          QStringLiteral("Acme"));
    CHECK_THROWS_AS(TeamRepository(*reader).add({NoId, NoId, QStringLiteral("Sales")}), DocumentError);
}

TEST_CASE("Document should create a new file with the current schema, WAL and foreign keys", "[storage][document]")
{
    QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("Quarter plan.okr"));
    const auto document = Document::create(path);
    CHECK(document->displayName() == QStringLiteral("Quarter plan"));
    CHECK(document->path() == QFileInfo(path).absoluteFilePath());

    QSqlQuery version = document->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    REQUIRE(version.next());
    CHECK(version.value(0).toInt() == Document::currentSchemaVersion());
    QSqlQuery applicationId = document->exec(QStringLiteral("PRAGMA application_id"));
    REQUIRE(applicationId.next());
    CHECK(applicationId.value(0).toLongLong() == 0x51444B31);
    QSqlQuery journal = document->exec(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(journal.next());
    CHECK(journal.value(0).toString() == QStringLiteral("wal"));
    QSqlQuery foreignKeys = document->exec(QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(foreignKeys.next());
    CHECK(foreignKeys.value(0).toInt() == 1);
    QSqlQuery temporaryStore = document->exec(QStringLiteral("PRAGMA temp_store"));
    REQUIRE(temporaryStore.next());
    CHECK(temporaryStore.value(0).toInt() == 2); // MEMORY: statement journals never touch the disk
    const auto pageCache = [&document] {
        QSqlQuery cacheSize = document->exec(QStringLiteral("PRAGMA cache_size"));
        return cacheSize.next() ? cacheSize.value(0).toInt() : 0;
    };
    CHECK(pageCache() == -65536); // KiB: plans read again come from memory
    document->readEachPageOnce(); // an export's connection
    CHECK(pageCache() == -2048);
    CHECK(integrityCheck(*document) == QStringLiteral("ok"));
}

TEST_CASE("Document should keep what was written when reopened", "[storage][document]")
{
    QTemporaryDir folder;
    // Characters that mean something in a URI or a translated message.
    const QString path = pathIn(folder, QStringLiteral("Q3 plan #1 (100%2 sure?).okr"));
    {
        const auto document = Document::create(path);
        TeamRepository(*document).add({NoId, NoId, QStringLiteral("Acme")});
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // closed cleanly: checkpointed
    const auto reopened = Document::open(path);
    CHECK(TeamRepository(*reopened).organisationName() == QStringLiteral("Acme"));
    const auto again = Document::open(path); // a second connection is fine
    CHECK(TeamRepository(*again).all().size() == 1);
}

TEST_CASE("Document should write nothing of a transaction that throws", "[storage][document]")
{
    QTemporaryDir folder;
    const auto document = Document::create(pathIn(folder, QStringLiteral("plan.okr")));
    Repository repository(*document);

    REQUIRE_THROWS_AS(document->transaction([&] {
        repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
        throw std::runtime_error("the user cancelled");
    }),
                      std::runtime_error);
    CHECK(repository.teams().all().isEmpty());

    SECTION("nested transactions join the outer one")
    {
        REQUIRE_THROWS_AS(document->transaction([&] {
            document->transaction([&] { repository.teams().add({NoId, NoId, QStringLiteral("Inner")}); });
            throw std::runtime_error("the outer work failed");
        }),
                          std::runtime_error);
        CHECK(repository.teams().all().isEmpty());
    }
    SECTION("a failed inner transaction cannot be committed by the outer one")
    {
        REQUIRE_THROWS_AS(document->transaction([&] {
            repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
            try {
                document->transaction([&] { repository.teams().rename(4242, QStringLiteral("Nobody")); });
            } catch (const DocumentError &) {
                // swallowed on purpose
            }
        }),
                          DocumentError);
        CHECK(repository.teams().all().isEmpty());
    }
    SECTION("a transaction that returns commits all of its writes")
    {
        document->transaction([&] {
            const Id company = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
            document->transaction([&] { repository.teams().add({NoId, company, QStringLiteral("Sales")}); });
        });
        CHECK(repository.teams().all().size() == 2);
    }
}

TEST_CASE("Document should report the driver's message when a statement fails", "[storage][document]")
{
    QTemporaryDir folder;
    const auto document = Document::create(pathIn(folder, QStringLiteral("plan.okr")));
    try {
        document->exec(QStringLiteral("SELECT * FROM no_such_table"));
        FAIL("no error");
    } catch (const DocumentError &error) {
        CHECK(error.message().contains(QStringLiteral("no_such_table")));
        CHECK(QString::fromUtf8(error.what()) == error.message());
    }
    CHECK_THROWS_AS(document->prepared(QStringLiteral("SELEKT 1")), DocumentError);
}

TEST_CASE("Document should reuse one prepared statement per SQL text", "[storage][document]")
{
    QTemporaryDir folder;
    const auto document = Document::create(pathIn(folder, QStringLiteral("plan.okr")));
    QSqlQuery &first = document->prepared(QStringLiteral("SELECT ?"));
    QSqlQuery &other = document->prepared(QStringLiteral("SELECT ? + 1"));
    CHECK(&document->prepared(QStringLiteral("SELECT ?")) == &first);
    CHECK(&other != &first);

    const qint64 before = Document::executedQueryCount();
    first.bindValue(0, 41);
    Document::exec(first);
    REQUIRE(first.next());
    CHECK(first.value(0).toInt() == 41);
    CHECK(Document::executedQueryCount() == before + 1);
}

TEST_CASE("Document should save a consistent copy and refuse to overwrite a file", "[storage][document]")
{
    QTemporaryDir folder;
    const auto document = Document::create(pathIn(folder, QStringLiteral("plan.okr")));
    TeamRepository(*document).add({NoId, NoId, QStringLiteral("Acme")});

    const QString copyPath = pathIn(folder, QStringLiteral("copy.okr"));
    document->saveCopyAs(copyPath);
    {
        const auto copy = Document::open(copyPath);
        CHECK(TeamRepository(*copy).organisationName() == QStringLiteral("Acme"));
        CHECK(integrityCheck(*copy) == QStringLiteral("ok"));
    }

    const FileSnapshot before = FileSnapshot::of(copyPath);
    try {
        document->saveCopyAs(copyPath);
        FAIL("overwrote an existing file");
    } catch (const DocumentError &error) {
        CHECK(error.message().contains(QStringLiteral("already exists")));
        CHECK(error.message().contains(QDir::toNativeSeparators(copyPath)));
    }
    CHECK(FileSnapshot::of(copyPath) == before);
    CHECK_THROWS_AS(document->saveCopyAs(pathIn(folder, QStringLiteral("missing/copy.okr"))), DocumentError);
}

TEST_CASE("Document should remove a file together with its journal", "[storage][document]")
{
    const QTemporaryDir folder;
    const QString path = pathIn(folder, QStringLiteral("old.okr"));
    const QString other = pathIn(folder, QStringLiteral("old.okr-keep"));
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), other})
        writeFile(name, "bytes");

    Document::removeWithJournal(path);

    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    CHECK(QFile::exists(other));
    Document::removeWithJournal(path); // nothing left to remove: no error
}
