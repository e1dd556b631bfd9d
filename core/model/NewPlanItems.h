#pragma once

#include "model/Ids.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"

// What an objective, key result or initiative added from the plan starts as, before the user names it: a
// placeholder title, and a place among its siblings (position -1: after the last).
namespace NewPlanItems {

// An objective of `teamId` in `cycleId`, aligned to nothing.
Objective objectiveOf(Id cycleId, Id teamId);
// An objective right after `sibling`, in its cycle, team and alignment.
Objective objectiveBeside(const Objective &sibling);
// A key result of `objectiveId`, measured up to 100.
KeyResult keyResultOf(Id objectiveId);
// An initiative for `keyResultId`.
Initiative initiativeOf(Id keyResultId);
// An initiative right after `sibling`, for the same key result.
Initiative initiativeBeside(const Initiative &sibling);

} // namespace NewPlanItems
