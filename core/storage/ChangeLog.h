#pragma once

#include "storage/ChangeRecord.h"

#include <optional>

class Document;

// The document's log of write transactions (table changes, schema version 4): Document::transaction records one
// entry per transaction that wrote something; conflicts read who wrote a row from it (a row's revision is the id
// of its last change). It keeps at least the latest KeptChanges entries (older ones go in batches, so at most
// twice as many are kept): older ones only name who wrote rows unchanged since, and a conflict without its entry
// still says that the rows changed.
class ChangeLog {
public:
    explicit ChangeLog(Document &document);

    static constexpr Revision KeptChanges = 1000;

    // In a file the entry takes the next id; on a server change.id, reserved by the transaction.
    void record(const ChangeRecord &change);
    std::optional<ChangeRecord> find(Revision changeId) const;
    std::optional<ChangeRecord> latest() const;
    // The latest change's id (0 before the first): a reader that notes it before reading can tell the rows written
    // after (a higher revision). Inside a write transaction, Document::changeBeingWritten names the change written.
    Revision lastId() const;

private:
    Document &m_document;
};
