#include "storage/DocumentError.h"

#include <QCoreApplication>
#include <QSqlError>

DocumentError::DocumentError(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

DocumentError DocumentError::failedStatement(const QString &databaseText)
{
    return DocumentError(QCoreApplication::translate("DocumentError", "The document could not be read or written: %1")
                             .arg(databaseText));
}

DocumentError DocumentError::failedStatement(const QSqlError &error)
{
    DocumentError failure = failedStatement(error.text());
    // PostgreSQL's SQLSTATE: serialization_failure, deadlock_detected. SQLite, with one writer, has neither.
    const QString state = error.nativeErrorCode();
    failure.m_transient = state == QLatin1String("40001") || state == QLatin1String("40P01");
    return failure;
}

DocumentError DocumentError::connectionLost(const QString &databaseText)
{
    QString reason = databaseText.simplified(); // libpq's reason runs over several indented lines
    if (reason.endsWith(u'.'))
        reason.chop(1); // it goes in parentheses
    return DocumentError(reason.isEmpty()
                             ? QCoreApplication::translate("DocumentError", "The connection to the server was lost.")
                             : QCoreApplication::translate("DocumentError", "The connection to the server was lost (%1).")
                                   .arg(reason));
}
