#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "support/DamagedFiles.h"

#include <QTemporaryDir>

using namespace StorageTestSupport;

namespace {

// A damaged document is refused for changes, with a message that says so, and the file stays as it was.
void requireRefusedForChangesAsDamaged(const QString &path)
{
    const FileSnapshot before = FileSnapshot::of(path);
    const QString message = openError(path, Document::OpenMode::ReadWrite);
    CHECK(message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(message.contains(QStringLiteral("another application")));
    CHECK(FileSnapshot::of(path) == before);
}

} // namespace

TEST_CASE("Document should refuse to change a document with a zeroed page and open it read-only",
          "[storage][document][damaged]")
{
    ClosedDocument closed;
    DamagedFiles::zeroPage(closed.path, DamagedFiles::pageCount(closed.path) / 2);

    requireRefusedForChangesAsDamaged(closed.path);
    const FileSnapshot before = FileSnapshot::of(closed.path);
    for (const auto mode : {Document::OpenMode::ReadOnly, Document::OpenMode::ReadWriteWhenPossible}) {
        const std::unique_ptr<Document> document = Document::open(closed.path, mode);
        CHECK(document->isDamaged());
        CHECK(document->isReadOnly());
        CHECK(document->readOnlyReason().contains(QStringLiteral("damaged")));
        CHECK_THROWS_AS(TeamRepository(*document).add({NoId, NoId, QStringLiteral("Written anyway")}), DocumentError);
    }
    CHECK(FileSnapshot::of(closed.path) == before);
}

TEST_CASE("Document should call a document whose header lost Quarterdeck's mark damaged, and read it",
          "[storage][document][damaged]")
{
    ClosedDocument closed;
    DamagedFiles::zeroApplicationId(closed.path);

    requireRefusedForChangesAsDamaged(closed.path);
    const std::unique_ptr<Document> document = Document::open(closed.path, Document::OpenMode::ReadWriteWhenPossible);
    CHECK(document->isDamaged());
    CHECK(document->isReadOnly());
    CHECK(TeamRepository(*document).all().size() == 21); // the company and its twenty teams
}

TEST_CASE("Document should call a document with a damaged meta page damaged, not another application's",
          "[storage][document][damaged]")
{
    ClosedDocument closed;
    DamagedFiles::zeroPage(closed.path, DamagedFiles::rootPageOf(closed.path, QStringLiteral("meta")));

    requireRefusedForChangesAsDamaged(closed.path);
    for (const auto mode : {Document::OpenMode::ReadOnly, Document::OpenMode::ReadWriteWhenPossible}) {
        const QString message = openError(closed.path, mode);
        if (!message.isEmpty()) // it may open read-only as far as it can be read, or be refused as damaged
            CHECK(message.contains(QStringLiteral("damaged")));
        CHECK_FALSE(message.contains(QStringLiteral("another application")));
    }
}

TEST_CASE("Document should open a healthy document read-write and say nothing is wrong", "[storage][document]")
{
    ClosedDocument closed;
    const std::unique_ptr<Document> document = Document::open(closed.path, Document::OpenMode::ReadWriteWhenPossible);
    CHECK_FALSE(document->isDamaged());
    CHECK_FALSE(document->isReadOnly());
    CHECK(document->readOnlyReason().isEmpty());
}
