#include "storage/ServerCopy.h"

#include "storage/ChangeLog.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <optional>

namespace {

// A table as the copy writes it: after every table its rows refer to. `identity`: the server hands out its ids.
// `placedFirst`: the parents of its own rows (a team's, an aligned objective's) come before them, as the server's
// foreign keys check each row as it comes; a file defers the check to the commit.
struct CopiedTable {
    QString name;
    bool identity;
    QString placedFirst; // the column that refers to a row of the same table
    QString key;         // the order rows are read in
};

CopiedTable withIds(const QString &name, const QString &placedFirst = {})
{
    return {name, true, placedFirst, QStringLiteral("id")};
}

CopiedTable keyedBy(const QString &name, const QString &key)
{
    return {name, false, {}, key};
}

const QList<CopiedTable> &copiedTables()
{
    static const QList<CopiedTable> tables{
        withIds(QStringLiteral("changes")),
        withIds(QStringLiteral("teams"), QStringLiteral("parent_id")),
        withIds(QStringLiteral("cycles")),
        withIds(QStringLiteral("objectives"), QStringLiteral("parent_id")),
        withIds(QStringLiteral("key_results")),
        withIds(QStringLiteral("initiatives")),
        withIds(QStringLiteral("check_ins")),
        withIds(QStringLiteral("kr_updates")),
        withIds(QStringLiteral("plan_items")),
        withIds(QStringLiteral("kpis")),
        keyedBy(QStringLiteral("kpi_values"), QStringLiteral("kpi_id, date")),
        keyedBy(QStringLiteral("team_reviews"), QStringLiteral("cycle_id, team_id")),
        withIds(QStringLiteral("comments")),
    };
    return tables;
}

// A column and the server's type for it (information_schema's data_type: "boolean", "date", "bigint"...).
struct CopiedColumn {
    QString name;
    QString serverType;
};

// Rows per INSERT on the server: one round trip each, where a row at a time took one per row.
constexpr int RowsPerInsert = 100;

QString translated(const char *text)
{
    return QCoreApplication::translate("ServerCopy", text);
}

DocumentError refused(const ServerConnection &server, const QSqlError &error)
{
    return DocumentError(
        translated(QT_TRANSLATE_NOOP("ServerCopy", "The organisation database %1 refused the copy: %2"))
            .arg(server.address().displayName(), error.databaseText()));
}

QSqlQuery serverQuery(const ServerConnection &server, const QString &sql)
{
    QSqlQuery query(server.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw refused(server, query.lastError());
    return query;
}

qint64 serverInteger(const ServerConnection &server, const QString &sql)
{
    QSqlQuery query = serverQuery(server, sql);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<CopiedColumn> columnsOf(const ServerConnection &server, const QString &table)
{
    QSqlQuery query =
        serverQuery(server, QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND table_name = '%1' "
                                           "ORDER BY ordinal_position")
                                .arg(table));
    QList<CopiedColumn> columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString()});
    return columns;
}

QString columnList(const QList<CopiedColumn> &columns)
{
    QStringList names;
    for (const CopiedColumn &column : columns)
        names.append(column.name);
    return names.join(QLatin1String(", "));
}

// Reads a table's rows in an order they can be written in: a parent before the rows of the same table under it.
QString selectInOrder(const CopiedTable &table, const QList<CopiedColumn> &columns)
{
    if (table.placedFirst.isEmpty())
        return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columnList(columns), table.name, table.key);
    return QStringLiteral("WITH RECURSIVE placed (id, depth) AS (SELECT id, 0 FROM %2 WHERE %3 IS NULL UNION ALL "
                          "SELECT %2.id, placed.depth + 1 FROM %2 JOIN placed ON %2.%3 = placed.id) "
                          "SELECT %1 FROM %2 JOIN placed USING (id) ORDER BY placed.depth, id")
        .arg(columnList(columns), table.name, table.placedFirst);
}

// A file's value as the server's column takes it: SQLite keeps flags as 0 and 1.
QVariant serverValue(const QVariant &fileValue, const CopiedColumn &column)
{
    if (fileValue.isNull())
        return {};
    if (column.serverType == QLatin1String("boolean"))
        return fileValue.toLongLong() != 0;
    return fileValue;
}

// A server's value as a file keeps it: dates as ISO 8601 text, instants in UTC, flags as 0 and 1.
QVariant fileValue(const QVariant &serverValue)
{
    if (serverValue.isNull())
        return {};
    switch (serverValue.typeId()) {
    case QMetaType::QDate:
        return serverValue.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return serverValue.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::Bool:
        return int(serverValue.toBool());
    default:
        return serverValue;
    }
}

