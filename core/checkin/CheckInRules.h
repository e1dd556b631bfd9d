#pragma once

#include "model/CheckIn.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/CyclePlan.h"
#include "model/KeyResult.h"
#include "scoring/PaceThresholds.h"

#include <QList>
#include <QString>

#include <optional>

// The weekly check-in's rules that need no document: shared by the form and the command line.
namespace CheckInRules {

// Who a check-in started from a tree item is for: the teams owning key results in the objective and the objectives
// aligned below it, in tree order (a team: below each of its objectives). A company objective has no key results
// of its own: its check-in is the teams' below it. Empty when nothing below has key results.
QList<Id> teamsCheckingIn(const CyclePlan &plan, Id teamId, Id objectiveId);

// For people: "On track" (the stable names, "on-track", are EnumNames').
QString confidenceLabel(Confidence confidence);

// What a value means for a key result in the week: its progress and the pace status beside it.
struct Standing {
    double progress = 0.0;
    double expectedProgress = 0.0;
    Confidence pace = Confidence::OnTrack;
};
Standing standingAt(const KeyResult &keyResult, const Cycle &cycle, IsoWeek week, double value,
                    const PaceThresholds &thresholds = {});

// The plans of a check-in that were not done: offered again the following week, not done.
QList<PlanItem> unfinishedPlans(const CheckIn &checkIn);

// Ticking a plan done moves it to Progress; unticking a progress item puts it back into Plans.
PlanItem markedDone(PlanItem item, bool done);

// What is stored: items with no text dropped, done plans moved to Progress, texts trimmed.
CheckIn normalised(CheckIn checkIn);

// Replaces the check-in's update of that key result, or adds it: the rest of the week's content stays.
void mergeUpdate(CheckIn &checkIn, const KeyResultUpdate &update);

} // namespace CheckInRules
