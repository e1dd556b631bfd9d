#pragma once

#include "model/Ids.h"

#include <QString>
#include <QStringList>

// One table's columns, written once, and the statement text built from them with named placeholders
// (":title" for column title), as qBittorrent's makeInsertStatement / makeUpdateStatement do. Keys identify a row
// (id, or cycle_id + team_id); values are the rest. The only place a table's column list is spelt out.
class TableMapping {
public:
    // Stamped: the table has a revision column (schema version 4), the id of the change that last wrote the row.
    enum class Revision { None, Stamped };

    TableMapping(QString table, QStringList keys, QStringList values, Revision revision = Revision::None);

    const QString &table() const { return m_table; }
    // "o.id, o.cycle_id, ...": every column, qualified by `alias` when one is given.
    QString columns(const QString &alias = {}) const;
    // "SELECT <columns> FROM <table> [alias] <rest>"
    QString select(const QString &rest, const QString &alias = {}) const;
    // The values with their keys (a row put back with its id) or without (the database chooses the id). Written once,
    // as update(): a bulk write runs them for every row. A stamped table's rows are inserted with the revision of the
    // change being written (schema version 9).
    const QString &insertWithKeys() const { return m_insertWithKeys; }
    const QString &insertValues() const { return m_insertValues; }
    // One row, giving its id (Statement::execReturningId): the database chooses it when `id` is NoId, else the row is
    // put back under `id` (bound as :id). RETURNING, because a server's lastval() may be another sequence's.
    QString insertReturningId(Id id) const;
    // The values of `rows` rows in one statement (one statement's work instead of one per row): row n's
    // placeholders end in "_n" (":title_1"), bound after Statement::forRow(n).
    QString insertValues(int rows) const;
    // The same with the keys: rows whose ids the writer gives.
    QString insertWithKeys(int rows) const;
    // Sets every value of the row its keys name.
    const QString &update() const { return m_update; }
    // Inserts keys and values (values only, returning the id, when keyed by id); a row that already has
    // `conflictColumns` gets the other values instead.
    QString upsert(const QStringList &conflictColumns) const;
    // The revision of the row its keys name (schema version 4), NULL when there is none: read with
    // Statement::execRevision.
    QString selectRevision() const;

private:
    QString insert(const QStringList &columns) const;
    QString insertRows(const QStringList &columns, int rows) const;
    // "INSERT INTO table (columns[, revision]) VALUES " before the rows' values.
    QString insertInto(const QStringList &columns) const;
    // The values of one row: its placeholders, then its revision in a stamped table.
    QString rowValues(const QStringList &columns, const QString &suffix = {}) const;
    bool keyedById() const;

    QString m_table;
    QStringList m_keys;
    QStringList m_values;
    Revision m_revision;
    QString m_insertWithKeys;
    QString m_insertValues;
    QString m_update;
};
