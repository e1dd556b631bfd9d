#include "storage/ChangeRecord.h"
#include "text/ValueFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

ChangeRecord ChangeRecord::byThisProcess(Writer writer, const QString &connection, const QString &summary)
{
    ChangeRecord change;
    change.writtenAt = QDateTime::currentDateTimeUtc();
    change.writer = writer;
    change.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (change.user.isEmpty()) // not set for services and some shells: the home folder is named after the user
        change.user = QDir(QDir::homePath()).dirName();
    change.host = QSysInfo::machineHostName();
    change.pid = QCoreApplication::applicationPid();
    change.connection = connection;
    change.summary = summary;
    return change;
}

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
