#include "model/NewPlanItems.h"

#include <QCoreApplication>

Objective NewPlanItems::objectiveOf(Id cycleId, Id teamId)
{
    Objective objective;
    objective.cycleId = cycleId;
    objective.teamId = teamId;
    objective.title = QCoreApplication::translate("NewPlanItems", "New objective");
    objective.position = -1;
    return objective;
}

Objective NewPlanItems::objectiveBeside(const Objective &sibling)
{
    Objective objective = objectiveOf(sibling.cycleId, sibling.teamId);
    objective.parentId = sibling.parentId;
    objective.position = sibling.position + 1;
    return objective;
}

KeyResult NewPlanItems::keyResultOf(Id objectiveId)
{
    KeyResult keyResult;
    keyResult.objectiveId = objectiveId;
    keyResult.title = QCoreApplication::translate("NewPlanItems", "New key result");
    keyResult.target = 100;
    keyResult.position = -1;
    return keyResult;
}

Initiative NewPlanItems::initiativeOf(Id keyResultId)
{
    Initiative initiative;
    initiative.keyResultId = keyResultId;
    initiative.title = QCoreApplication::translate("NewPlanItems", "New initiative");
    initiative.position = -1;
    return initiative;
}

Initiative NewPlanItems::initiativeBeside(const Initiative &sibling)
{
    Initiative initiative = initiativeOf(sibling.keyResultId);
    initiative.position = sibling.position + 1;
    return initiative;
}
