#include "storage/ServerSchema.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/MigrationScript.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Held for the migrating transaction: the key is the document's SQLite application id ('QDK1').
constexpr qint64 MigrationLockKey = 0x51444B31;

QString translated(const char *text)
{
    return QCoreApplication::translate("ServerSchema", text);
}

// Every server-migrations/NNN_*.sql embedded in the library, by version, without gaps.
const QList<MigrationScript> &serverMigrations()
{
    static const QList<MigrationScript> all = MigrationScript::in(QStringLiteral(":/storage/server-migrations"));
    return all;
}

DocumentError setUpFailed(const QString &shownName, const QSqlError &error)
{
    return DocumentError(translated(QT_TRANSLATE_NOOP("ServerSchema", "Cannot set up the organisation database %1: %2"))
                             .arg(shownName, error.databaseText()));
}

// Runs one statement of the migration; the server's refusal becomes the user's message.
QSqlQuery run(const QSqlDatabase &database, const QString &statement, const QString &shownName)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        throw setUpFailed(shownName, query.lastError());
    return query;
}

qint64 integerOf(const QSqlDatabase &database, const QString &sql, const QString &shownName)
{
    QSqlQuery query = run(database, sql, shownName);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The meta value of `key`, empty when there is none (or no meta table).
QString metaValue(const QSqlDatabase &database, const QString &key, const QString &shownName)
{
    if (integerOf(database,
                  QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                 "AND tablename = 'meta'"),
                  shownName) == 0)
        return {};
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        throw setUpFailed(shownName, query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

// The stored version, refusing a database that is not an empty one or Quarterdeck's.
int requireQuarterdeckVersion(const QSqlDatabase &database, const QString &shownName)
{
    if (metaValue(database, QStringLiteral("application"), shownName) == QLatin1String("quarterdeck"))
        return metaValue(database, QStringLiteral("schema_version"), shownName).toInt();
    const qint64 otherTables = integerOf(
        database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), shownName);
    if (otherTables > 0)
        throw DocumentError(
            QCoreApplication::translate("ServerSchema",
                                        "%1 is not a Quarterdeck organisation database: it already holds %n other "
                                        "table(s). Use an empty database (or schema) for the organisation.",
                                        nullptr, int(otherTables))
                .arg(shownName));
    return 0;
}

void apply(const QSqlDatabase &database, const MigrationScript &migration, const QString &shownName)
{
    for (const QString &statement : SqlScript::statements(migration.text()))
        run(database, statement, shownName);
}

} // namespace

int ServerSchema::storedVersion(const QSqlDatabase &database)
{
    return metaValue(database, QStringLiteral("schema_version"), database.databaseName()).toInt();
}

void ServerSchema::migrate(const QSqlDatabase &database, const QString &shownName)
{
    QSqlDatabase connection = database;
    if (!connection.transaction())
        throw setUpFailed(shownName, connection.lastError());
    try {
        // Another copy migrating holds the lock until it commits: this one then finds the version it wrote.
        run(connection, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), shownName);
        const int stored = requireQuarterdeckVersion(connection, shownName);
        const int current = Document::currentSchemaVersion();
        if (stored > current)
            throw DocumentError(
                translated(
                    QT_TRANSLATE_NOOP("ServerSchema",
                                      "Cannot open the organisation database %1: it was set up by a newer version "
                                      "of Quarterdeck (structure version %2; this one knows up to %3). Update "
                                      "Quarterdeck to use it."))
                    .arg(shownName)
                    .arg(stored)
                    .arg(current));
        // Every version from the first server one on needs its server script: without this build's own, the
        // version recorded below would be untrue.
        if (serverMigrations().isEmpty() || serverMigrations().last().version() != current)
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("ServerSchema",
                                             "This build of Quarterdeck cannot set up an organisation database of "
                                             "structure version %1."))
                    .arg(current));
        for (const MigrationScript &migration : serverMigrations()) {
            if (migration.version() > stored)
                apply(connection, migration, shownName);
        }
        if (stored < current) {
            QSqlQuery recordVersion(connection);
            recordVersion.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            recordVersion.addBindValue(QString::number(current));
            if (!recordVersion.exec())
                throw setUpFailed(shownName, recordVersion.lastError());
        }
        if (!connection.commit())
            throw setUpFailed(shownName, connection.lastError());
    } catch (...) {
        connection.rollback();
        throw;
    }
}
