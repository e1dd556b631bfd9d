#pragma once

#include <QString>
#include <QStringList>

// Runs `quarterdeck ARGUMENTS...` in-process through the real dispatcher and captures what it prints.
struct CommandOutcome {
    int exitCode = -1;
    QString out;
    QString err;
};

CommandOutcome runCommand(const QStringList &arguments);
