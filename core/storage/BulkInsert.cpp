#include "storage/BulkInsert.h"

#include "storage/Document.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

BulkInsert::BulkInsert(Document &document, const QString &sql, int rows)
    : m_statement(document, sql)
{
    m_native = SqliteStatement::of(document.prepared(sql));
    if (!m_native)
        return;
    m_parametersPerRow = sqlite3_bind_parameter_count(m_native) / rows;
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
    if (m_native)
        bindNative(firstParameter(column) + m_row * m_parametersPerRow, value);
    else
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
    default: {
        const QByteArray text = value.toString().toUtf8();
        requireOk(sqlite3_bind_text(m_native, parameter, text.constData(), int(text.size()), SQLITE_TRANSIENT));
    }
    }
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

int BulkInsert::firstParameter(const QString &column)
{
    auto found = m_firstParameters.constFind(column);
    if (found == m_firstParameters.cend()) {
        const QByteArray name = QByteArrayLiteral(":") + column.toUtf8() + QByteArrayLiteral("_0");
        found = m_firstParameters.insert(column, sqlite3_bind_parameter_index(m_native, name.constData()));
        Q_ASSERT(*found > 0); // else binding it fails: SQLITE_RANGE
    }
    return *found;
}
