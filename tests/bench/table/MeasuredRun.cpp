#include "MeasuredRun.h"

#include <QElapsedTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

// Opens `path` for the child before forking (nothing but system calls run between fork and exec); -1 for none.
int openedOrNone(const QString &path, int flags)
{
    return path.isEmpty() ? -1 : ::open(path.toLocal8Bit().constData(), flags | O_CLOEXEC, 0644);
}

} // namespace

Measurement MeasuredRun::run(const QStringList &command, const QString &inputPath, const QString &outputPath)
{
    std::vector<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const int input = openedOrNone(inputPath, O_RDONLY);
    const int output = openedOrNone(outputPath, O_WRONLY | O_CREAT | O_TRUNC);
    const int silent = ::open("/dev/null", O_WRONLY | O_CLOEXEC);

    Measurement measurement;
    QElapsedTimer timer;
    timer.start();
    const pid_t child = ::fork();
    if (child == 0) {
        if (input >= 0)
            ::dup2(input, STDIN_FILENO);
        ::dup2(output >= 0 ? output : silent, STDOUT_FILENO);
        ::dup2(silent, STDERR_FILENO);
        ::execvp(argv.front(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    const bool waited = child > 0 && ::wait4(child, &status, 0, &usage) == child;
    measurement.seconds = timer.nsecsElapsed() / 1e9;
    for (const int descriptor : {input, output, silent}) {
        if (descriptor >= 0)
            ::close(descriptor);
    }
    measurement.peakMiB = usage.ru_maxrss / 1024.0; // Linux reports kibibytes
    measurement.succeeded = waited && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return measurement;
}
