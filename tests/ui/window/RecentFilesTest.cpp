#include "support/catch.h"

#include "support/CatchQt.h"
#include "window/RecentFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QString createFile(const QTemporaryDir &directory, const QString &name)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    return path;
}

} // namespace

TEST_CASE("Recent files keep the newest first without duplicates", "[ui][recent]")
{
    RecentFiles::clear();
    const QTemporaryDir directory;
    const QString acme = createFile(directory, QStringLiteral("acme.okr"));
    const QString globex = createFile(directory, QStringLiteral("globex.okr"));

    RecentFiles::add(acme);
    RecentFiles::add(globex);
    RecentFiles::add(acme);

    CHECK(RecentFiles::paths() == QStringList{acme, globex});
    RecentFiles::clear();
}

TEST_CASE("Recent files remember at most eight documents", "[ui][recent]")
{
    RecentFiles::clear();
    const QTemporaryDir directory;
    for (int i = 0; i < 10; ++i)
        RecentFiles::add(createFile(directory, QStringLiteral("company%1.okr").arg(i)));

    const QStringList paths = RecentFiles::paths();
    REQUIRE(paths.size() == RecentFiles::MaximumCount);
    CHECK(paths.first() == directory.filePath(QStringLiteral("company9.okr")));
    CHECK(paths.last() == directory.filePath(QStringLiteral("company2.okr")));
    RecentFiles::clear();
}

TEST_CASE("Recent files forget documents that no longer exist", "[ui][recent]")
{
    RecentFiles::clear();
    const QTemporaryDir directory;
    const QString kept = createFile(directory, QStringLiteral("kept.okr"));
    const QString deleted = createFile(directory, QStringLiteral("deleted.okr"));
    RecentFiles::add(kept);
    RecentFiles::add(deleted);

    REQUIRE(QFile::remove(deleted));

    CHECK(RecentFiles::paths() == QStringList{kept});
    RecentFiles::clear();
}

TEST_CASE("Recent files are stored as absolute paths", "[ui][recent]")
{
    RecentFiles::clear();
    const QTemporaryDir directory;
    const QString path = createFile(directory, QStringLiteral("relative.okr"));
    const QString relativePath = QDir::current().relativeFilePath(path);

    RecentFiles::add(relativePath);

    CHECK(RecentFiles::paths() == QStringList{path});
    RecentFiles::clear();
}

TEST_CASE("Recent files keep an organisation database without its password", "[ui][recent]")
{
    RecentFiles::clear();
    RecentFiles::add(QStringLiteral("postgresql://ana:secret@db.example.com/okrs"));
    // Not asked whether it exists: the server is asked when it is opened.
    CHECK(RecentFiles::paths() == QStringList{QStringLiteral("postgresql://ana@db.example.com/okrs")});
    RecentFiles::clear();
}
