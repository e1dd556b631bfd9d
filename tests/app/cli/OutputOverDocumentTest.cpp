#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

// Runs `arguments` with OUT replaced by `output` and checks the refusal: exit 1, a message naming the document,
// and the document's bytes as they were.
void requireRefused(const DemoDocumentFile &demo, const QStringList &arguments, const QString &output)
{
    INFO(arguments.join(u' ').toStdString() << " with OUT = " << output.toStdString());
    const QByteArray before = fileContent(demo.path);
    QStringList withOutput = arguments;
    withOutput.replaceInStrings(QStringLiteral("OUT"), output);

    const CommandOutcome outcome = runCommand(withOutput);

    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.err.contains(QStringLiteral("it is the document")));
    CHECK(outcome.out.isEmpty());
    CHECK(fileContent(demo.path) == before);
}

QList<QStringList> writingCommands(const QString &document)
{
    return {{QStringLiteral("report"), document, QStringLiteral("--out"), QStringLiteral("OUT")},
            {QStringLiteral("export"), document, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), QStringLiteral("OUT")},
            {QStringLiteral("export"), document, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), QStringLiteral("OUT")},
            {QStringLiteral("backup"), document, QStringLiteral("OUT"), QStringLiteral("--force")}};
}

} // namespace

TEST_CASE("Every command writing a file should refuse the document itself as its output", "[app][output]")
{
    const DemoDocumentFile demo;
    const QString sameFileAnotherWay = demo.pathOf(QStringLiteral("sub/../demo.okr"));
    REQUIRE(QDir(demo.folder.path()).mkdir(QStringLiteral("sub")));
    for (const QStringList &command : writingCommands(demo.path)) {
        requireRefused(demo, command, demo.path);
        requireRefused(demo, command, sameFileAnotherWay);
    }
}

TEST_CASE("Every command writing a file should refuse the document's journal as its output", "[app][output]")
{
    const DemoDocumentFile demo;
    for (const QStringList &command : writingCommands(demo.path)) {
        for (const char *journal : {"-wal", "-shm", "-journal"})
            requireRefused(demo, command, demo.path + QLatin1String(journal));
    }
}

TEST_CASE("Every command writing a file should refuse a link to the document as its output", "[app][output]")
{
    const DemoDocumentFile demo;
    const QString symbolicLink = demo.pathOf(QStringLiteral("link.okr"));
    REQUIRE(QFile::link(demo.path, symbolicLink));
    const QString hardLink = demo.pathOf(QStringLiteral("hard.okr"));
    REQUIRE(::link(QFile::encodeName(demo.path).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QString linkedFolder = demo.pathOf(QStringLiteral("linked"));
    REQUIRE(QFile::link(demo.folder.path(), linkedFolder));

    for (const QStringList &command : writingCommands(demo.path)) {
        requireRefused(demo, command, symbolicLink);
        requireRefused(demo, command, hardLink);
        requireRefused(demo, command, linkedFolder + QStringLiteral("/demo.okr"));
        requireRefused(demo, command, linkedFolder + QStringLiteral("/demo.okr-wal"));
    }
    // The document opened through a link: its real file is refused too.
    requireRefused(demo, writingCommands(symbolicLink).at(1), demo.path);
}

TEST_CASE("quarterdeck export should still write beside the document", "[app][output]")
{
    const DemoDocumentFile demo;
    const QString out = demo.pathOf(QStringLiteral("demo.okr.csv"));

    const CommandOutcome outcome = runCommand({QStringLiteral("export"), demo.path, QStringLiteral("--out"), out});

    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 0);
    CHECK_FALSE(fileContent(out).isEmpty());
}
