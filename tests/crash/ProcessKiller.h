#pragma once

#include <QStringList>

#include <optional>

// Runs the quarterdeck binary and, unless it finishes first, kills it with SIGKILL after a delay: a process stopped
// at a random point of its work, as a crash, a power cut or `kill -9` would stop it.
class ProcessKiller {
public:
    struct Outcome {
        bool killed = false; // SIGKILL stopped it; otherwise it exited by itself
        int exitCode = -1;   // when it exited by itself
        QString errorOutput;
        qint64 elapsedMs = 0;
    };

    // `killAfterMs` empty: waits until it exits.
    static Outcome run(const QStringList &arguments, std::optional<int> killAfterMs = std::nullopt);
};
