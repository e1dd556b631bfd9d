#pragma once

#include "document/PlanCommand.h"
#include "model/OkrDraft.h"
#include "storage/RemovedItems.h"

#include <optional>

// Writes a whole OKR from the wizard as one undo step, each direction in one transaction.
// A new objective (no id) is added with its key results and initiatives; undo removes it all.
// An existing objective gets the draft's differences: its fields, and key results and initiatives added, changed,
// reordered or removed; undo puts the objective's rows back exactly as they were (ids, check-in history).
// Redo after undo brings back the same rows with the same ids. Refused when another writer changed the objective's
// rows since the wizard read them, or removed the objective it aligns to (PlanCommand).
class SaveOkrCommand : public PlanCommand {
public:
    SaveOkrCommand(DocumentSession &session, OkrDraft draft);

    Id objectiveId() const { return m_draft.objective.id; } // NoId until the first redo of a new OKR

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    void writeFirstTime();
    void writeKeyResults();
    DocumentChange changeNamingEverything(DocumentChange::Kind kind, const RemovedItems &items) const;

    OkrDraft m_draft;
    std::optional<RemovedItems> m_before; // the objective's rows before a rework; none for a new objective
    std::optional<RemovedItems> m_after;  // the rows the first redo wrote, for the next redo
};
