#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "cli/CommandLine.h"

#include <QProcess>

TEST_CASE("The command line should print its version and help", "[app]")
{
    const CommandOutcome version = runCommand({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("quarterdeck %1\n").arg(QStringLiteral(QUARTERDECK_VERSION)));

    const CommandOutcome help = runCommand({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: ")));
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(help.out.contains(QStringLiteral("generate")));
}

TEST_CASE("An unknown command should fail with a usage error on stderr", "[app]")
{
    const CommandOutcome outcome = runCommand({QStringLiteral("frobnicate")});
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

TEST_CASE("A document argument should open the window, a command should run headless", "[app]")
{
    const QString program = QStringLiteral("quarterdeck");
    CHECK_FALSE(CommandLine::isHeadless({program}));
    CHECK_FALSE(CommandLine::isHeadless({program, QStringLiteral("plans.okr")}));
    CHECK(CommandLine::documentArgument({program, QStringLiteral("plans.okr")}) == QStringLiteral("plans.okr"));
    CHECK(CommandLine::isHeadless({program, QStringLiteral("demo"), QStringLiteral("x.okr")}));
    CHECK(CommandLine::isHeadless({program, QStringLiteral("--version")}));
    CHECK(CommandLine::isHeadless({program, QStringLiteral("--no-such-option")}));
}
