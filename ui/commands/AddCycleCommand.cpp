#include "commands/AddCycleCommand.h"

#include "cycles/CyclePlanner.h"
#include "storage/Repository.h"

#include <QCoreApplication>

AddCycleCommand::AddCycleCommand(DocumentSession &session, const Cycle &cycle)
    : PlanCommand(session, NoId,
                  QCoreApplication::translate("AddCycleCommand", "Add Cycle %1").arg(cycle.name.trimmed()))
    , m_cycle(cycle)
{
}

DocumentChange AddCycleCommand::apply()
{
    if (m_cycle.id == NoId)
        m_cycle = CyclePlanner(repository()).add(m_cycle);
    else
        repository().cycles().add(m_cycle); // a redo: the checks passed the first time, on this same document
    return {DocumentChange::Kind::CyclesChanged, m_cycle.id, {}, {}, {}};
}

DocumentChange AddCycleCommand::revert()
{
    repository().cycles().remove(m_cycle.id);
    return {DocumentChange::Kind::CyclesChanged, m_cycle.id, {}, {}, {}};
}
