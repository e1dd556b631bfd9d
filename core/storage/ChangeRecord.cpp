#include "storage/ChangeRecord.h"
#include "text/ValueFormat.h"

#include <QCoreApplication>

QString ChangeRecord::describe() const
{
    const QString who = writer == Writer::CommandLine
                            ? QCoreApplication::translate("ChangeRecord", "the command line")
                            : QCoreApplication::translate("ChangeRecord", "another Quarterdeck window");
    const QString where =
        host.isEmpty() ? user : QCoreApplication::translate("ChangeRecord", "%1 on %2").arg(user, host);
    QString text = where.isEmpty() ? who : QStringLiteral("%1 (%2)").arg(who, where);
    text = QCoreApplication::translate("ChangeRecord", "%1 at %2").arg(text, ValueFormat().dateTime(writtenAt));
    return summary.isEmpty() ? text : QStringLiteral("%1: “%2”").arg(text, summary);
}
