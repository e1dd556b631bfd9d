#pragma once

#include <QString>
#include <QStringList>

// Runs `quarterdeck ARGUMENTS...` in-process, capturing what it writes.
struct CommandRun {
    int exitCode = 0;
    QString out;
    QString err;
};

CommandRun runInProcess(const QStringList &arguments);
