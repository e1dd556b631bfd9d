#pragma once

#include <QString>
#include <QStringList>

// What one child process cost: wall time from start to exit and its own peak resident memory.
struct Measurement {
    double seconds = 0.0;
    double peakMiB = 0.0;
    bool succeeded = false; // exited with 0
};

// Runs a program as a child, with standard input and output optionally from and to files, and measures it alone:
// wait4() gives the peak memory of that child, where QProcess would leave only the peak of all children.
namespace MeasuredRun {

Measurement run(const QStringList &command, const QString &inputPath = {}, const QString &outputPath = {});

} // namespace MeasuredRun
