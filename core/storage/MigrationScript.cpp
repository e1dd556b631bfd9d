#include "storage/MigrationScript.h"

#include "storage/DocumentError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

MigrationScript::MigrationScript(int version, QString resource)
    : m_version(version)
    , m_resource(std::move(resource))
{
}

QList<MigrationScript> MigrationScript::in(const QString &folder)
{
    QList<MigrationScript> found;
    const QDir scripts(folder);
    const QStringList names = scripts.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        found.append(MigrationScript(name.section(u'_', 0, 0).toInt(), scripts.filePath(name)));
        Q_ASSERT(found.last().version() == found.first().version() + found.size() - 1);
    }
    return found;
}

QString MigrationScript::text() const
{
    QFile file(m_resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(
            QCoreApplication::translate("MigrationScript", "The structure of version %1 is missing from this build.")
                .arg(m_version));
    return QString::fromUtf8(file.readAll());
}
