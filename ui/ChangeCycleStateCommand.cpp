#include "ChangeCycleStateCommand.h"

#include "CycleError.h"
#include "CyclePlanner.h"
#include "DocumentError.h"
#include "MessageBoxes.h"
#include "Repository.h"

#include <QCoreApplication>

namespace {

QString failureTitle()
{
    return QCoreApplication::translate("ChangeCycleStateCommand", "Cannot Change Cycle");
}

} // namespace

ChangeCycleStateCommand::ChangeCycleStateCommand(Repository &repository, Id cycleId, CycleState state,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_cycleId(cycleId)
    , m_state(state)
{
}

void ChangeCycleStateCommand::redo()
{
    try {
        CyclePlanner planner(m_repository);
        m_previousState = planner.cycleWithId(m_cycleId).state;
        if (m_state == CycleState::Active)
            planner.activate(m_cycleId);
        else
            planner.close(m_cycleId);
    } catch (const CycleError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    }
}

void ChangeCycleStateCommand::undo()
{
    // Undo goes back along the path the rules allow forwards: no rule check, the previous state was valid.
    try {
        std::optional<Cycle> cycle = m_repository.cycle(m_cycleId);
        if (!cycle)
            return;
        cycle->state = m_previousState;
        m_repository.updateCycle(*cycle);
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    }
}
