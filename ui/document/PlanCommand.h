#pragma once

#include "document/DocumentChange.h"
#include "storage/Revision.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

class DocumentSession;
class Repository;

// Base of the document's undo commands: apply() and revert() write through the repository and say what they
// changed; redo() and undo() announce it through DocumentSession::changed. A write that throws DocumentError was
// rolled back by its transaction, and a step that throws CycleError was refused by the cycle rules before any
// write (TeamError for the team rules): either way the command reports it through the session, becomes obsolete
// and the stack drops it.
// A command that names the rows its steps write or build on (storedRows) never writes over a change it did not
// make: its first redo is refused (StaleEditError, EditOutcome::Kind::Conflict) when another writer wrote those
// rows since the user read them (expectUnchangedSince; by default what the session's views show, see
// DocumentSession::seenChange), and undo and redo when another writer wrote them since the command's last step.
// A row it builds on that was removed meanwhile is refused too. The check and the step are one transaction.
class PlanCommand : public QUndoCommand {
public:
    // One row a step writes or builds on, as stored now.
    struct StoredRow {
        enum class Check {
            Unchanged,          // written over: refused when another writer wrote it since, or removed it
            UnchangedOrMissing, // written over, or written anew (a check-in's week, an item undo took away)
            Present,            // built on (a parent): refused when removed
        };
        Revision revision = NotStored;
        Check check = Check::Unchanged;
    };

    void redo() final;
    void undo() final;

    // What the user read was the document as of this change (ChangeLog::lastId, or the revision of the one row
    // read): the first redo is refused when another writer wrote the rows since. For forms that do not follow
    // the document's changes while they are open (modal dialogs): read it when they read the document.
    void expectUnchangedSince(Revision seen) { m_seen = seen; }

protected:
    PlanCommand(DocumentSession &session, Id cycleId, const QString &text);

    Repository &repository() const;
    Id cycleId() const { return m_cycleId; }

    virtual DocumentChange apply() = 0;
    virtual DocumentChange revert() = 0;

    // The rows the next step writes or builds on, as stored now; none when the command does not check them.
    virtual QList<StoredRow> storedRows() const { return {}; }
    // For mergeWith: `merged` wrote last, so what it saw is what this command saw.
    void expectRevisionOf(const PlanCommand &merged) { m_seen = merged.m_seen; }

private:
    void run(DocumentChange (PlanCommand::*step)(), const QString &summary);
    void requireUnchanged() const;
    void refuse(const QString &reason); // a rule refused the step: reported, and the stack drops the command

    DocumentSession &m_session;
    Id m_cycleId;
    // The latest change whose rows this command has seen: the user's read before the first redo, then the change
    // its last step wrote. Nothing: the first redo takes what the session's views show.
    std::optional<Revision> m_seen;
};
