#include "app/support/CommandRunner.h"

#include "cli/CommandLine.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

CommandOutcome runCommand(const QStringList &arguments)
{
    CommandOutcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.exitCode = CommandLine::run(QStringList{QStringLiteral("quarterdeck")} + arguments, out, err);
    out.flush();
    err.flush();
    return outcome;
}

CommandOutcome runBinary(const QStringList &arguments)
{
    return runProgram(QStringLiteral(QUARTERDECK_BINARY), arguments);
}

CommandOutcome runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CommandOutcome outcome;
    if (!process.waitForFinished(120000))
        return outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
    return outcome;
}
