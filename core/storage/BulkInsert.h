#pragma once

#include "storage/ColumnBinder.h"
#include "storage/Statement.h"

#include <QStringList>

#include <optional>

class Document;
struct sqlite3_stmt;

// An INSERT of several rows per statement (TableMapping::insertValues(rows) or insertWithKeys(rows)) that an import
// runs many times over, bound by column name as Statement binds. On SQLite the values go straight to SQLite's own
// statement, text as UTF-8: Qt 6.4's QSQLITE looks up every placeholder by name and binds text as UTF-16, which
// SQLite converts again: a quarter of a CSV import's instructions. Other drivers bind through a Statement.
class BulkInsert : public ColumnBinder {
public:
    BulkInsert(Document &document, const QString &sql, int rows);

    // The following binds go to row `row`, whose placeholders end in "_row".
    BulkInsert &forRow(int row);
    BulkInsert &bind(const QString &column, const QVariant &value) override;
    void exec();

private:
    void bindNative(int parameter, const QVariant &value);
    void requireOk(int result) const;
    int firstParameter(const QString &column); // 0 when no parameter is the column's
    void bindText(int parameter, const QString &text);

    Statement m_statement;
    sqlite3_stmt *m_native = nullptr; // SQLite's statement behind m_statement when the driver is QSQLITE
    int m_parametersPerRow = 0;       // native: row n's parameters follow row 0's, n * this further
    int m_row = 0;                    // native: the row being bound
    QStringList m_columns;            // native: the column of each parameter of row 0, in their order
    qsizetype m_nextColumn = 0;       // native: where the next column bound is looked for first
};
