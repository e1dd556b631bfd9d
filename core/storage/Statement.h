#pragma once

#include "model/Ids.h"
#include "storage/ColumnBinder.h"
#include "storage/Revision.h"
#include "storage/SqliteRows.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class Document;
class QSqlQuery;

// A prepared statement of the document (cached by its text) used by column name: values bound to ":column",
// results read by column name (the record's indexes looked up once per execution). Failures throw DocumentError.
class Statement : public ColumnBinder {
public:
    Statement(Document &document, const QString &sql);

    Statement &bind(const QString &column, const QVariant &value) override;
    // In a statement over several rows (TableMapping::insertValues(rows)), the following binds go to row `row`.
    Statement &forRow(int row);
    Statement &exec();
    // Runs a statement ending in RETURNING id (an upsert, whose row may be an existing one) and gives the id.
    Id execReturningId();
    // Runs a query giving one row with a "revision" column (TableMapping::selectRevision): NotStored when NULL.
    Revision execRevision();
    // Runs a write that must touch an existing row; throws DocumentError(`missingText`) when it touched none.
    void execOnExisting(const QString &missingText);

    bool next();
    QVariant value(const QString &column) const;
    // The column of the current row as the type needed, for reads of many rows: no QVariant on SQLite. A NULL (or
    // an unknown column) reads as a null text, 0 or 0.0.
    QString text(const QString &column) const;
    qint64 integer(const QString &column) const;
    double real(const QString &column) const;
    std::optional<double> optionalReal(const QString &column) const; // NULL: none
    // The text as stored (UTF-8), valid until the next row or read: for what is parsed at once (StoredValues'
    // dateFrom and enumFrom), without a QString for each.
    QUtf8StringView utf8(const QString &column) const;
    QVariant value(int column) const;
    void finish(); // done reading before every row was read

private:
    // The column's place in this execution's rows (-1: none). A row is read column after column in the order
    // selected, by the same names each row: the column after the last one found is tried first, by the name's
    // address (the caller's string, kept from the last row), inline: a plan's read asks four million times.
    int column(const QString &name) const
    {
        const qsizetype following = m_lastColumn + 1;
        if (following < m_names.size()) {
            const QString &expected = m_names.at(following);
            if (expected.constData() == name.constData() && expected.size() == name.size())
                return m_lastColumn = int(following);
        }
        return columnByText(name);
    }
    int columnByText(const QString &name) const;
    const QHash<QString, int> &indexes() const;

    Document &m_document;
    QSqlQuery &m_query;
    std::optional<SqliteRows> m_rows;      // this execution's rows read past QSqlQuery, on SQLite
    QString m_placeholderSuffix;           // "_n" after forRow(n)
    mutable QHash<QString, int> m_indexes; // column name -> index, for the current execution, found on first use
    mutable QStringList m_names;           // by index, as last asked for; empty where a name is repeated
    mutable int m_lastColumn = -1;         // the last column found by name
    mutable QByteArray m_utf8;             // what utf8() gives, when the rows are not read from SQLite
};
