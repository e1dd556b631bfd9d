#include "catch.h"

#include "CommandRunner.h"

#include <QProcess>

TEST_CASE("The command line should print its version and help", "[app]")
{
    const CommandRun version = runInProcess({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("quarterdeck %1\n").arg(QStringLiteral(QUARTERDECK_VERSION)));

    const CommandRun help = runInProcess({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: quarterdeck [FILE]")));
}

TEST_CASE("An unknown command should fail with a usage error on stderr", "[app]")
{
    const CommandRun outcome = runInProcess({QStringLiteral("frobnicate")});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.out.isEmpty());
    CHECK(outcome.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST_CASE("The installed binary should answer --version without a display", "[app]")
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUARTERDECK_BINARY), {QStringLiteral("--version")});
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).startsWith(QStringLiteral("quarterdeck ")));
}
