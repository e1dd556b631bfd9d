#include "storage/DocumentFiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// Enough for any real chain of links; a loop stops here instead of running forever.
constexpr int MaximumLinkDepth = 16;

// `path` with "..", symbolic links and linked folders resolved, also for a file that does not exist yet (the
// output about to be written, or a journal SQLite has not created) and for a link to such a file.
QString resolved(const QString &path, int depth = 0)
{
    const QFileInfo file(path);
    if (file.exists())
        return file.canonicalFilePath();
    if (file.isSymLink() && depth < MaximumLinkDepth)
        return resolved(file.symLinkTarget(), depth + 1);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
}

// True when both paths exist and are names of one file: hard links share the device and the inode. Qt has no
// portable file identity; elsewhere the resolved paths alone decide.
bool sameFile([[maybe_unused]] const QString &first, [[maybe_unused]] const QString &second)
{
#ifdef Q_OS_UNIX
    struct stat firstStatus {};
    struct stat secondStatus {};
    return ::stat(QFile::encodeName(first).constData(), &firstStatus) == 0 &&
           ::stat(QFile::encodeName(second).constData(), &secondStatus) == 0 &&
           firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino;
#else
    return false;
#endif
}

} // namespace

DocumentFiles::DocumentFiles(const QString &documentPath)
    : m_documentPath(QFileInfo(documentPath).absoluteFilePath())
{
    // SQLite names the journal after the path it opened, which may be a link: both names count.
    for (const QString &name : {m_documentPath, resolved(m_documentPath)}) {
        for (const QString &file : QStringList{name} + journalOf(name)) {
            const QString resolvedFile = resolved(file);
            if (!m_resolvedPaths.contains(resolvedFile))
                m_resolvedPaths.append(resolvedFile);
        }
    }
}

QStringList DocumentFiles::journalOf(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QString DocumentFiles::moveIntoPlace(const QString &built, const QString &target, ExistingFile existing)
{
    const bool refused = existing == ExistingFile::Refuse && QFileInfo::exists(target);
    if (refused)
        return tr("A file with that name already exists.");
    // A journal beside the target belongs to a file deleted or being replaced: SQLite would apply it to the new one.
    for (const QString &journal : journalOf(target)) {
        if (QFileInfo::exists(journal) && !QFile::remove(journal))
            return tr("The old journal %1 cannot be removed.").arg(QDir::toNativeSeparators(journal));
    }
    if (existing == ExistingFile::Refuse) {
        QFile builtFile(built);
        // QFile::rename never replaces: a file that appeared at the target meanwhile stays as it is.
        return builtFile.rename(target) ? QString() : builtFile.errorString();
    }
    // Qt has no public rename that replaces a file; std::filesystem::rename does so atomically.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(built).toStdString(), QFile::encodeName(target).toStdString(), error);
    return error ? QString::fromStdString(error.message()) : QString();
}

bool DocumentFiles::contains(const QString &path) const
{
    const QString candidate = resolved(path);
    return std::any_of(m_resolvedPaths.cbegin(), m_resolvedPaths.cend(),
                       [&candidate](const QString &file) { return file == candidate || sameFile(file, candidate); });
}

QString DocumentFiles::refusalToWrite(const QString &path) const
{
    if (!contains(path))
        return {};
    return tr("Nothing was written to %1: it is the document %2 or part of its journal, and writing there would "
              "destroy the document. Choose another file.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), QDir::toNativeSeparators(m_documentPath));
}
