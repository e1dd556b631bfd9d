#include "app/support/CommandRunner.h"

#include "cli/CommandLine.h"

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
