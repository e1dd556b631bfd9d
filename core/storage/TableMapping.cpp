#include "storage/TableMapping.h"

#include <utility>

namespace {

// ":a, :b", or ":a_2, :b_2" with a suffix.
QString placeholders(const QStringList &columns, const QString &suffix = {})
{
    QStringList named;
    named.reserve(columns.size());
    for (const QString &column : columns)
        named.append(QLatin1Char(':') + column + suffix);
    return named.join(QStringLiteral(", "));
}

// "a = :a, b = :b" or, joined by " AND ", a condition.
QString assignments(const QStringList &columns, const QString &separator)
{
    QStringList assigned;
    assigned.reserve(columns.size());
    for (const QString &column : columns)
        assigned.append(column + QStringLiteral(" = :") + column);
    return assigned.join(separator);
}

} // namespace

TableMapping::TableMapping(QString table, QStringList keys, QStringList values, Revision revision)
    : m_table(std::move(table))
    , m_keys(std::move(keys))
    , m_values(std::move(values))
    , m_revision(revision)
    , m_insertWithKeys(insert(m_keys + m_values))
    , m_insertValues(insert(m_values))
    , m_update(QStringLiteral("UPDATE ") + m_table + QStringLiteral(" SET ") +
               assignments(m_values, QStringLiteral(", ")) + QStringLiteral(" WHERE ") +
               assignments(m_keys, QStringLiteral(" AND ")))
{
}

QString TableMapping::insertReturningId(Id id) const
{
    return (id == NoId ? m_insertValues : m_insertWithKeys) + QStringLiteral(" RETURNING id");
}

QString TableMapping::columns(const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList qualified;
    for (const QStringList *part : {&m_keys, &m_values}) {
        for (const QString &column : *part)
            qualified.append(prefix + column);
    }
    return qualified.join(QStringLiteral(", "));
}

QString TableMapping::select(const QString &rest, const QString &alias) const
{
    QString sql = QStringLiteral("SELECT ") + columns(alias) + QStringLiteral(" FROM ") + m_table;
    if (!alias.isEmpty())
        sql += QLatin1Char(' ') + alias;
    return sql + QLatin1Char(' ') + rest;
}

// Without RETURNING: SQLite gathers returned rows in a temporary table, opened and dropped on every execution.
QString TableMapping::insert(const QStringList &columns) const
{
    return insertInto(columns) + rowValues(columns);
}

QString TableMapping::insertInto(const QStringList &columns) const
{
    return QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) +
           (m_revision == Revision::Stamped ? QStringLiteral(", revision") : QString()) + QStringLiteral(") VALUES ");
}

// The revision written with the row, not by the trigger that stamps a row inserted without one: that trigger rewrote
// every row after its insert, a third of a CSV import's writing. The subquery is the trigger's, evaluated once per
// statement (it does not depend on the row).
QString TableMapping::rowValues(const QStringList &columns, const QString &suffix) const
{
    return QLatin1Char('(') + placeholders(columns, suffix) +
           (m_revision == Revision::Stamped ? QStringLiteral(", (SELECT coalesce(max(id), 0) + 1 FROM changes)")
                                            : QString()) +
           QLatin1Char(')');
}

QString TableMapping::insertValues(int rows) const
{
    return insertRows(m_values, rows);
}

QString TableMapping::insertWithKeys(int rows) const
{
    return insertRows(m_keys + m_values, rows);
}

QString TableMapping::insertRows(const QStringList &columns, int rows) const
{
    QStringList values;
    values.reserve(rows);
    for (int row = 0; row < rows; ++row)
        values.append(rowValues(columns, QLatin1Char('_') + QString::number(row)));
    return insertInto(columns) + values.join(QStringLiteral(", "));
}

QString TableMapping::upsert(const QStringList &conflictColumns) const
{
    const QStringList inserted = keyedById() ? m_values : m_keys + m_values;
    QStringList replaced;
    for (const QString &column : inserted) {
        if (!conflictColumns.contains(column))
            replaced.append(column + QStringLiteral(" = excluded.") + column);
    }
    return insertInto(inserted) + rowValues(inserted) + QStringLiteral(" ON CONFLICT (") +
           conflictColumns.join(QStringLiteral(", ")) + QStringLiteral(") DO UPDATE SET ") +
           replaced.join(QStringLiteral(", ")) + (keyedById() ? QStringLiteral(" RETURNING id") : QString());
}

QString TableMapping::selectRevision() const
{
    // An aggregate always gives one row: NULL when no row matched.
    return QStringLiteral("SELECT max(revision) AS revision FROM ") + m_table + QStringLiteral(" WHERE ") +
           assignments(m_keys, QStringLiteral(" AND "));
}

bool TableMapping::keyedById() const
{
    return m_keys == QStringList{QStringLiteral("id")};
}
