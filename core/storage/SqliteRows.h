#pragma once

#include <QVariant>

#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

// The rows of a query on an SQLite document, read straight from its SQLite statement. QSqlQuery::next() converts
// every column of every row to a QVariant, its text through UTF-16, whether it is read or not: about half the time
// of reading a cycle's plan. Qt's exec() has already stepped to the first row (to learn the columns); the rows go
// on from there, and QSqlQuery resets the statement at its next exec() or finish().
class SqliteRows {
public:
    // The rows of `query`, just executed; none when it does not run on SQLite (QPSQL keeps QSqlQuery::next()).
    static std::optional<SqliteRows> of(const QSqlQuery &query);

    // Throws DocumentError when SQLite fails to give the next row.
    bool next();
    // The column of the current row as QSqlQuery would give it: integers, reals, text, bytes; NULL as a null QVariant.
    // Out of range (-1, an unknown column): an invalid QVariant.
    QVariant value(int column) const;
    // The column read as the type the caller needs, without a QVariant between: SQLite converts as CAST would.
    // NULL and out of range read as a null text, 0 or 0.0.
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // The text as SQLite holds it, until the next row: for what is parsed at once (dates, enumeration names).
    QUtf8StringView utf8(int column) const;

private:
    bool onRow(int column) const;

    explicit SqliteRows(sqlite3_stmt *statement);

    sqlite3_stmt *m_statement;
    int m_columnCount;
    enum class Position { BeforeFirst, OnRow, AfterLast };
    Position m_position = Position::BeforeFirst;
};
