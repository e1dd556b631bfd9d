#pragma once

#include "storage/DocumentFiles.h"

#include <QString>

class Document;

// A backup of an open document (`quarterdeck backup`, File > Back Up and Save As): one consistent snapshot taken
// with SQLite's VACUUM INTO, so writes of other connections, committed or not, never tear it. The copy is built
// beside the target and renamed into place: the target is either the complete copy or as it was.
namespace DocumentBackup {

using ExistingTarget = DocumentFiles::ExistingFile;

// Writes the copy of `document` to `target`. Refuses (DocumentError) a target that is the document or its
// journal, an existing target unless `existing` is Replace, and a missing folder; on any failure the target is
// left as it was.
void write(Document &document, const QString &target, ExistingTarget existing);

} // namespace DocumentBackup
