#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/DamagedFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The journal files SQLite would leave beside `path`.
QStringList journalsOf(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            found.append(path + suffix);
    }
    return found;
}

// The demo company in demo.okr in `folder`, closed.
QString demoIn(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(QStringLiteral("demo.okr"));
    REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0);
    return path;
}

// How many entries of `list` ("checkIns", "objectives"...) a JSON export holds.
qsizetype countIn(const QString &jsonExport, const QString &list)
{
    return QJsonDocument::fromJson(contentOf(jsonExport)).object().value(list).toArray().size();
}

} // namespace

TEST_CASE("A generate killed while it writes leaves no document behind, and a retry creates it", "[app][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.okr"));
    QProcess generate;
    generate.start(QStringLiteral(QUARTERDECK_BINARY),
                   {QStringLiteral("generate"), path, QStringLiteral("--teams"), QStringLiteral("300"),
                    QStringLiteral("--cycles"), QStringLiteral("8")});
    // Killed once the first of eight quarters is written: midway, with data in the file and its journal.
    generate.setReadChannel(QProcess::StandardError); // the progress, which waitForReadyRead then waits for
    QByteArray progress;
    while (!progress.contains("Cycle 1 of 8 written") && generate.waitForReadyRead(60000))
        progress += generate.readAllStandardError();
    REQUIRE(progress.contains("Cycle 1 of 8 written"));
    generate.kill();
    REQUIRE(generate.waitForFinished(30000));

    CHECK_FALSE(QFileInfo::exists(path)); // never an unopenable file at the path
    const CommandOutcome retry = runCommand({QStringLiteral("demo"), path});
    INFO(retry.err.toStdString());
    REQUIRE(retry.exitCode == 0);
    const auto document = Document::open(path, Document::OpenMode::ReadOnly);
    CHECK(TeamRepository(*document).organisationName() == QStringLiteral("Northwind Labs"));
}

TEST_CASE("Commands that write refuse a damaged document and write nothing", "[app][damaged]")
{
    const QTemporaryDir folder;
    const QString demo = demoIn(folder);
    DamagedFiles::zeroPage(demo, DamagedFiles::pageCount(demo) / 2);
    const QByteArray before = contentOf(demo);

    const CommandOutcome added = runCommand({QStringLiteral("cycle"), demo, QStringLiteral("new")});
    CHECK(added.exitCode == 1);
    CHECK(added.err.contains(QStringLiteral("damaged")));
    CHECK(added.err.contains(QStringLiteral("Nothing was written")));
    CHECK(contentOf(demo) == before);
    CHECK(journalsOf(demo).isEmpty());
}

TEST_CASE("export of a damaged document writes what it can read and says it may be incomplete", "[app][damaged]")
{
    const QTemporaryDir folder;
    const QString demo = demoIn(folder);
    DamagedFiles::zeroApplicationId(demo);
    const QString out = folder.filePath(QStringLiteral("rescued.json"));

    const CommandOutcome exported = runCommand({QStringLiteral("export"), demo, QStringLiteral("--out"), out});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(exported.err.contains(QStringLiteral("another application")));
    CHECK(exported.err.contains(QStringLiteral("may be incomplete")));
    CHECK(contentOf(out).contains("Northwind Labs"));
}

