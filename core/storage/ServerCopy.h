#pragma once

#include <QString>

class Document;
class ServerConnection;

// A whole document copied between a file and an organisation database, either way (`quarterdeck copy`): an
// organisation moving from a laptop to its server, or a backup taken from the server. Every row of every table keeps
// its id, the change log included, so the copy is the same organisation; it is written in one transaction and only
// into an empty target: a server database without an organisation, or a new file. Going up, each table's rows are
// counted against the file's before the server commits (parents first can leave a loop behind). The copy is itself a
// change: the target's change log ends with it, and the check-ins and KPIs carry it, as their values were written by
// it.
class ServerCopy {
public:
    // Copies `source` up to the server (creating its schema when the database is empty), reading it through once
    // (Document::readEachPageOnce from then on). Returns the rows copied.
    // Throws DocumentError, having written nothing, when the server holds an organisation already or fails.
    static qint64 toServer(Document &source, const ServerConnection &target);
    // Copies the organisation down into a new document at `targetPath`. Returns the rows copied. Throws
    // DocumentError, having written nothing, when the file exists, or the server has no organisation of this version.
    static qint64 toFile(const ServerConnection &source, const QString &targetPath);
};
