#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The files that make up one document: the file itself and its journal, which SQLite keeps beside it (-wal and
// -shm in WAL mode, -journal while a rollback journal is hot). Writing a report, an export or a backup over any
// of them destroys the document, so every output path is checked here first, by the command line and the window.
class DocumentFiles {
    Q_DECLARE_TR_FUNCTIONS(DocumentFiles)

public:
    // What to do when a new file (a document, a backup) is about to be moved to a path where a file exists.
    enum class ExistingFile { Refuse, Replace };

    explicit DocumentFiles(const QString &documentPath);

    // The journal files SQLite may keep beside the file at `path`, whether they exist or not.
    static QStringList journalOf(const QString &path);

    // Moves the complete document `built` to `target` in one rename (both in one folder): `target` is either the
    // new document or as it was. Replacing removes `target`'s journal first, since SQLite would apply it to the new
    // file. Returns why it failed (translated), empty when done.
    static QString moveIntoPlace(const QString &built, const QString &target, ExistingFile existing);

    // True when `path` names the document or a journal file of it: the same path once "..", symbolic links and
    // symbolically linked folders are resolved, or another name of the same file (a hard link).
    bool contains(const QString &path) const;

    // Why an output cannot be written to `path` (translated, naming both files); empty when it can.
    QString refusalToWrite(const QString &path) const;

private:
    QString m_documentPath;
    QStringList m_resolvedPaths; // the document and its journal, each with symbolic links resolved
};
