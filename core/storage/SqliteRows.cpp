#include "storage/SqliteRows.h"

#include "storage/SqliteStatement.h"

#include <sqlite3.h>

std::optional<SqliteRows> SqliteRows::of(const QSqlQuery &query)
{
    sqlite3_stmt *statement = SqliteStatement::of(query);
    if (!statement)
        return std::nullopt;
    return SqliteRows(statement);
}

SqliteRows::SqliteRows(sqlite3_stmt *statement)
    : m_statement(statement)
    , m_columnCount(sqlite3_column_count(statement))
{
}

bool SqliteRows::next()
{
    switch (m_position) {
    case Position::BeforeFirst:
        // Qt's exec() stepped once: a statement still busy stands on its first row; one without rows was reset.
        m_position = sqlite3_stmt_busy(m_statement) ? Position::OnRow : Position::AfterLast;
        break;
    case Position::OnRow:
        switch (sqlite3_step(m_statement)) {
        case SQLITE_ROW:
            break;
        case SQLITE_DONE:
            m_position = Position::AfterLast;
            sqlite3_reset(m_statement); // ends the read, as QSqlQuery does after the last row
            break;
        default: {
            m_position = Position::AfterLast;
            const DocumentError error = SqliteStatement::failure(m_statement);
            sqlite3_reset(m_statement);
            throw error;
        }
        }
        break;
    case Position::AfterLast:
        break;
    }
    return m_position == Position::OnRow;
}

bool SqliteRows::onRow(int column) const
{
    return m_position == Position::OnRow && column >= 0 && column < m_columnCount;
}

QVariant SqliteRows::value(int column) const
{
    if (!onRow(column))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // null, as QSqlQuery gives it
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return text(column);
    }
}

QString SqliteRows::text(int column) const
{
    // In UTF-8 as stored: no conversion through UTF-16 in SQLite.
    return utf8(column).toString();
}

QUtf8StringView SqliteRows::utf8(int column) const
{
    if (!onRow(column))
        return {};
    // NULL gives no text: a null view.
    return {reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)};
}

qint64 SqliteRows::integer(int column) const
{
    return onRow(column) ? sqlite3_column_int64(m_statement, column) : 0;
}

double SqliteRows::real(int column) const
{
    return onRow(column) ? sqlite3_column_double(m_statement, column) : 0.0;
}

bool SqliteRows::isNull(int column) const
{
    return !onRow(column) || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}
