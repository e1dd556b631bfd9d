#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/PartialDocument.h"
#include "storage/Repository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <stdexcept>

using namespace StorageTestSupport;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList everyFileIn(const QTemporaryDir &folder)
{
    return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("Document should create a document whose file alone is complete", "[storage][document][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    Document::create(path, [](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
    });

    CHECK(everyFileIn(folder) == QStringList{QStringLiteral("plan.okr")}); // no journal, no temporary file
    const std::unique_ptr<Document> document = Document::open(path, Document::OpenMode::ReadOnly);
    CHECK(TeamRepository(*document).organisationName() == QStringLiteral("Acme"));
    CHECK(integrityCheck(*document) == QStringLiteral("ok"));
}

// Through a write-ahead log, every page of a new document was written twice: into the log, then into the file.
TEST_CASE("Document should fill a new document with a rollback journal, writing its pages once",
          "[storage][document][create]")
{
    QTemporaryDir folder;
    QString journalMode;
    QStringList filesWhileFilling;
    Document::create(folder.filePath(QStringLiteral("plan.okr")), [&](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
        QSqlQuery mode = document.exec(QStringLiteral("PRAGMA journal_mode"));
        REQUIRE(mode.next());
        journalMode = mode.value(0).toString();
        filesWhileFilling = everyFileIn(folder);
    });

    CHECK(journalMode == QStringLiteral("delete"));
    for (const QString &file : std::as_const(filesWhileFilling))
        CHECK_FALSE(file.endsWith(QStringLiteral("-wal")));
}

TEST_CASE("Document should leave nothing at the path when writing a new document fails", "[storage][document][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    CHECK_THROWS_AS(Document::create(path,
                                     [](Document &document) {
                                         TeamRepository(document).add({NoId, NoId, QStringLiteral("Acme")});
                                         throw std::runtime_error("interrupted");
                                     }),
                    std::runtime_error);
    CHECK(everyFileIn(folder).isEmpty());

    Document::create(path); // the retry works
    CHECK(openError(path).isEmpty());
}

TEST_CASE("Document should create a document beside what an interrupted creation left", "[storage][document][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    // A creation killed midway: its partial file and journal, and a stale journal of a deleted document.
    writeFile(folder.filePath(QStringLiteral(".plan.okr.a1b2c3.partial")), QByteArray(4096, 'x'));
    writeFile(folder.filePath(QStringLiteral(".plan.okr.a1b2c3.partial-wal")), QByteArray(4096, 'y'));
    writeFile(path + QStringLiteral("-wal"), QByteArray(4096, 'z'));

    const std::unique_ptr<Document> document = Document::create(path, [](Document &created) {
        TeamRepository(created).add({NoId, NoId, QStringLiteral("Acme")});
    });
    CHECK(TeamRepository(*document).organisationName() == QStringLiteral("Acme"));
    CHECK(integrityCheck(*document) == QStringLiteral("ok"));
}

TEST_CASE("Document should refuse to create a document where a file exists", "[storage][document][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    writeFile(path, "someone's notes");
    const FileSnapshot before = FileSnapshot::of(path);

    const QString message = createError(path);
    CHECK(message.contains(QStringLiteral("already exists")));
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(FileSnapshot::of(path) == before);
    CHECK(everyFileIn(folder) == QStringList{QStringLiteral("plan.okr")});
}

TEST_CASE("Document should replace an existing file only once the new document is complete",
          "[storage][document][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    Document::create(path, [](Document &document) {
        TeamRepository(document).add({NoId, NoId, QStringLiteral("Old Company")});
    });
    const FileSnapshot before = FileSnapshot::of(path);

    CHECK_THROWS_AS(Document::create(
                        path,
                        [](Document &document) {
                            TeamRepository(document).add({NoId, NoId, QStringLiteral("New Company")});
                            throw std::runtime_error("interrupted");
                        },
                        DocumentFiles::ExistingFile::Replace),
                    std::runtime_error);
    CHECK(FileSnapshot::of(path) == before);
    CHECK(everyFileIn(folder) == QStringList{QStringLiteral("plan.okr")});

    writeFile(path + QStringLiteral("-wal"), QByteArray(4096, 'z')); // the old document's journal must not follow
    const std::unique_ptr<Document> replaced = Document::create(
        path,
        [](Document &document) {
            TeamRepository(document).add({NoId, NoId, QStringLiteral("New Company")});
        },
        DocumentFiles::ExistingFile::Replace);
    CHECK(TeamRepository(*replaced).organisationName() == QStringLiteral("New Company"));
    CHECK(integrityCheck(*replaced) == QStringLiteral("ok"));
}

namespace {

// The lock file a creation killed midway leaves: Qt's own contents, naming a process that has ended.
QByteArray lockOfEndedProcess()
{
    QTemporaryDir scratch;
    QLockFile live(scratch.filePath(QStringLiteral("live.lock")));
    REQUIRE(live.tryLock(0));
    QFile liveFile(scratch.filePath(QStringLiteral("live.lock")));
    REQUIRE(liveFile.open(QIODevice::ReadOnly));
    QByteArray contents = liveFile.readAll();

    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    REQUIRE(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    REQUIRE(ended.waitForFinished());
    return QByteArray::number(endedPid) + contents.mid(contents.indexOf('\n'));
}

void makeOlderThanStaleAge(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QDateTime old =
        QDateTime::currentDateTime().addSecs(-std::chrono::seconds(PartialDocument::StaleAge).count() - 3600);
    REQUIRE(file.setFileTime(old, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("Document should remove what killed creations left beside it, and only that", "[storage][document][create]")
{
    QTemporaryDir folder;
    const auto leftover = [&folder](const QString &name) { return folder.filePath(name); };
    // Killed midway: its process has ended.
    writeFile(leftover(QStringLiteral(".plan.okr.killed.partial")), QByteArray(4096, 'x'));
    writeFile(leftover(QStringLiteral(".plan.okr.killed.partial-wal")), QByteArray(4096, 'y'));
    writeFile(leftover(QStringLiteral(".plan.okr.killed.partial.lock")), lockOfEndedProcess());
    // Left by a version without locks, a long time ago.
    writeFile(leftover(QStringLiteral(".old.okr.ancient.partial")), QByteArray(4096, 'x'));
    makeOlderThanStaleAge(leftover(QStringLiteral(".old.okr.ancient.partial")));
    // Without a lock but recent: it may still be written.
    writeFile(leftover(QStringLiteral(".other.okr.recent.partial")), QByteArray(4096, 'x'));
    // A live creation (this process holds its lock, as another process would).
    writeFile(leftover(QStringLiteral(".big.okr.live.partial")), QByteArray(4096, 'x'));
    QLockFile liveLock(leftover(QStringLiteral(".big.okr.live.partial.lock")));
    REQUIRE(liveLock.tryLock(0));

    Document::create(folder.filePath(QStringLiteral("plan.okr")));

    CHECK(everyFileIn(folder) == QStringList{QStringLiteral(".big.okr.live.partial"),
                                             QStringLiteral(".big.okr.live.partial.lock"),
                                             QStringLiteral(".other.okr.recent.partial"), QStringLiteral("plan.okr")});
}
