#include "storage/GradeHistory.h"

#include "storage/Repository.h"

#include <QSet>

GradeHistory GradeHistory::read(const Repository &repository, const Cycle &lookingBackFrom)
{
    GradeHistory history;
    const QSet<Id> gradedCycles = repository.queries().gradedCycles();
    for (const Cycle &cycle : repository.cycles().all()) {
        if (!cycle.annual && cycle.start <= lookingBackFrom.start && gradedCycles.contains(cycle.id))
            history.cycles.append(cycle);
    }
    if (history.cycles.size() > MaximumCycles)
        history.cycles = history.cycles.mid(history.cycles.size() - MaximumCycles);
    QList<Id> cycleIds;
    for (const Cycle &cycle : std::as_const(history.cycles))
        cycleIds.append(cycle.id);
    history.objectives = repository.queries().gradedObjectives(cycleIds);
    return history;
}
