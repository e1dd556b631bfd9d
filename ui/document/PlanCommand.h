#pragma once

#include "document/DocumentChange.h"

#include <QUndoCommand>

class DocumentSession;
class Repository;

// Base of the document's undo commands: apply() and revert() write through the repository and say what they
// changed; redo() and undo() announce it through DocumentSession::changed. A write that throws DocumentError was
// rolled back by its transaction, and a step that throws CycleError was refused by the cycle rules before any
// write: either way the command reports it through the session, becomes obsolete and the stack drops it.
class PlanCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    PlanCommand(DocumentSession &session, Id cycleId, const QString &text);

    Repository &repository() const;
    Id cycleId() const { return m_cycleId; }

    virtual DocumentChange apply() = 0;
    virtual DocumentChange revert() = 0;

private:
    void run(DocumentChange (PlanCommand::*step)());

    DocumentSession &m_session;
    Id m_cycleId;
};
