#pragma once

#include "document/PlanCommand.h"
#include "model/Cycle.h"

// Activates or closes a cycle (CyclePlanner's rules) as one undo step; undo puts the previous state back, so a
// cycle closed by mistake can be reopened right away. A refusal is reported and the step dropped (PlanCommand).
class ChangeCycleStateCommand : public PlanCommand {
public:
    // `state` is CycleState::Active or CycleState::Closed.
    ChangeCycleStateCommand(DocumentSession &session, const Cycle &cycle, CycleState state);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    CycleState m_state;
    CycleState m_previousState = CycleState::Planning;
};
