#include "window/RecentFiles.h"

#include "storage/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace {

QString settingsKey()
{
    return QStringLiteral("recentFiles");
}

QStringList stored()
{
    return QSettings().value(settingsKey()).toStringList();
}

void store(const QStringList &paths)
{
    QSettings().setValue(settingsKey(), paths);
}

} // namespace

namespace RecentFiles {

QStringList paths()
{
    const QStringList remembered = stored();
    QStringList existing;
    for (const QString &path : remembered) {
        if (ServerAddress::isServerAddress(path) || QFileInfo::exists(path)) // a server is asked when opened
            existing.append(path);
    }
    if (existing.size() != remembered.size())
        store(existing);
    return existing;
}

void add(const QString &path)
{
    // A password stays out of the settings: libpq's ~/.pgpass gives it again.
    const QString absolutePath = ServerAddress::isServerAddress(path) ? ServerAddress::withoutPassword(path)
                                                                      : QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(absolutePath);
    paths.prepend(absolutePath);
    store(paths.mid(0, MaximumCount));
}

void clear()
{
    store({});
}

} // namespace RecentFiles
