#include "checkin/CheckInRules.h"

#include "scoring/Scoring.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

void addTeamsCheckingIn(const CyclePlan &plan, Id objectiveId, QList<Id> &teams)
{
    const Objective *objective = plan.objective(objectiveId);
    if (!objective)
        return;
    if (!plan.keyResultsOf(objectiveId).isEmpty() && !teams.contains(objective->teamId))
        teams.append(objective->teamId);
    for (const qsizetype aligned : plan.alignedObjectives(objectiveId))
        addTeamsCheckingIn(plan, plan.objectives.at(aligned).id, teams);
}

} // namespace

namespace CheckInRules {

QList<Id> teamsCheckingIn(const CyclePlan &plan, Id teamId, Id objectiveId)
{
    QList<Id> teams;
    if (objectiveId != NoId) {
        addTeamsCheckingIn(plan, objectiveId, teams);
        return teams;
    }
    for (const qsizetype objective : plan.objectivesOfTeam(teamId))
        addTeamsCheckingIn(plan, plan.objectives.at(objective).id, teams);
    return teams;
}

QString confidenceLabel(Confidence confidence)
{
    switch (confidence) {
    case Confidence::OnTrack:
        return QCoreApplication::translate("CheckInRules", "On track");
    case Confidence::AtRisk:
        return QCoreApplication::translate("CheckInRules", "At risk");
    case Confidence::OffTrack:
        return QCoreApplication::translate("CheckInRules", "Off track");
    }
    return {};
}

Standing standingAt(const KeyResult &keyResult, const Cycle &cycle, IsoWeek week, double value,
                    const PaceThresholds &thresholds)
{
    Standing standing;
    standing.progress = Scoring::progressAt(keyResult, value);
    standing.expectedProgress = Scoring::expectedProgress(cycle, keyResult, week.friday()); // on its own clock
    standing.pace = Scoring::paceStatus(standing.expectedProgress, standing.progress, thresholds);
    return standing;
}

QList<PlanItem> unfinishedPlans(const CheckIn &checkIn)
{
    QList<PlanItem> plans;
    for (const PlanItem &item : checkIn.items) {
        if (item.kind == PlanItemKind::Plan && !item.done)
            plans.append(item);
    }
    return plans;
}

PlanItem markedDone(PlanItem item, bool done)
{
    item.done = done;
    if (done && item.kind == PlanItemKind::Plan)
        item.kind = PlanItemKind::Progress;
    else if (!done && item.kind == PlanItemKind::Progress)
        item.kind = PlanItemKind::Plan;
    return item;
}

CheckIn normalised(CheckIn checkIn)
{
    QList<PlanItem> items;
    for (PlanItem item : std::as_const(checkIn.items)) {
        item.text = item.text.trimmed();
        item.person = item.person.trimmed();
        if (item.text.isEmpty())
            continue;
        if (item.done && item.kind == PlanItemKind::Plan)
            item = markedDone(item, true);
        items.append(item);
    }
    checkIn.items = items;
    checkIn.lessons = checkIn.lessons.trimmed();
    checkIn.nextPriorities = checkIn.nextPriorities.trimmed();
    for (KeyResultUpdate &update : checkIn.updates)
        update.comment = update.comment.trimmed();
    return checkIn;
}

void mergeUpdate(CheckIn &checkIn, const KeyResultUpdate &update)
{
    const auto existing = std::find_if(checkIn.updates.begin(), checkIn.updates.end(), [&](const KeyResultUpdate &old) {
        return old.keyResultId == update.keyResultId;
    });
    if (existing == checkIn.updates.end())
        checkIn.updates.append(update);
    else
        *existing = update;
}

} // namespace CheckInRules
