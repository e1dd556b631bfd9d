#include "support/catch.h"

#include "app/support/ChosenPaceThresholds.h"
#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "cli/PdfDrawing.h"
#include "cli/ReportSubcommand.h"
#include "report/ReportBuilder.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

#include <array>

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

// Draws nothing: keeps how many key results the report counts at each pace.
class PaceCountingDrawing : public PdfDrawing {
public:
    QString writeReport(const ReportBuilder &content, const QString &) const override
    {
        keyResultsByPace = content.summary().keyResultsByPace;
        return {};
    }
    QString writeBoard(const QString &, const QString &, const QString &) const override { return {}; }

    mutable std::array<int, 3> keyResultsByPace{};
};

// The key results of the demo's active quarter counted by pace, as `quarterdeck report` hands them to its drawing.
std::array<int, 3> reportedPaces(const DemoDocumentFile &demo)
{
    PaceCountingDrawing drawing;
    ReportSubcommand report(&drawing);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode = report.run({QStringLiteral("quarterdeck"), QStringLiteral("report"), demo.path,
                                     QStringLiteral("--out"), demo.pathOf(QStringLiteral("report.pdf"))},
                                    outStream, errStream);
    INFO(err.toStdString());
    REQUIRE(exitCode == 0);
    return drawing.keyResultsByPace;
}

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

TEST_CASE("quarterdeck report judges paces with the thresholds chosen in Edit > Preferences", "[app][report]")
{
    const DemoDocumentFile demo;
    const std::array<int, 3> domains = reportedPaces(demo);
    const int behind = domains[int(Confidence::AtRisk)] + domains[int(Confidence::OffTrack)];
    REQUIRE(behind > 0);

    // A gap of up to 100 points still on track: nothing is behind.
    const ChosenPaceThresholds lenient(100, 100);
    const std::array<int, 3> lenients = reportedPaces(demo);
    CHECK(lenients[int(Confidence::OnTrack)] == domains[int(Confidence::OnTrack)] + behind);
    CHECK(lenients[int(Confidence::AtRisk)] == 0);
    CHECK(lenients[int(Confidence::OffTrack)] == 0);
}
