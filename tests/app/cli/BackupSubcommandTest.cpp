#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

namespace {

QString integrityOf(const QString &path)
{
    const auto document = Document::open(path);
    QSqlQuery check = document->exec(QStringLiteral("PRAGMA integrity_check"));
    return check.next() ? check.value(0).toString() : QString();
}

QStringList teamNamesOf(const QString &path)
{
    const auto document = Document::open(path);
    QStringList names;
    for (const Team &team : TeamRepository(*document).all())
        names.append(team.name);
    return names;
}

CommandOutcome backUp(const QString &document, const QString &target, const QStringList &options = {})
{
    return runCommand(QStringList{QStringLiteral("backup"), document, target} + options);
}

} // namespace

TEST_CASE("quarterdeck backup should copy every committed row while another connection is writing", "[app][backup]")
{
    const DemoDocumentFile demo;
    const QString target = demo.pathOf(QStringLiteral("backup.okr"));
    const auto writer = Document::open(demo.path);
    TeamRepository teams(*writer);
    const Id company = teams.all().first().id;
    teams.add({NoId, company, QStringLiteral("Committed before the backup")});

    CommandOutcome outcome;
    // The backup runs while the writer holds the write lock with a row not yet committed.
    writer->transaction([&] {
        teams.add({NoId, company, QStringLiteral("Not committed yet")});
        outcome = backUp(demo.path, target);
    });

    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("Backed up")));
    CHECK(integrityOf(target) == QStringLiteral("ok"));
    const QStringList backedUp = teamNamesOf(target);
    CHECK(backedUp.contains(QStringLiteral("Committed before the backup")));
    CHECK_FALSE(backedUp.contains(QStringLiteral("Not committed yet")));
    QStringList original = teamNamesOf(demo.path);
    original.removeAll(QStringLiteral("Not committed yet"));
    CHECK(backedUp == original);
}

TEST_CASE("quarterdeck backup should copy the committed document while another process holds a write transaction",
          "[app][backup]")
{
    const DemoDocumentFile demo;
    const QString target = demo.pathOf(QStringLiteral("backup.okr"));
    const QStringList teamsBefore = teamNamesOf(demo.path);
    // The sqlite3 shell takes the write lock, adds a team and says so; it commits only when told.
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {demo.path});
    REQUIRE(writer.waitForStarted());
    writer.write("BEGIN IMMEDIATE;\n"
                 "INSERT INTO teams (parent_id, name) SELECT min(id), 'Written by another process' FROM teams;\n"
                 "SELECT 'locked';\n");
    QByteArray said;
    while (!said.contains("locked")) {
        REQUIRE(writer.waitForReadyRead());
        said += writer.readAllStandardOutput();
    }

    const CommandOutcome outcome = backUp(demo.path, target);

    writer.write("COMMIT;\n.quit\n");
    writer.closeWriteChannel();
    REQUIRE(writer.waitForFinished());
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(integrityOf(target) == QStringLiteral("ok"));
    CHECK(teamNamesOf(target) == teamsBefore);
    CHECK(teamNamesOf(demo.path).contains(QStringLiteral("Written by another process")));
}

TEST_CASE("quarterdeck backup should refuse an existing target unless --force, then replace it whole", "[app][backup]")
{
    const DemoDocumentFile demo;
    const QString target = demo.pathOf(QStringLiteral("backup.okr"));
    QFile existing(target);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("yesterday's backup");
    existing.close();
    // A journal left beside the old target would be applied to the new copy and damage it.
    QFile staleJournal(target + QStringLiteral("-wal"));
    REQUIRE(staleJournal.open(QIODevice::WriteOnly));
    staleJournal.write(QByteArray(4096, 'x'));
    staleJournal.close();

    const CommandOutcome refused = backUp(demo.path, target);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(fileContent(target) == "yesterday's backup");

    const CommandOutcome forced = backUp(demo.path, target, {QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    REQUIRE(forced.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    CHECK(integrityOf(target) == QStringLiteral("ok"));
    CHECK(teamNamesOf(target) == teamNamesOf(demo.path));
    // Nothing of the copy's making is left beside it.
    QStringList leftovers = QDir(demo.folder.path()).entryList(QDir::Files | QDir::Hidden);
    leftovers.removeIf([](const QString &name) { return name.startsWith(QLatin1String("demo.okr")); });
    CHECK(leftovers == QStringList{QStringLiteral("backup.okr")});
}

TEST_CASE("quarterdeck backup should refuse a missing folder and leave no file", "[app][backup]")
{
    const DemoDocumentFile demo;
    const QString target = demo.pathOf(QStringLiteral("missing/backup.okr"));

    const CommandOutcome outcome = backUp(demo.path, target);

    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(target));
}