// Every row of the source's table was copied: a row whose parent is never reached (a loop) would be left behind.
void requireAllCopied(const QString &table, qint64 sourceRows, qint64 copiedRows)
{
    if (copiedRows != sourceRows)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("ServerCopy",
                                         "Cannot copy table %1: %2 of its %3 rows could not be placed (a team or an "
                                         "alignment that loops back on itself)."))
                .arg(table)
                .arg(sourceRows - copiedRows)
                .arg(sourceRows));
}

// Writes rows into a server table, RowsPerInsert to a statement.
class ServerTableWriter {
public:
    ServerTableWriter(const ServerConnection &server, const CopiedTable &table, const QList<CopiedColumn> &columns)
        : m_server(server)
        , m_table(table)
        , m_columns(columns)
    {
    }

    void append(QVariantList row)
    {
        m_pending.append(std::move(row));
        if (m_pending.size() == RowsPerInsert)
            flush();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        std::optional<QSqlQuery> &insert = m_pending.size() == RowsPerInsert ? m_fullInsert : m_lastInsert;
        if (!insert)
            insert = prepared(int(m_pending.size()));
        for (const QVariantList &row : std::as_const(m_pending)) {
            for (qsizetype column = 0; column < row.size(); ++column)
                insert->addBindValue(serverValue(row.at(column), m_columns.at(column)));
        }
        if (!insert->exec())
            throw DocumentError(
                translated(QT_TRANSLATE_NOOP("ServerCopy", "The organisation database %1 refused the rows of %2: %3"))
                    .arg(m_server.address().displayName(), m_table.name, insert->lastError().databaseText()));
        m_pending.clear();
    }

private:
    QSqlQuery prepared(int rows) const
    {
        const QString oneRow = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
        QSqlQuery insert(m_server.database());
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) %3 VALUES %4")
                           .arg(m_table.name, columnList(m_columns),
                                m_table.identity ? QStringLiteral("OVERRIDING SYSTEM VALUE") : QString(),
                                QStringList(rows, oneRow).join(u',')));
        return insert;
    }

    const ServerConnection &m_server;
    const CopiedTable &m_table;
    const QList<CopiedColumn> &m_columns;
    QList<QVariantList> m_pending;
    std::optional<QSqlQuery> m_fullInsert; // RowsPerInsert rows
    std::optional<QSqlQuery> m_lastInsert; // the rows left over at the end
};

// The server's next ids follow the copied ones.
void continueIds(const ServerConnection &server, const QString &table)
{
    serverQuery(server, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 1), "
                                       "max(id) IS NOT NULL) FROM %1")
                            .arg(table));
}

// The copy's own change on the server, after the copied ones: the rows it writes without a revision carry it.
void recordServerChange(const ServerConnection &server, const QString &summary)
{
    const ChangeRecord change = ChangeRecord::byThisProcess(ChangeRecord::Writer::CommandLine, {}, summary);
    QSqlQuery insert(server.database());
    insert.prepare(QStringLiteral("INSERT INTO changes (written_at, writer, user_name, host, pid, connection, summary) "
                                  "VALUES (?, 'command-line', ?, ?, ?, '', ?) RETURNING id"));
    for (const QVariant &value : {QVariant(change.writtenAt.toString(Qt::ISODate)), QVariant(change.user),
                                  QVariant(change.host), QVariant(change.pid), QVariant(change.summary)})
        insert.addBindValue(value);
    if (!insert.exec() || !insert.next())
        throw refused(server, insert.lastError());
    serverQuery(
        server,
        QStringLiteral("SELECT set_config('quarterdeck.change', '%1', true)").arg(insert.value(0).toLongLong()));
}

qint64 copyTablesUp(Document &source, const ServerConnection &target)
{
    if (serverInteger(target, QStringLiteral("SELECT (SELECT count(*) FROM changes) + (SELECT count(*) FROM teams) + "
                                             "(SELECT count(*) FROM cycles)")) > 0)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("ServerCopy",
                                         "The organisation database %1 already holds an organisation: Quarterdeck "
                                         "copies only into an empty one."))
                .arg(target.address().displayName()));
    // Rows go in with the revisions they had (009_organisation.sql), for this transaction only.
    serverQuery(target, QStringLiteral("SELECT set_config('quarterdeck.keep_revisions', 'on', true)"));
    qint64 copied = 0;
    for (const CopiedTable &table : copiedTables()) {
        const QList<CopiedColumn> columns = columnsOf(target, table.name);
        ServerTableWriter writer(target, table, columns);
        QSqlQuery rows = source.exec(selectInOrder(table, columns));
        qint64 tableRows = 0;
        while (rows.next()) {
            QVariantList row;
            for (int column = 0; column < columns.size(); ++column)
                row.append(rows.value(column));
            writer.append(row);
            ++tableRows;
        }
        writer.flush();
        QSqlQuery sourceRows = source.exec(QStringLiteral("SELECT count(*) FROM ") + table.name);
        requireAllCopied(table.name, sourceRows.next() ? sourceRows.value(0).toLongLong() : 0, tableRows);
        if (table.identity)
            continueIds(target, table.name);
        if (table.name == QLatin1String("changes"))
            recordServerChange(target, translated(QT_TRANSLATE_NOOP("ServerCopy", "Copied up from %1"))
                                           .arg(QDir::toNativeSeparators(source.path())));
        copied += tableRows;
    }
    return copied;
}

