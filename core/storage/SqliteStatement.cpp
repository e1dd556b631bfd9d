#include "storage/SqliteStatement.h"

#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

sqlite3_stmt *SqliteStatement::of(const QSqlQuery &query)
{
    const QVariant handle = query.result()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.constData());
}

DocumentError SqliteStatement::failure(sqlite3_stmt *statement)
{
    return DocumentError::failedStatement(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement))));
}
