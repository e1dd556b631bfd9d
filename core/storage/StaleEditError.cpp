#include "storage/StaleEditError.h"

#include <QCoreApplication>

namespace {

QString messageFor(const QString &what, const std::optional<ChangeRecord> &change)
{
    return change
               ? QCoreApplication::translate("StaleEditError", "%1 was changed since it was read, by %2.")
                     .arg(what, change->describe())
               : QCoreApplication::translate("StaleEditError", "%1 was changed elsewhere since it was read.").arg(what);
}

} // namespace

StaleEditError::StaleEditError(const QString &what, const std::optional<ChangeRecord> &change)
    : DocumentError(messageFor(what, change))
{
}
