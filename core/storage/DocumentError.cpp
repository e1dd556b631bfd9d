#include "storage/DocumentError.h"

#include <QCoreApplication>

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
