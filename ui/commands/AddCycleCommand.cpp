#include "commands/AddCycleCommand.h"

#include "cycles/CyclePlanner.h"
#include "cycles/CycleRules.h"
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

QList<PlanCommand::StoredRow> AddCycleCommand::storedRows() const
{
    const CycleRepository &cycles = repository().cycles();
    QList<StoredRow> rows;
    for (const Cycle &other : cycles.all()) {
        // The added cycle itself (after a redo), and every cycle the rules would not let it stand beside.
        if (other.id == m_cycle.id || !CycleRules::problemWithNewCycle(m_cycle, {other}).isEmpty())
            rows.append({cycles.revision(other.id), StoredRow::Check::Unchanged});
    }
    return rows;
}

DocumentChange AddCycleCommand::revert()
{
    repository().cycles().remove(m_cycle.id);
    return {DocumentChange::Kind::CyclesChanged, m_cycle.id, {}, {}, {}};
}
