#include "cycles/CyclePlanner.h"

#include "cycles/CarriedKeyResult.h"
#include "cycles/CycleError.h"
#include "cycles/CycleRules.h"
#include "scoring/ProgressRollUp.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

CyclePlanner::CyclePlanner(Repository &repository, QDate today)
    : m_repository(repository)
    , m_today(today)
{
}

Cycle CyclePlanner::proposedNextQuarter() const
{
    return CycleRules::proposedNextQuarter(m_repository.cycles().all(), m_today);
}

Cycle CyclePlanner::cycleNamed(const QString &name) const
{
    if (std::optional<Cycle> found = m_repository.cycles().byName(name.trimmed()))
        return *found;
    QStringList names;
    for (const Cycle &cycle : m_repository.cycles().all())
        names.append(cycle.name);
    throw CycleError(QCoreApplication::translate("CyclePlanner", "There is no cycle named “%1”. The cycles are: %2.")
                         .arg(name, names.isEmpty() ? QCoreApplication::translate("CyclePlanner", "none")
                                                    : names.join(QStringLiteral(", "))));
}

Cycle CyclePlanner::cycleWithId(Id cycleId) const
{
    if (std::optional<Cycle> found = m_repository.cycles().byId(cycleId))
        return *found;
    throw CycleError(QCoreApplication::translate("CyclePlanner", "The cycle %1 does not exist.").arg(cycleId));
}

Cycle CyclePlanner::add(Cycle cycle)
{
    cycle.id = NoId;
    cycle.name = cycle.name.trimmed();
    cycle.state = CycleState::Planning;
    m_repository.document().transaction([&] {
        const QString problem = CycleRules::problemWithNewCycle(cycle, m_repository.cycles().all());
        if (!problem.isEmpty())
            throw CycleError(problem);
        cycle.id = m_repository.cycles().add(cycle);
    });
    return cycle;
}

Cycle CyclePlanner::activate(Id cycleId)
{
    return changeState(cycleId, CycleState::Active);
}

Cycle CyclePlanner::close(Id cycleId)
{
    return changeState(cycleId, CycleState::Closed);
}

Cycle CyclePlanner::changeState(Id cycleId, CycleState state)
{
    Cycle cycle;
    m_repository.document().transaction([&] {
        cycle = cycleWithId(cycleId);
        const QString problem = CycleRules::problemWithTransition(cycle, state, m_repository.cycles().all());
        if (!problem.isEmpty())
            throw CycleError(problem);
        cycle.state = state;
        m_repository.cycles().update(cycle);
    });
    return cycle;
}

QList<Id> CyclePlanner::unfinishedObjectives(Id cycleId) const
{
    const CyclePlan plan = m_repository.queries().loadCyclePlan(cycleId);
    const ProgressRollUp rollUp(plan);
    QList<Id> unfinished;
    for (const Objective &objective : plan.objectives) {
        if (!CycleRules::isFinished(objective, rollUp.objective(objective.id)))
            unfinished.append(objective.id);
    }
    return unfinished;
}

QList<Id> CyclePlanner::carryOver(Id fromCycleId, Id toCycleId, const QList<Id> &objectiveIds)
{
    const Cycle from = cycleWithId(fromCycleId);
    const Cycle to = cycleWithId(toCycleId);
    if (from.state == CycleState::Planning)
        throw CycleError(
            QCoreApplication::translate("CyclePlanner", "“%1” is still in planning: carry over from a cycle that ran.")
                .arg(from.name));
    if (to.id == from.id || to.start <= from.start)
        throw CycleError(
            QCoreApplication::translate("CyclePlanner", "Objectives carry over into a later cycle than “%1”.")
                .arg(from.name));
    if (to.state == CycleState::Closed)
        throw CycleError(
            QCoreApplication::translate("CyclePlanner", "“%1” is closed: carry objectives into a cycle that is not.")
                .arg(to.name));

    const CyclePlan plan = m_repository.queries().loadCyclePlan(fromCycleId);
    for (const Id objectiveId : objectiveIds) {
        if (!plan.objective(objectiveId))
            throw CycleError(QCoreApplication::translate("CyclePlanner", "The objective %1 is not in “%2”.")
                                 .arg(QString::number(objectiveId), from.name));
    }

    QHash<Id, Id> copyOf; // source objective -> its copy
    m_repository.document().transaction([&] {
        for (const Id objectiveId : objectiveIds)
            carryObjective(plan, objectiveIds, objectiveId, toCycleId, copyOf);
    });
    QList<Id> copies;
    for (const Id objectiveId : objectiveIds)
        copies.append(copyOf.value(objectiveId));
    return copies;
}

void CyclePlanner::carryObjective(const CyclePlan &plan, const QList<Id> &chosen, Id objectiveId, Id toCycleId,
                                  QHash<Id, Id> &copyOf)
{
    if (copyOf.contains(objectiveId))
        return;
    const Objective &source = *plan.objective(objectiveId);
    // A chosen parent first, so the child can be aligned to the parent's copy.
    if (chosen.contains(source.parentId))
        carryObjective(plan, chosen, source.parentId, toCycleId, copyOf);

    Objective copy = source;
    copy.id = NoId;
    copy.cycleId = toCycleId;
    copy.position = -1;
    copy.grade.reset();
    copy.gradeNote.clear();
    if (copyOf.contains(source.parentId))
        copy.parentId = copyOf.value(source.parentId);
    else if (plan.objective(source.parentId))
        copy.parentId = NoId; // its parent stays behind in the old cycle
    const Id copyId = m_repository.plan().addObjective(copy);
    copyOf.insert(objectiveId, copyId);

    for (const qsizetype row : plan.keyResultsOf(objectiveId)) {
        KeyResult keyResult = CarriedKeyResult::carried(plan.keyResults.at(row));
        keyResult.id = NoId;
        keyResult.objectiveId = copyId;
        keyResult.position = -1;
        m_repository.plan().addKeyResult(keyResult);
    }
}
