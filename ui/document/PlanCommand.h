#pragma once

#include "document/DocumentChange.h"
#include "storage/Revision.h"

#include <QUndoCommand>

#include <optional>

class DocumentSession;
class Repository;

// Base of the document's undo commands: apply() and revert() write through the repository and say what they
// changed; redo() and undo() announce it through DocumentSession::changed. A write that throws DocumentError was
// rolled back by its transaction, and a step that throws CycleError was refused by the cycle rules before any
// write (TeamError for the team rules): either way the command reports it through the session, becomes obsolete and the
// stack drops it. A command that names the revision of the rows it writes (storedRevision) never writes over a change
// it did not make: undo and redo are refused (StaleEditError, EditOutcome::Kind::Conflict) when those rows changed
// since the command's last step wrote them, and the first redo when they changed since the revision given to
// expectRevision (what a form read). The check and the step are one transaction.
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

    // The revision of the rows the command writes as stored now (NotStored: there are none); nothing when the
    // command does not check them.
    virtual std::optional<Revision> storedRevision() const { return std::nullopt; }
    // The revision the rows had when the user read them: the first redo is refused if they changed since.
    void expectRevision(Revision revision) { m_expectedRevision = revision; }
    // For mergeWith: `merged` wrote last, so its revision is the one to expect.
    void expectRevisionOf(const PlanCommand &merged) { m_expectedRevision = merged.m_expectedRevision; }

private:
    void run(DocumentChange (PlanCommand::*step)(), const QString &summary);
    void requireUnchanged() const;
    void refuse(const QString &reason); // a rule refused the step: reported, and the stack drops the command

    DocumentSession &m_session;
    Id m_cycleId;
    std::optional<Revision> m_expectedRevision; // the rows' revision after this command's last step
};