TEST_CASE("export of a document with lost check-in rows saves the rest, names the loss and imports again",
          "[app][damaged]")
{
    const QTemporaryDir folder;
    const QString demo = demoIn(folder);
    const QString sound = folder.filePath(QStringLiteral("sound.json"));
    REQUIRE(runCommand({QStringLiteral("export"), demo, QStringLiteral("--out"), sound}).exitCode == 0);
    DamagedFiles::zeroPage(demo, DamagedFiles::firstLeafPageOf(demo, QStringLiteral("check_ins")));
    const QString rescued = folder.filePath(QStringLiteral("rescued.json"));

    const CommandOutcome exported = runCommand({QStringLiteral("export"), demo, QStringLiteral("--out"), rescued});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("could not be read")));
    CHECK(exported.err.contains(QStringLiteral("check-ins of")));
    CHECK(exported.err.contains(QStringLiteral("may be incomplete")));
    const QString checkIns = QStringLiteral("checkIns");
    CHECK(countIn(rescued, checkIns) < countIn(sound, checkIns));
    for (const QString &kept : {QStringLiteral("teams"), QStringLiteral("objectives"), QStringLiteral("keyResults"),
                                QStringLiteral("kpis")}) {
        INFO(kept.toStdString());
        CHECK(countIn(rescued, kept) > 0);
        CHECK(countIn(rescued, kept) == countIn(sound, kept));
    }

    const CommandOutcome imported = runCommand(
        {QStringLiteral("import"), folder.filePath(QStringLiteral("copy.okr")), QStringLiteral("--from"), rescued});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
}

TEST_CASE("export does not upgrade an older document; a command that writes keeps a copy when it does",
          "[app][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.okr"));
    REQUIRE(QFile::copy(QStringLiteral(QUARTERDECK_TEST_DATA "/schema-v1.okr"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray version1 = contentOf(path);

    const CommandOutcome exported = runCommand(
        {QStringLiteral("export"), path, QStringLiteral("--out"), folder.filePath(QStringLiteral("a.json"))});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("Open it in Quarterdeck to upgrade it")));
    CHECK(contentOf(path) == version1);

    const CommandOutcome added = runCommand({QStringLiteral("cycle"), path, QStringLiteral("new")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    const QString backup = path + QStringLiteral(".v1.bak");
    CHECK(added.err.contains(backup));
    CHECK(contentOf(backup).size() > 0);
}

TEST_CASE("Another user reads a document in a read-only folder, leaves no journal, and cannot change it",
          "[app][readonly]")
{
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root && setpriv.isEmpty()) {
        WARN("setpriv is missing (Debian: util-linux): as root, read-only files cannot be tried");
        return;
    }
    const QTemporaryDir folder;
    const QString demo = demoIn(folder);
    const QString outFolder = folder.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(outFolder));
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto traversable = everyone | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(outFolder, traversable | QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                                 QFileDevice::WriteOther));
    REQUIRE(QFile::setPermissions(demo, everyone));
    REQUIRE(QFile::setPermissions(folder.path(), traversable)); // read-only for everyone but root
    const QByteArray before = contentOf(demo);

    // As user nobody when run as root, who ignores permissions; as ourselves otherwise.
    const auto runAsOtherUser = [&](const QStringList &arguments) {
        QProcess process;
        if (root)
            process.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                               QStringLiteral("--clear-groups"), QStringLiteral(QUARTERDECK_BINARY)} +
                                       arguments);
        else
            process.start(QStringLiteral(QUARTERDECK_BINARY), arguments);
        REQUIRE(process.waitForFinished(60000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };

    const QString out = QDir(outFolder).filePath(QStringLiteral("plan.json"));
    const auto [exportCode, exportErrors] =
        runAsOtherUser({QStringLiteral("export"), demo, QStringLiteral("--out"), out});
    INFO(exportErrors.toStdString());
    CHECK(exportCode == 0);
    CHECK(contentOf(out).contains("Northwind Labs"));
    const auto [listCode, listErrors] = runAsOtherUser({QStringLiteral("cycle"), demo, QStringLiteral("list")});
    CHECK(listCode == 0);

    const auto [addCode, addErrors] = runAsOtherUser({QStringLiteral("cycle"), demo, QStringLiteral("new")});
    CHECK(addCode == 1);
    CHECK(addErrors.contains(QStringLiteral("read-only")));

    CHECK(journalsOf(demo).isEmpty());
    CHECK(contentOf(demo) == before);
    QFile::setPermissions(folder.path(), traversable | QFileDevice::WriteOwner);
}
