#pragma once

#include "document/PlanCommand.h"
#include "model/Cycle.h"

// Adds a cycle in planning (CyclePlanner::add's rules) as one undo step. Undo removes it again, which needs it
// empty: the steps that filled it are undone first. Redo puts back the same cycle (same id), so later steps that
// name it stay valid. A refusal is reported and the step dropped (PlanCommand).
class AddCycleCommand : public PlanCommand {
public:
    AddCycleCommand(DocumentSession &session, const Cycle &cycle);

    Id addedId() const { return m_cycle.id; } // NoId until the first redo

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;

private:
    Cycle m_cycle;
};
