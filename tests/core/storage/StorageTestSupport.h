#pragma once

#include "model/Ids.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What the storage tests need around a document: proof that a file was left alone, integrity checks, and
// ready-made plans of a chosen size.
namespace StorageTestSupport {

// A new, empty document in a temporary folder with its repository: the base of most storage fixtures.
struct ScratchDocument {
    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("plan.okr")));
    Repository repository{*document};
};

// A closed document of many pages, as Quarterdeck created and filled it: twenty teams with eight weeks of check-ins.
struct ClosedDocument {
    ClosedDocument();

    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("plan.okr"));
};

// A file's bytes, modification time and the journal files beside it.
struct FileSnapshot {
    QByteArray bytes;
    QDateTime modified;
    QStringList journalFiles; // -wal, -shm, -journal found beside the file

    static FileSnapshot of(const QString &path);
    friend bool operator==(const FileSnapshot &, const FileSnapshot &) = default;
};

// The message of the DocumentError that Document::open throws; empty when it opens.
QString openError(const QString &path, Document::OpenMode mode = Document::OpenMode::ReadWrite);
// The message of the DocumentError that Document::create throws; empty when it creates the document.
QString createError(const QString &path);

QString integrityCheck(Document &document);         // "ok" when healthy
qsizetype foreignKeyViolations(Document &document); // rows of PRAGMA foreign_key_check
qint64 rowCount(Document &document, const QString &table);

// A key result in an objective of its own ("Objective of TITLE") of the team in the cycle: a decrease when the
// target is below the start, else an increase. Without `addedOn` it is dated the day it is written.
Id addKeyResultWithObjective(Repository &repository, Id cycleId, Id teamId, const QString &title, double start,
                             double target, QDate addedOn = {});

// A cycle with `teamCount` teams under a company, each with `objectivesPerTeam` objectives of `keyResultsPer`
// key results, each with `initiativesPer` initiatives, and `weeks` weekly check-ins per team updating every key
// result. Returns the cycle id.
Id addSamplePlan(Repository &repository, int teamCount, int objectivesPerTeam, int keyResultsPer, int initiativesPer,
                 int weeks);

} // namespace StorageTestSupport
