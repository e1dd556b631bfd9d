#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

struct DemoFile {
    DemoFile()
        : path(directory.filePath(QStringLiteral("demo.okr")))
    {
        REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0);
        const auto document = Document::open(path);
        activeQuarter = CycleRepository(*document).active()->name;
    }

    QTemporaryDir directory;
    QString path;
    QString activeQuarter;
};

} // namespace

TEST_CASE("quarterdeck report writes a PDF without a display", "[app][report]")
{
    const DemoFile demo;
    const QString out = demo.directory.filePath(QStringLiteral("report.pdf"));

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path, QStringLiteral("--cycle"),
                                              demo.activeQuarter, QStringLiteral("--out"), out});

    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(out));
    QFile pdf(out);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}

TEST_CASE("quarterdeck report of one team and of the active quarter by default", "[app][report]")
{
    const DemoFile demo;
    const QString out = demo.directory.filePath(QStringLiteral("sales.pdf"));

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path, QStringLiteral("--team"),
                                              QStringLiteral("sales"), QStringLiteral("--out"), out});

    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 0);
    CHECK(QFile::exists(out));
}

TEST_CASE("quarterdeck report names the cycles there are when the cycle is unknown", "[app][report]")
{
    const DemoFile demo;
    const QString out = demo.directory.filePath(QStringLiteral("report.pdf"));

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path, QStringLiteral("--cycle"),
                                              QStringLiteral("1999 Q1"), QStringLiteral("--out"), out});

    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("no cycle named '1999 Q1'")));
    CHECK(outcome.err.contains(demo.activeQuarter));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("quarterdeck report names the teams there are when the team is unknown", "[app][report]")
{
    const DemoFile demo;
    const QString out = demo.directory.filePath(QStringLiteral("report.pdf"));

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path, QStringLiteral("--team"),
                                              QStringLiteral("Legal"), QStringLiteral("--out"), out});

    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("no team named 'Legal'")));
    CHECK(outcome.err.contains(QStringLiteral("Marketing, Product")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("quarterdeck report without --out is a usage error", "[app][report]")
{
    const DemoFile demo;

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path});

    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.contains(QStringLiteral("--out")));
}

TEST_CASE("quarterdeck report to a place it cannot write fails and says why", "[app][report]")
{
    const DemoFile demo;
    const QString out = demo.directory.filePath(QStringLiteral("no/such/folder/report.pdf"));

    const CommandOutcome outcome = runBinary({QStringLiteral("report"), demo.path, QStringLiteral("--out"), out});

    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("report.pdf")));
}
