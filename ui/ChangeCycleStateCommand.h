#pragma once

#include "Cycle.h"

#include <QUndoCommand>

class Repository;

// Activates or closes a cycle (CyclePlanner's rules) as one undo step; undo puts the previous state back, so a
// cycle closed by mistake can be reopened right away. A refusal is reported and the step dropped.
class ChangeCycleStateCommand : public QUndoCommand {
public:
    ChangeCycleStateCommand(Repository &repository, Id cycleId, CycleState state, const QString &text);

    void redo() override;
    void undo() override;

private:
    Repository &m_repository;
    Id m_cycleId;
    CycleState m_state;
    CycleState m_previousState = CycleState::Planning;
};
