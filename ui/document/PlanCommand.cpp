#include "document/PlanCommand.h"

#include "cycles/CycleError.h"
#include "document/DocumentSession.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "storage/StaleEditError.h"
#include "teams/TeamError.h"

#include <QCoreApplication>
#include <QScopeGuard>

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
    run(&PlanCommand::apply, text());
}

void PlanCommand::undo()
{
    run(&PlanCommand::revert, QCoreApplication::translate("PlanCommand", "Undo “%1”").arg(text()));
}

void PlanCommand::run(DocumentChange (PlanCommand::*step)(), const QString &summary)
{
    Document &document = repository().document();
    document.describeChanges(summary); // for the change log, this step only
    const auto describedOnce = qScopeGuard([&document] { document.describeChanges({}); });
    try {
        DocumentChange change;
        document.transaction([&] {
            requireUnchanged();
            change = (this->*step)();
            m_expectedRevision = storedRevision();
        });
        m_session.notifyChanged(change);
    } catch (const CycleError &refusal) {
        refuse(refusal.message());
    } catch (const TeamError &refusal) {
        refuse(refusal.message());
    } catch (const StaleEditError &conflict) {
        setObsolete(true);
        m_session.reportNotDone(text(), {EditOutcome::Kind::Conflict, conflict.message()});
    } catch (const DocumentError &error) {
        setObsolete(true);
        m_session.reportNotDone(text(), {EditOutcome::Kind::WriteFailed, error.message()});
    }
}

void PlanCommand::refuse(const QString &reason)
{
    setObsolete(true);
    m_session.reportNotDone(text(), {EditOutcome::Kind::Refused, reason});
}

void PlanCommand::requireUnchanged() const
{
    if (!m_expectedRevision)
        return;
    const std::optional<Revision> stored = storedRevision();
    if (!stored || *stored == *m_expectedRevision)
        return;
    // A removed row does not say who removed it: the latest change stands for it.
    Document &document = repository().document();
    const ChangeLog log(document);
    const std::optional<ChangeRecord> change = *stored == NotStored ? log.latest() : log.find(*stored);
    // This window's own later steps were undone before this one (the stack's order): no conflict.
    if (change && change->connection == document.connectionId())
        return;
    throw StaleEditError(QCoreApplication::translate("PlanCommand", "What “%1” writes").arg(text()), change);
}
