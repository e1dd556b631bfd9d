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
    if (!m_seen)
        m_seen = m_session.seenChange();
    for (;;) {
        try {
            DocumentChange change;
            document.transaction([&] {
                requireUnchanged();
                change = (this->*step)();
                m_seen = document.changeBeingWritten();
            });
            m_session.notifyChanged(change);
            return;
        } catch (const CycleError &refusal) {
            refuse(refusal.message());
            return;
        } catch (const TeamError &refusal) {
            refuse(refusal.message());
            return;
        } catch (const StaleEditError &conflict) {
            // Asked outside the transaction: no lock is held while the user decides.
            if (!m_session.overwriteAfterConflict(text(), conflict.message())) {
                setObsolete(true);
                m_session.reportNotDone(text(), {EditOutcome::Kind::Conflict, conflict.message()});
                return;
            }
            m_seen = ChangeLog(document).lastId(); // the user has seen the other change: write over it
        } catch (const DocumentError &error) {
            setObsolete(true);
            m_session.reportNotDone(text(), {EditOutcome::Kind::WriteFailed, error.message()});
            return;
        }
    }
}

void PlanCommand::refuse(const QString &reason)
{
    setObsolete(true);
    m_session.reportNotDone(text(), {EditOutcome::Kind::Refused, reason});
}

void PlanCommand::requireUnchanged() const
{
    using Check = StoredRow::Check;
    Document &document = repository().document();
    const ChangeLog log(document);
    for (const StoredRow &row : storedRows()) {
        if (row.revision == NotStored) {
            if (row.check == Check::UnchangedOrMissing)
                continue;
            // A removed row does not say who removed it: the latest change stands for it.
            throw StaleEditError(QCoreApplication::translate("PlanCommand", "What “%1” needs").arg(text()),
                                 log.latest());
        }
        if (row.check == Check::Present || row.revision <= *m_seen)
            continue;
        const std::optional<ChangeRecord> change = log.find(row.revision);
        // This window's own later steps were undone before this one (the stack's order): no conflict.
        if (change && change->connection == document.connectionId())
            continue;
        throw StaleEditError(QCoreApplication::translate("PlanCommand", "What “%1” writes").arg(text()), change);
    }
}
