#pragma once

#include "storage/DocumentFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QString>

#include <chrono>
#include <memory>

// A new document while it is built beside its target (Document::create): a hidden `.NAME.okr.<random>.partial`
// file, locked by a QLockFile (`.partial.lock`) that names the building process and host. A creation killed midway
// leaves both behind; the next creation in that folder tells them from a live one of another process by that lock
// and removes them.
class PartialDocument {
    Q_DECLARE_TR_FUNCTIONS(PartialDocument)

public:
    // Older than this, a partial file is left over even when its process cannot be asked (another host, or no
    // lock): far longer than building the largest document takes.
    static constexpr std::chrono::hours StaleAge{24};

    // Chooses a free name beside `target` and locks it; throws DocumentError when the folder cannot be written.
    explicit PartialDocument(const QFileInfo &target);
    // Removes the partial file with its journal (unless it was moved into place), then the lock.
    ~PartialDocument();
    PartialDocument(const PartialDocument &) = delete;
    PartialDocument &operator=(const PartialDocument &) = delete;

    const QString &path() const { return m_path; }

    // Moves the complete file to the target (see DocumentFiles::moveIntoPlace); throws DocumentError.
    void moveIntoPlace(DocumentFiles::ExistingFile existing);

    // Removes what killed creations left in `folder`: partial files whose lock's process is gone or whose lock or
    // files are older than StaleAge. A partial file whose process is alive is never touched.
    static void removeLeftoversIn(const QString &folder);

private:
    QFileInfo m_target;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // held from before the file exists until after it is gone
};
