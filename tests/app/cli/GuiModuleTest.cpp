#include "support/catch.h"

#include "app/support/CommandRunner.h"

#include <QFile>
#include <QTemporaryDir>

// The executable holds the headless commands; the window and the commands that draw are in the module beside it
// (app/gui). A copy of the executable alone shows which is which.
TEST_CASE("Without the window's module the headless commands run, and drawing or the window says what is missing",
          "[app][module]")
{
    QTemporaryDir folder;
    const QString executable = folder.filePath(QStringLiteral("quarterdeck"));
    REQUIRE(QFile::copy(QStringLiteral(QUARTERDECK_BINARY), executable));
    const QString document = folder.filePath(QStringLiteral("demo.okr"));
    const QString report = folder.filePath(QStringLiteral("report.pdf"));

    const CommandOutcome demo = runProgram(executable, {QStringLiteral("demo"), document});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(
        runProgram(executable, {QStringLiteral("export"), document, QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--out"), folder.filePath(QStringLiteral("demo.json"))})
            .exitCode == 0);

    // The board prints text and JSON headless; its help, and the report's, need no drawing either.
    const CommandOutcome board = runProgram(executable, {QStringLiteral("board"), document});
    CHECK(board.exitCode == 0);
    CHECK(board.out.contains(QStringLiteral("Sales")));
    CHECK(
        runProgram(executable, {QStringLiteral("board"), document, QStringLiteral("--format"), QStringLiteral("json")})
            .exitCode == 0);
    const CommandOutcome help = runProgram(executable, {QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--out")));

    const CommandOutcome drawing =
        runProgram(executable, {QStringLiteral("report"), document, QStringLiteral("--out"), report});
    CHECK(drawing.exitCode == 1);
    CHECK(drawing.err.contains(QStringLiteral("quarterdeck-gui.so")));
    CHECK_FALSE(QFile::exists(report));
    const CommandOutcome boardPdf =
        runProgram(executable, {QStringLiteral("board"), document, QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--out"), report});
    CHECK(boardPdf.exitCode == 1);
    CHECK(boardPdf.err.contains(QStringLiteral("quarterdeck-gui.so")));
    CHECK_FALSE(QFile::exists(report));

    const CommandOutcome window = runProgram(executable, {document});
    CHECK(window.exitCode == 1);
    CHECK(window.err.contains(QStringLiteral("quarterdeck-gui.so")));
}

TEST_CASE("The command line run without PDF writers refuses to draw, and writes nothing", "[app][module]")
{
    QTemporaryDir folder;
    const QString document = folder.filePath(QStringLiteral("demo.okr"));
    REQUIRE(runCommand({QStringLiteral("demo"), document}).exitCode == 0);
    const QString pdf = folder.filePath(QStringLiteral("out.pdf"));

    const CommandOutcome report = runCommand({QStringLiteral("report"), document, QStringLiteral("--out"), pdf});
    CHECK(report.exitCode == 1);
    CHECK(report.err.contains(QStringLiteral("cannot draw PDFs")));
    const CommandOutcome board = runCommand({QStringLiteral("board"), document, QStringLiteral("--format"),
                                             QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    CHECK(board.exitCode == 1);
    CHECK(board.err.contains(QStringLiteral("cannot draw PDFs")));
    CHECK_FALSE(QFile::exists(pdf));
}
