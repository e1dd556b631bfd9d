#include "support/catch.h"

#include "storage/DocumentFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

// A folder holding plan.okr (a few bytes: DocumentFiles only looks at names and files) and a sub-folder.
struct PlanFolder {
    QTemporaryDir folder;
    QString document = folder.filePath(QStringLiteral("plan.okr"));

    PlanFolder()
    {
        QFile file(document);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        file.close();
        REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("sub")));
    }
    QString path(const char *name) const { return folder.filePath(QLatin1String(name)); }
};

} // namespace

TEST_CASE("DocumentFiles should name the document and its journal under every spelling", "[storage][files]")
{
    const PlanFolder plan;
    const DocumentFiles files(plan.document);
    CHECK(files.contains(plan.document));
    CHECK(files.contains(plan.path("sub/../plan.okr")));
    CHECK(files.contains(plan.path("./plan.okr-wal")));
    CHECK(files.contains(plan.document + QStringLiteral("-shm")));
    CHECK(files.contains(plan.document + QStringLiteral("-journal")));
    const QString workingFolder = QDir::currentPath();
    REQUIRE(QDir::setCurrent(plan.folder.path()));
    CHECK(files.contains(QStringLiteral("plan.okr")));
    REQUIRE(QDir::setCurrent(workingFolder));

    CHECK_FALSE(files.contains(plan.path("plan.pdf")));
    CHECK_FALSE(files.contains(plan.path("plan.okr.csv")));
    CHECK_FALSE(files.contains(plan.path("sub/plan.okr")));
    CHECK_FALSE(files.contains(plan.path("plan.okr-wal.bak")));
    CHECK(files.refusalToWrite(plan.path("plan.pdf")).isEmpty());
    CHECK(files.refusalToWrite(plan.document).contains(QDir::toNativeSeparators(plan.document)));
}

TEST_CASE("DocumentFiles should see through symbolic links, linked folders and hard links", "[storage][files]")
{
    const PlanFolder plan;
    REQUIRE(QFile::link(plan.document, plan.path("link.okr")));
    REQUIRE(QFile::link(plan.folder.path(), plan.path("linked")));
    REQUIRE(QFile::link(plan.document + QStringLiteral("-wal"), plan.path("dangling-wal"))); // no -wal exists
    REQUIRE(::link(QFile::encodeName(plan.document).constData(),
                   QFile::encodeName(plan.path("hard.okr")).constData()) == 0);

    const DocumentFiles files(plan.document);
    CHECK(files.contains(plan.path("link.okr")));
    CHECK(files.contains(plan.path("linked/plan.okr")));
    CHECK(files.contains(plan.path("linked/plan.okr-shm")));
    CHECK(files.contains(plan.path("dangling-wal")));
    CHECK(files.contains(plan.path("hard.okr")));

    // Opened through the link, the real file and the journal beside it are the document too.
    const DocumentFiles throughLink(plan.path("link.okr"));
    CHECK(throughLink.contains(plan.document));
    CHECK(throughLink.contains(plan.path("link.okr-wal")));
    CHECK(throughLink.contains(plan.document + QStringLiteral("-wal")));
}
