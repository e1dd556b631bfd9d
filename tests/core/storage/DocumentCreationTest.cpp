#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

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
