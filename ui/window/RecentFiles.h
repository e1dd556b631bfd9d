#pragma once

#include <QString>
#include <QStringList>

// The documents opened last, newest first, kept in the application's settings.
namespace RecentFiles {

inline constexpr int MaximumCount = 8;

// The remembered files that still exist; the missing ones are forgotten.
QStringList paths();
// Moves `path` to the front (as an absolute path) and keeps at most MaximumCount entries.
void add(const QString &path);
void clear();

} // namespace RecentFiles
