#include "cli/BackupSubcommand.h"

#include "cli/PrintableText.h"
#include "storage/Document.h"
#include "storage/DocumentBackup.h"
#include "storage/DocumentError.h"

#include <QFileInfo>

namespace {

const QString forceOption = QStringLiteral("force");

} // namespace

QString BackupSubcommand::summary() const
{
    return tr("Copy a document safely, even while it is in use.");
}

void BackupSubcommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Write a consistent copy of a document, even while the window or another command is writing to it.\n"
           "A document is its file plus its journal (FILE-wal, FILE-shm): copying the file alone can lose the "
           "latest changes or give a damaged copy. To restore, replace FILE by the backup and delete any FILE-wal "
           "and FILE-shm beside it first."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), tr("The backup to write, e.g. plan-2026-07-01.okr."));
    parser.addOption({forceOption, tr("Replace TARGET when it exists (atomically: it is never half written).")});
}

int BackupSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(err, tr("expected FILE and TARGET."));
    const QString &file = arguments.at(0);
    const QString &target = arguments.at(1);
    if (refuseOutputOverDocument(target, file, err))
        return Failure;
    const bool replace = parser.isSet(forceOption);
    if (!replace && QFileInfo::exists(target))
        return failure(err, tr("%1 already exists; add --force to replace it.").arg(target));

    const std::unique_ptr<Document> document = openDocument(file, Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        DocumentBackup::write(*document, target,
                              replace ? DocumentBackup::ExistingTarget::Replace
                                      : DocumentBackup::ExistingTarget::Refuse);
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
    out << tr("Backed up %1 to %2\n").arg(PrintableText::escaped(file), PrintableText::escaped(target));
    return Success;
}
