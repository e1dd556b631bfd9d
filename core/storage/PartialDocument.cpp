#include "storage/PartialDocument.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString PartialSuffix = QStringLiteral(".partial");
constexpr int MaximumNameAttempts = 8; // 64 random bits each: a second attempt is already rare

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString lockPathOf(const QString &partialPath)
{
    return partialPath + QStringLiteral(".lock");
}

QString randomPartialPath(const QFileInfo &target)
{
    const QString random = QString::number(QRandomGenerator::system()->generate64(), 36);
    return target.absoluteDir().filePath(QStringLiteral(".%1.%2%3").arg(target.fileName(), random, PartialSuffix));
}

// Qt's lock counts as stale when its process is gone (same host) or when it is older than StaleAge; a lock whose
// process still holds it is never taken over.
std::unique_ptr<QLockFile> lockOf(const QString &partialPath)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(partialPath));
    lock->setStaleLockTime(std::chrono::duration_cast<std::chrono::milliseconds>(PartialDocument::StaleAge));
    return lock;
}

// The partial files named in `folder`, each once, also when only their journal or their lock is left.
QStringList partialPathsIn(const QDir &folder)
{
    static const QRegularExpression leftover(QStringLiteral(R"(^(\..+\.partial)(-wal|-shm|-journal|\.lock)?$)"));
    QSet<QString> found;
    const QStringList names =
        folder.entryList({QStringLiteral(".*.partial*")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (const QRegularExpressionMatch match = leftover.match(name); match.hasMatch())
            found.insert(folder.filePath(match.captured(1)));
    }
    return found.values();
}

bool untouchedForStaleAge(const QString &partialPath)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList files = QStringList{partialPath} + DocumentFiles::journalOf(partialPath);
    return std::all_of(files.cbegin(), files.cend(), [&now](const QString &file) {
        const QFileInfo info(file);
        return !info.exists() ||
               info.lastModified().toUTC().msecsTo(now) >
                   std::chrono::duration_cast<std::chrono::milliseconds>(PartialDocument::StaleAge).count();
    });
}

} // namespace

PartialDocument::PartialDocument(const QFileInfo &target)
    : m_target(target)
{
    const QString shownTarget = shown(target.absoluteFilePath());
    if (!QFileInfo(target.absolutePath()).isWritable())
        throw DocumentError(
            tr("Cannot create %1: the folder %2 is read-only.").arg(shownTarget, shown(target.absolutePath())));
    for (int attempt = 0; attempt < MaximumNameAttempts && !m_lock; ++attempt) {
        const QString candidate = randomPartialPath(target);
        std::unique_ptr<QLockFile> lock = lockOf(candidate);
        if (lock->tryLock(0)) {
            if (!QFileInfo::exists(candidate)) {
                m_path = candidate;
                m_lock = std::move(lock);
            }
        } else if (lock->error() != QLockFile::LockFailedError) {
            throw DocumentError(tr("Cannot create %1: the file %2 cannot be written beside it.")
                                    .arg(shownTarget, shown(lockPathOf(candidate))));
        }
    }
    if (!m_lock)
        throw DocumentError(tr("Cannot create %1: no free name was found beside it.").arg(shownTarget));
}

PartialDocument::~PartialDocument()
{
    // After the move only the journal is left; the lock goes last, with m_lock.
    Document::removeWithJournal(m_path);
}

void PartialDocument::moveIntoPlace(DocumentFiles::ExistingFile existing)
{
    const QString targetPath = m_target.absoluteFilePath();
    if (const QString failure = DocumentFiles::moveIntoPlace(m_path, targetPath, existing); !failure.isEmpty())
        throw DocumentError(tr("Cannot create %1: %2").arg(shown(targetPath), failure));
}

void PartialDocument::removeLeftoversIn(const QString &folder)
{
    for (const QString &partialPath : partialPathsIn(QDir(folder))) {
        if (QFileInfo::exists(lockPathOf(partialPath))) {
            // Taken only when stale; released (and its file removed) as it goes out of scope.
            if (const std::unique_ptr<QLockFile> lock = lockOf(partialPath); lock->tryLock(0))
                Document::removeWithJournal(partialPath);
        } else if (untouchedForStaleAge(partialPath)) {
            Document::removeWithJournal(partialPath); // no lock: an older version's, or a lock removed by hand
        }
    }
}
