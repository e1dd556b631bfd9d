#include "crash/ProcessKiller.h"

#include <QElapsedTimer>
#include <QProcess>

namespace {

constexpr int ExitWaitMs = 120000; // a run that takes longer than this is a hang, reported as a failure

} // namespace

ProcessKiller::Outcome ProcessKiller::run(const QStringList &arguments, std::optional<int> killAfterMs)
{
    Outcome outcome;
    QElapsedTimer clock;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    clock.start();
    process.start(QStringLiteral(QUARTERDECK_BINARY), arguments);
    process.waitForStarted();
    if (!process.waitForFinished(killAfterMs.value_or(ExitWaitMs))) {
        process.kill(); // SIGKILL on Unix: no handler, no clean-up
        process.waitForFinished(ExitWaitMs);
    }
    outcome.elapsedMs = clock.elapsed();
    // A process that exited by itself just before the kill reported its outcome: it counts as not killed.
    outcome.killed = process.exitStatus() == QProcess::CrashExit;
    if (!outcome.killed)
        outcome.exitCode = process.exitCode();
    outcome.errorOutput = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return outcome;
}
