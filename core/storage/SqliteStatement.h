#pragma once

#include "storage/DocumentError.h"

class QSqlQuery;
struct sqlite3_stmt;

// SQLite's own statement under a QSQLITE query, for what goes past QSqlQuery (SqliteRows, BulkInsert).
namespace SqliteStatement {

// The statement QSqlQuery prepared (Qt documents reaching it through QSqlResult::handle()); null when the query does
// not run on SQLite.
sqlite3_stmt *of(const QSqlQuery &query);
// SQLite's words for the statement's last failure, as Document reports the driver's.
DocumentError failure(sqlite3_stmt *statement);

} // namespace SqliteStatement
