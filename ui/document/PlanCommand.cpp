#include "document/PlanCommand.h"

#include "cycles/CycleError.h"
#include "document/DocumentSession.h"
#include "storage/DocumentError.h"

PlanCommand::PlanCommand(DocumentSession &session, Id cycleId, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_cycleId(cycleId)
{
}

Repository &PlanCommand::repository() const
{
    return m_session.repository();
}

void PlanCommand::redo()
{
    run(&PlanCommand::apply);
}

void PlanCommand::undo()
{
    run(&PlanCommand::revert);
}

void PlanCommand::run(DocumentChange (PlanCommand::*step)())
{
    try {
        const DocumentChange change = (this->*step)();
        m_session.notifyChanged(change);
    } catch (const CycleError &refusal) {
        setObsolete(true);
        m_session.reportNotDone(text(), {EditOutcome::Kind::Refused, refusal.message()});
    } catch (const DocumentError &error) {
        setObsolete(true);
        m_session.reportNotDone(text(), {EditOutcome::Kind::WriteFailed, error.message()});
    }
}
