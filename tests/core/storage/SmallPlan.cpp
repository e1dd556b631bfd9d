#include "core/storage/SmallPlan.h"

namespace StorageTestSupport {

Id SmallPlan::addObjective(const QString &title, Id teamId, Id parentId, int position, Id otherCycle)
{
    Objective objective;
    objective.cycleId = otherCycle == NoId ? cycleId : otherCycle;
    objective.teamId = teamId;
    objective.parentId = parentId;
    objective.title = title;
    objective.position = position;
    return repository.plan().addObjective(objective);
}

Id SmallPlan::addKeyResult(Id objectiveId, const QString &title, int position)
{
    KeyResult keyResult;
    keyResult.objectiveId = objectiveId;
    keyResult.title = title;
    keyResult.target = 10;
    keyResult.position = position;
    return repository.plan().addKeyResult(keyResult);
}

Id SmallPlan::addInitiative(Id keyResultId, const QString &title, int position)
{
    Initiative initiative;
    initiative.keyResultId = keyResultId;
    initiative.title = title;
    initiative.position = position;
    return repository.plan().addInitiative(initiative);
}

void SmallPlan::checkIn(Id teamId, IsoWeek week, Id keyResultId, double value, Confidence confidence)
{
    CheckIn checkIn;
    checkIn.teamId = teamId;
    checkIn.week = week;
    checkIn.updates.append({keyResultId, value, confidence, QString()});
    repository.checkIns().save(checkIn);
}

QStringList SmallPlan::keyResultTitles(Id objectiveId) const
{
    const CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
    QStringList titles;
    for (const qsizetype row : plan.keyResultsOf(objectiveId))
        titles.append(plan.keyResults[row].title);
    return titles;
}

} // namespace StorageTestSupport
