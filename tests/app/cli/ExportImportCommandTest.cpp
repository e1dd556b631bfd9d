#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A folder with the demo company in demo.okr.
struct DemoFolder {
    QTemporaryDir folder;
    QString demo = folder.filePath(QStringLiteral("demo.okr"));

    DemoFolder() { REQUIRE(runCommand({QStringLiteral("demo"), demo}).exitCode == 0); }
    QString path(const char *name) const { return folder.filePath(QLatin1String(name)); }
};

} // namespace

TEST_CASE("quarterdeck export then import into a new file then export should give identical files", "[app][io]")
{
    DemoFolder demo;
    for (const char *extension : {"csv", "json"}) {
        INFO(extension);
        const QString format = QLatin1String(extension);
        const QString first = demo.path("first.") + format;
        const QString copy = demo.path("copy-") + format + QStringLiteral(".okr");
        const QString second = demo.path("second.") + format;

        const CommandOutcome exported = runCommand(
            {QStringLiteral("export"), demo.demo, QStringLiteral("--format"), format, QStringLiteral("--out"), first});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        const CommandOutcome imported = runCommand({QStringLiteral("import"), copy, QStringLiteral("--from"), first});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral("Imported 11 objectives, 26 key results")));
        REQUIRE(runCommand({QStringLiteral("export"), copy, QStringLiteral("--out"), second}).exitCode == 0);
        CHECK_FALSE(contentOf(first).isEmpty());
        CHECK(contentOf(second) == contentOf(first));
    }
}

TEST_CASE("quarterdeck export --cycle should export that cycle only", "[app][io]")
{
    DemoFolder demo;
    const auto document = Document::open(demo.demo);
    const Repository repository(*document);
    const QList<Cycle> cycles = repository.cycles().all();
    const QString out = demo.path("cycle.csv");
    const CommandOutcome outcome = runCommand({QStringLiteral("export"), demo.demo, QStringLiteral("--cycle"),
                                               cycles.last().name, QStringLiteral("--out"), out});
    REQUIRE(outcome.exitCode == 0);
    CHECK(contentOf(out).contains(cycles.last().name.toUtf8()));
    CHECK_FALSE(contentOf(out).contains(cycles.first().name.toUtf8()));
}

TEST_CASE("quarterdeck export should reject bad usage with exit code 2 and write nothing", "[app][io]")
{
    DemoFolder demo;
    const QString out = demo.path("out.csv");
    const QString noExtension = demo.path("out");
    const QList<std::pair<QStringList, QString>> cases{
        {{demo.demo, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"), out},
         QStringLiteral("--format takes csv or json, not 'xml'.")},
        {{demo.demo, QStringLiteral("--format"), QStringLiteral("csv")}, QStringLiteral("--out PATH is required.")},
        {{demo.demo, QStringLiteral("--out"), noExtension}, QStringLiteral("--format csv or --format json")},
        {{QStringLiteral("--out"), out}, QStringLiteral("expected exactly one FILE.")},
        {{demo.demo, QStringLiteral("--colour"), QStringLiteral("--out"), out}, QStringLiteral("colour")},
    };
    for (const auto &[arguments, message] : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CommandOutcome outcome = runCommand(QStringList{QStringLiteral("export")} + arguments);
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.err.contains(message));
        CHECK_FALSE(QFile::exists(out));
        CHECK_FALSE(QFile::exists(noExtension));
    }
}

TEST_CASE("quarterdeck export of an unknown cycle should say which cycles exist and exit 1", "[app][io]")
{
    DemoFolder demo;
    const QString out = demo.path("out.json");
    const CommandOutcome outcome = runCommand({QStringLiteral("export"), demo.demo, QStringLiteral("--cycle"),
                                               QStringLiteral("1999 Q1"), QStringLiteral("--out"), out});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("has no cycle named '1999 Q1'. Its cycles: ")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("quarterdeck export that cannot write should fail with exit 1 and leave no file", "[app][io]")
{
    DemoFolder demo;
    const QString out = demo.path("missing-folder/out.json");
    const CommandOutcome outcome = runCommand({QStringLiteral("export"), demo.demo, QStringLiteral("--out"), out});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("Cannot write")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runCommand({QStringLiteral("export"), demo.path("none.okr"), QStringLiteral("--out"), demo.path("a.csv")})
              .exitCode == 1);
}

TEST_CASE("quarterdeck import should reject bad usage, and a bad file with exit 1 importing nothing", "[app][io]")
{
    DemoFolder demo;
    const QString target = demo.path("new.okr");
    CommandOutcome outcome = runCommand({QStringLiteral("import"), target});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.contains(QStringLiteral("--from PATH is required.")));

    outcome = runCommand({QStringLiteral("import"), target, QStringLiteral("--from"), demo.path("absent.csv")});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("does not exist")));

    const QString broken = demo.path("broken.csv");
    writeFile(broken, "Type,Row ID,Parent Row ID,Title,Team,Cycle,Target\n"
                      "objective,1,,Fine,Support,2027 Q1,\n"
                      "key result,2,1,Broken,Support,2027 Q1,ten\n");
    outcome = runCommand({QStringLiteral("import"), target, QStringLiteral("--from"), broken});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("row 3, column Target: 'ten' is not a number.")));
    CHECK_FALSE(QFile::exists(target)); // the document it would have created is not left behind

    outcome = runCommand({QStringLiteral("import"), demo.demo, QStringLiteral("--from"), broken});
    CHECK(outcome.exitCode == 1);
    const auto document = Document::open(demo.demo);
    CHECK_FALSE(TeamRepository(*document).byName(QStringLiteral("Support")).has_value());
}

TEST_CASE("quarterdeck import should sniff the format of a file without a known extension", "[app][io]")
{
    DemoFolder demo;
    const QString exported = demo.path("export.json");
    REQUIRE(runCommand({QStringLiteral("export"), demo.demo, QStringLiteral("--out"), exported}).exitCode == 0);
    const QString renamed = demo.path("export.txt");
    REQUIRE(QFile::rename(exported, renamed));
    const CommandOutcome outcome =
        runCommand({QStringLiteral("import"), demo.path("copy.okr"), QStringLiteral("--from"), renamed});
    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("4 KPIs")));
}
