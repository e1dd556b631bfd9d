#pragma once

#include <QString>
#include <QVariant>

// Where a row's values are bound by column name: a Statement, or a BulkInsert's current row. Tables::bind writes
// each table's columns once for both.
class ColumnBinder {
public:
    virtual ~ColumnBinder() = default;

    // A null QString is bound as empty text: in the domain it is just no text, never SQL NULL.
    virtual ColumnBinder &bind(const QString &column, const QVariant &value) = 0;
};