qint64 copyUp(Document &source, const ServerConnection &target)
{
    // Read through once: SQLite's small cache, not the 64 MiB kept for reading plans again.
    source.readEachPageOnce();
    // One read transaction over the file: every table as of one moment, however others write meanwhile.
    source.exec(QStringLiteral("BEGIN"));
    try {
        const qint64 copied = copyTablesUp(source, target);
        source.exec(QStringLiteral("COMMIT"));
        return copied;
    } catch (...) {
        QSqlQuery(source.database()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

qint64 copyDown(const ServerConnection &source, Document &target)
{
    // The defer lasts until this transaction commits: rows may come before the rows of their own table they refer to.
    target.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    qint64 copied = 0;
    for (const CopiedTable &table : copiedTables()) {
        const QList<CopiedColumn> columns = columnsOf(source, table.name);
        QSqlQuery &insert = target.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.name, columnList(columns), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
        // Read through before the next query: a second query on the connection would cut a forward-only read short.
        // Every row is read (no order that could leave one behind, in one snapshot): nothing to count against.
        QSqlQuery rows = serverQuery(
            source, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columnList(columns), table.name, table.key));
        qint64 tableRows = 0;
        while (rows.next()) {
            for (int column = 0; column < columns.size(); ++column)
                insert.addBindValue(fileValue(rows.value(column)));
            Document::exec(insert);
            ++tableRows;
        }
        copied += tableRows;
    }
    return copied;
}

// Runs `work` in one transaction of the server connection, committing only when it returns.
qint64 inServerTransaction(const ServerConnection &server, const QString &mode, const std::function<qint64()> &work)
{
    QSqlDatabase database = server.database();
    if (!database.transaction())
        throw refused(server, database.lastError());
    try {
        if (!mode.isEmpty())
            serverQuery(server, QStringLiteral("SET TRANSACTION ") + mode);
        const qint64 copied = work();
        if (!database.commit())
            throw refused(server, database.lastError());
        return copied;
    } catch (...) {
        database.rollback();
        throw;
    }
}

} // namespace

qint64 ServerCopy::toServer(Document &source, const ServerConnection &target)
{
    ServerSchema::migrate(target.database(), target.address().displayName());
    const qint64 copied = inServerTransaction(target, {}, [&] { return copyUp(source, target); });
    // The planner's statistics of the tables just filled, which autovacuum gathers only later: until then the
    // server guessed its plans, and a check-in on a 1,000-team organisation took four times as long.
    QStringList tables;
    for (const CopiedTable &table : copiedTables())
        tables.append(table.name);
    serverQuery(target, QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", ")));
    return copied;
}

qint64 ServerCopy::toFile(const ServerConnection &source, const QString &targetPath)
{
    const int stored = ServerSchema::storedVersion(source.database());
    if (stored == 0)
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("ServerCopy", "The organisation database %1 holds no organisation to copy."))
                .arg(source.address().displayName()));
    if (stored != Document::currentSchemaVersion())
        throw DocumentError(
            translated(
                QT_TRANSLATE_NOOP("ServerCopy",
                                  "The organisation database %1 has structure version %2; this Quarterdeck copies "
                                  "version %3 only."))
                .arg(source.address().displayName())
                .arg(stored)
                .arg(Document::currentSchemaVersion()));
    qint64 copied = 0;
    // One snapshot of the whole organisation, however others write meanwhile.
    inServerTransaction(source, QStringLiteral("ISOLATION LEVEL REPEATABLE READ, READ ONLY"), [&] {
        Document::create(targetPath, [&](Document &target) {
            target.describeChanges(
                translated(QT_TRANSLATE_NOOP("ServerCopy", "Copied down from %1")).arg(source.address().displayName()));
            target.transaction([&] { copied = copyDown(source, target); });
        });
        return copied;
    });
    return copied;
}
