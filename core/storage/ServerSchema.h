#pragma once

#include <QSqlDatabase>
#include <QString>

// The schema of an organisation's database on PostgreSQL (storage/server-migrations), on the version sequence files
// share (Document::currentSchemaVersion). migrate() creates it in an empty database or upgrades it, in one transaction
// under an advisory lock: two copies of Quarterdeck starting a newer version at once cannot both migrate, and a
// failing step leaves the database as it was. A database of a newer version, or one holding another application's
// tables, is refused with nothing written. Works in the connection's search_path (its first schema).
class ServerSchema {
public:
    // The version stored in the connection's schema; 0 when it has no Quarterdeck schema yet.
    static int storedVersion(const QSqlDatabase &database);
    // Brings the open QPSQL connection's schema to this build's version. `shownName` names the database in messages.
    // Throws DocumentError, having rolled back, when it refuses or the server fails.
    static void migrate(const QSqlDatabase &database, const QString &shownName);
};
