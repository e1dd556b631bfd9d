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

// Runs the real binary as a user would, with no display at all: for the commands that draw, which need its
// QApplication. Exit code -1 when it did not finish within two minutes.
CommandOutcome runBinary(const QStringList &arguments);
// The same with the executable at `program` (a copy of the real one).
CommandOutcome runProgram(const QString &program, const QStringList &arguments);
