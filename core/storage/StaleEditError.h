#pragma once

#include "storage/ChangeRecord.h"
#include "storage/DocumentError.h"

#include <optional>

// An edit refused because the rows it would write changed since they were read (another window, the command
// line, or a later step than the undo step being taken). Nothing was written. A DocumentError, so that a writer
// that does not tell it apart still reports it; the window tells it apart and lets the user choose.
class StaleEditError : public DocumentError {
public:
    // `what` names the rows for people ("Sales's check-in for 2026-W49"); `change` is the one that last wrote them,
    // when the log knows it.
    StaleEditError(const QString &what, const std::optional<ChangeRecord> &change);
};
