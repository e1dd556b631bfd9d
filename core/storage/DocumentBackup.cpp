#include "storage/DocumentBackup.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("DocumentBackup", text);
}

} // namespace

void DocumentBackup::write(Document &document, const QString &target, ExistingTarget existing)
{
    if (const QString refusal = DocumentFiles(document.path()).refusalToWrite(target); !refusal.isEmpty())
        throw DocumentError(refusal);
    const QFileInfo targetFile(target);
    const QString shownTarget = QDir::toNativeSeparators(targetFile.absoluteFilePath());
    if (targetFile.exists() && existing == ExistingTarget::Refuse)
        throw DocumentError(translated("Cannot back up to %1: a file with that name already exists.").arg(shownTarget));
    if (!targetFile.absoluteDir().exists())
        throw DocumentError(translated("Cannot back up to %1: the folder %2 does not exist.")
                                .arg(shownTarget, QDir::toNativeSeparators(targetFile.absolutePath())));

    // A free name beside the target, so the rename below stays on one file system; the copy written under it is
    // removed when anything fails.
    QTemporaryFile copy(targetFile.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(targetFile.fileName())));
    if (!copy.open())
        throw DocumentError(translated("Cannot back up to %1: %2").arg(shownTarget, copy.errorString()));
    copy.close();
    QFile::remove(copy.fileName()); // saveCopyAs writes only a new file
    document.saveCopyAs(copy.fileName());

    // A journal left beside the target belongs to the file being replaced: SQLite would apply it to the copy.
    for (const QString &journal : DocumentFiles::journalOf(targetFile.absoluteFilePath())) {
        if (QFileInfo::exists(journal) && !QFile::remove(journal))
            throw DocumentError(translated("Cannot back up to %1: the old journal %2 cannot be removed.")
                                    .arg(shownTarget, QDir::toNativeSeparators(journal)));
    }
    // Qt has no public rename that replaces a file; std::filesystem::rename does so atomically.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(copy.fileName()).toStdString(),
                            QFile::encodeName(targetFile.absoluteFilePath()).toStdString(), error);
    if (error)
        throw DocumentError(
            translated("Cannot back up to %1: %2").arg(shownTarget, QString::fromStdString(error.message())));
    copy.setAutoRemove(false); // it is the target now
}
