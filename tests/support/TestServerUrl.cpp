#include "support/TestServerUrl.h"

#include <QHash>
#include <QUrl>

QString testServerUrl(const QString &schema, const QString &database)
{
    const QString description = qEnvironmentVariable("QUARTERDECK_TEST_POSTGRES");
    if (description.isEmpty())
        return {};
    QHash<QString, QString> described;
    for (const QString &setting : description.split(u' ', Qt::SkipEmptyParts))
        described.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    const auto encoded = [](const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); };
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(encoded(described.value(QStringLiteral("user"))),
                           encoded(described.value(QStringLiteral("host"))), described.value(QStringLiteral("port")),
                           encoded(database.isEmpty() ? described.value(QStringLiteral("dbname")) : database));
    if (!schema.isEmpty()) // libpq's options: settings of the session from its start
        url += QStringLiteral("?options=") + encoded(QStringLiteral("-c search_path=") + schema);
    return url;
}
