#include "commands/ChangeCycleStateCommand.h"

#include "cycles/CyclePlanner.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace {

QString stepText(const Cycle &cycle, CycleState state)
{
    return (state == CycleState::Active ? QCoreApplication::translate("ChangeCycleStateCommand", "Activate %1")
                                        : QCoreApplication::translate("ChangeCycleStateCommand", "Close %1"))
        .arg(cycle.name);
}

} // namespace

ChangeCycleStateCommand::ChangeCycleStateCommand(DocumentSession &session, const Cycle &cycle, CycleState state)
    : PlanCommand(session, cycle.id, stepText(cycle, state))
    , m_state(state)
{
}

DocumentChange ChangeCycleStateCommand::apply()
{
    CyclePlanner planner(repository());
    m_previousState = planner.cycleWithId(cycleId()).state;
    if (m_state == CycleState::Active)
        planner.activate(cycleId());
    else
        planner.close(cycleId());
    return {DocumentChange::Kind::CyclesChanged, cycleId(), {}, {}, {}};
}

QList<PlanCommand::StoredRow> ChangeCycleStateCommand::storedRows() const
{
    return {{repository().cycles().revision(cycleId()), StoredRow::Check::Unchanged}};
}

DocumentChange ChangeCycleStateCommand::revert()
{
    // Undo goes back along the path the rules allow forwards: no rule check, the previous state was valid.
    Cycle cycle = CyclePlanner(repository()).cycleWithId(cycleId());
    cycle.state = m_previousState;
    repository().cycles().update(cycle);
    return {DocumentChange::Kind::CyclesChanged, cycleId(), {}, {}, {}};
}
