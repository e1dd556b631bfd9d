#pragma once

#include "storage/Revision.h"

#include <QDateTime>
#include <QString>

// One entry of the document's change log (table changes): which write transaction, when, by whom and what.
struct ChangeRecord {
    enum class Writer { CommandLine, Window };

    Revision id = 0;
    QDateTime writtenAt; // UTC
    Writer writer = Writer::CommandLine;
    QString user;
    QString host;
    qint64 pid = 0;
    QString connection; // the Document that wrote it (Document::connectionId)
    QString summary;    // what was done, in the writer's words ("Check in Sales, 2026-W49", "checkin plan.okr ...")

    // A change this process writes now: its user, machine and process id, the time in UTC.
    static ChangeRecord byThisProcess(Writer writer, const QString &connection, const QString &summary);

    // For people: "the command line (alice on laptop) at 14:02, 3 Dec 2026: “checkin plan.okr --team Sales”".
    QString describe() const;
};
