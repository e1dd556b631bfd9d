#include "storage/BulkInsert.h"

#include "storage/Document.h"
#include "storage/SqliteStatement.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <new>

BulkInsert::BulkInsert(Document &document, const QString &sql, int rows)
    : m_statement(document, sql)
{
    m_native = SqliteStatement::of(document.prepared(sql));
    if (!m_native)
        return;
    m_parametersPerRow = sqlite3_bind_parameter_count(m_native) / rows;
    const QLatin1String rowSuffix("_0");
    for (int parameter = 1; parameter <= m_parametersPerRow; ++parameter) {
        const QString name = QString::fromUtf8(sqlite3_bind_parameter_name(m_native, parameter)); // ":column_0"
        Q_ASSERT(name.startsWith(QLatin1Char(':')) && name.endsWith(rowSuffix));
        m_columns.append(name.mid(1, name.size() - 1 - rowSuffix.size()));
    }
    sqlite3_reset(m_native); // Qt leaves it as its last execution did, whose failure was reported then
}

BulkInsert &BulkInsert::forRow(int row)
{
    if (m_native)
        m_row = row;
    else
        m_statement.forRow(row);
    return *this;
}

BulkInsert &BulkInsert::bind(const QString &column, const QVariant &value)
{
    if (m_native) {
        const int first = firstParameter(column);
        bindNative(first > 0 ? first + m_row * m_parametersPerRow : 0, value); // 0: SQLite refuses it (SQLITE_RANGE)
    } else
        m_statement.bind(column, value);
    return *this;
}

// As QSQLITE binds each type, but text as UTF-8, and a null QString as empty text as Statement does.
void BulkInsert::bindNative(int parameter, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        requireOk(sqlite3_bind_null(m_native, parameter));
        break;
    case QMetaType::Int:
    case QMetaType::Bool:
        requireOk(sqlite3_bind_int(m_native, parameter, value.toInt()));
        break;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        requireOk(sqlite3_bind_int64(m_native, parameter, value.toLongLong()));
        break;
    case QMetaType::Double:
        requireOk(sqlite3_bind_double(m_native, parameter, value.toDouble()));
        break;
    default:
        bindText(parameter, value.toString());
    }
}

// Encoded into a buffer SQLite takes over and frees: with SQLITE_TRANSIENT it copied every text once more.
void BulkInsert::bindText(int parameter, const QString &text)
{
    if (text.isEmpty()) {
        requireOk(sqlite3_bind_text(m_native, parameter, "", 0, SQLITE_STATIC));
        return;
    }
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    char *buffer = static_cast<char *>(sqlite3_malloc64(sqlite3_uint64(toUtf8.requiredSpace(text.size()))));
    if (!buffer)
        throw std::bad_alloc();
    const char *end = toUtf8.appendToBuffer(buffer, text);
    // SQLite frees the buffer even when the bind fails.
    requireOk(
        sqlite3_bind_text64(m_native, parameter, buffer, sqlite3_uint64(end - buffer), sqlite3_free, SQLITE_UTF8));
}

void BulkInsert::exec()
{
    if (!m_native) {
        m_statement.exec();
        return;
    }
    const int stepped = sqlite3_step(m_native);
    const int reset = sqlite3_reset(m_native); // the step's error again, its message kept for requireOk
    requireOk(stepped == SQLITE_DONE ? SQLITE_OK : reset);
}

// Throws DocumentError with SQLite's message, as Document::exec does with the driver's.
void BulkInsert::requireOk(int result) const
{
    if (result != SQLITE_OK)
        throw SqliteStatement::failure(m_native);
}

// Rows bind their columns in one order: the column after the last one bound is tried before the others.
int BulkInsert::firstParameter(const QString &column)
{
    if (m_nextColumn >= m_columns.size() || m_columns.at(m_nextColumn) != column)
        m_nextColumn = m_columns.indexOf(column);
    if (m_nextColumn < 0) {
        m_nextColumn = 0;
        return 0;
    }
    return int(m_nextColumn++) + 1;
}
