#include "storage/StaleEditError.h"

#include <QCoreApplication>

namespace {

QString messageFor(const QString &what, const std::optional<ChangeRecord> &change)
{
    return change
               ? QCoreApplication::translate("StaleEditError", "%1 was changed by %2 since it was read.")
                     .arg(what, change->describe())
               : QCoreApplication::translate("StaleEditError", "%1 was changed elsewhere since it was read.").arg(what);
}

} // namespace

StaleEditError::StaleEditError(const QString &what, const std::optional<ChangeRecord> &change)
    : DocumentError(messageFor(what, change))
{
}
