#pragma once

#include "document/PlanCommand.h"
#include "model/Cycle.h"

// Adds a cycle in planning (CyclePlanner::add's rules) as one undo step. Undo removes it again, which needs it
// empty: the steps that filled it are undone first. Redo puts back the same cycle (same id), so later steps that
// name it stay valid. A refusal is reported and the step dropped (PlanCommand). A cycle of the same name or dates
// that another writer added since the user read the cycles is a conflict, and so is undo when another writer
// changed the added cycle since (PlanCommand).
class AddCycleCommand : public PlanCommand {
public:
    AddCycleCommand(DocumentSession &session, const Cycle &cycle);

    Id addedId() const { return m_cycle.id; } // NoId until the first redo

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    Cycle m_cycle;
};
