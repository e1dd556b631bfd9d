#pragma once

#include <QList>
#include <QString>

// One migration script embedded in the library: storage/migrations for files, storage/server-migrations for an
// organisation's server. Its version is the NNN of its name (NNN_what.sql).
class MigrationScript {
public:
    // Every NNN_*.sql of the resource folder (":/storage/migrations"), by version; versions follow each other.
    static QList<MigrationScript> in(const QString &folder);

    int version() const { return m_version; }
    // The script's text. Throws DocumentError when this build cannot read it.
    QString text() const;

private:
    MigrationScript(int version, QString resource);

    int m_version;
    QString m_resource;
};
