#include "storage/DocumentBackup.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

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
        throw DocumentError(translated(QT_TRANSLATE_NOOP("DocumentBackup",
                                                         "Cannot back up to %1: a file with that name already exists."))
                                .arg(shownTarget));
    if (!targetFile.absoluteDir().exists())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("DocumentBackup", "Cannot back up to %1: the folder %2 does not exist."))
                .arg(shownTarget, QDir::toNativeSeparators(targetFile.absolutePath())));

    // A free name beside the target, so the rename below stays on one file system; the copy written under it is
    // removed when anything fails.
    QTemporaryFile copy(targetFile.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(targetFile.fileName())));
    if (!copy.open())
        throw DocumentError(translated(QT_TRANSLATE_NOOP("DocumentBackup", "Cannot back up to %1: %2"))
                                .arg(shownTarget, copy.errorString()));
    copy.close();
    QFile::remove(copy.fileName()); // saveCopyAs writes only a new file
    document.saveCopyAs(copy.fileName());

    if (const QString failure = DocumentFiles::moveIntoPlace(copy.fileName(), targetFile.absoluteFilePath(), existing);
        !failure.isEmpty())
        throw DocumentError(
            translated(QT_TRANSLATE_NOOP("DocumentBackup", "Cannot back up to %1: %2")).arg(shownTarget, failure));
    copy.setAutoRemove(false); // it is the target now
}
