#pragma once

#include "model/CyclePlan.h"
#include "model/GradedObjective.h"
#include "model/KeyResultTimelineEntry.h"
#include "model/Objective.h"
#include "model/ObjectiveOutline.h"
#include "scoring/Scoring.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class Document;

// Read-only views over the plan and its check-ins, each in a fixed number of queries whatever the plan's size:
// what the tree, board, charts, histories and reports read.
class PlanQueries {
public:
    explicit PlanQueries(Document &document);

    // One cycle's whole tree in a constant number of queries (5), with every team. Key results' current values
    // and latestCheckIns come from each key result's latest check-in week (dated on that week's Friday).
    // With `onlyTeam`, that team's objectives alone, with their key results and initiatives: what one team's
    // check-in or notes read, without the 999 other teams' rows. Throws DocumentError when the cycle does not exist.
    CyclePlan loadCyclePlan(Id cycleId, std::optional<Id> onlyTeam = std::nullopt) const;
    // The first part of that: the cycle, every team and the cycle's objectives, without key results or initiatives
    // (two queries): what choosing where an objective goes needs. Throws DocumentError when the cycle does not exist.
    CyclePlan loadCycleObjectives(Id cycleId, std::optional<Id> onlyTeam = std::nullopt) const;
    // The two parts of loadCyclePlan, for a reader that takes them from two connections at once (ShownPlan) or
    // needs no initiatives (a report's summary): the plan without its initiatives and not indexed (add them, then
    // CyclePlan::rebuildIndex), and the cycle's initiatives (or its team's) in the plan's order.
    CyclePlan loadCyclePlanWithoutInitiatives(Id cycleId, std::optional<Id> onlyTeam = std::nullopt) const;
    QList<Initiative> initiativesOfCycle(Id cycleId, std::optional<Id> onlyTeam = std::nullopt) const;
    // loadCyclePlan(cycleId, teamId) without the document's teams (plan.teams is empty): one team's part of a
    // report, read as its pages are written, in as few rows as it prints.
    CyclePlan loadTeamPlan(Id cycleId, Id teamId) const;
    // The cycle's objectives, key results (current values as in loadCyclePlan) or initiatives in loadCyclePlan's
    // order, each handed to `visit` as its row is read, never the whole list: what an export writes. A cycle that
    // does not exist has none. `visit` must not read the document (the cursor is still open).
    void eachObjective(Id cycleId, const std::function<void(const Objective &)> &visit) const;
    void eachKeyResult(Id cycleId, const std::function<void(const KeyResult &)> &visit) const;
    void eachInitiative(Id cycleId, const std::function<void(const Initiative &)> &visit) const;
    // The same records in the tree's order, nested: each objective followed by its key results, each key result
    // followed by its initiatives. Three cursors read side by side, so that a writer of nested rows (CSV) holds one
    // record at a time. The visits must not read the document.
    void eachInTreeOrder(Id cycleId, const std::function<void(const Objective &)> &visitObjective,
                         const std::function<void(const KeyResult &)> &visitKeyResult,
                         const std::function<void(const Initiative &)> &visitInitiative) const;
    // The outline of each of the cycle's objectives, in eachObjective's order, by counts over the indexes: what an
    // export that nests key results and initiatives under their objective numbers its rows with before writing them.
    void eachObjectiveOutline(Id cycleId, const std::function<void(const ObjectiveOutline &)> &visit) const;

    // The objective of that id, if the document has it.
    std::optional<Objective> objective(Id objectiveId) const;
    // Of the objectives from `firstId` on that align to one with a later id, the first that is among its own parents:
    // what an import checks after aligning its objectives to ones the file gave later. Every loop has such an
    // objective.
    std::optional<Id> firstAlignedToItself(Id firstId) const;

    // One point per check-in week, dated on that week's Friday, oldest first.
    QList<Scoring::ValuePoint> keyResultHistory(Id keyResultId) const;
    // The ids of the key results of `teamId`'s objectives in the cycle: what a check-in may update, without the
    // plan around them.
    QSet<Id> keyResultIdsOfTeam(Id cycleId, Id teamId) const;
    // Every key result of the cycle (or of `onlyTeam`'s objectives in it) that has check-ins, by id: one point per
    // check-in week as in keyResultHistory, oldest first.
    QHash<Id, QList<Scoring::ValuePoint>> keyResultHistoriesOfCycle(Id cycleId,
                                                                    std::optional<Id> onlyTeam = std::nullopt) const;
    // What every check-in said about one key result, oldest week first; a key result updated by two teams in one
    // week has two entries. (A cycle's values, one per week: keyResultHistoriesOfCycle.)
    QList<KeyResultTimelineEntry> keyResultTimeline(Id keyResultId) const;
    // The cycles with a graded objective, and the graded objectives of `cycleIds`, in that order, then by team and
    // position: the grades chart reads only the few cycles it shows.
    QSet<Id> gradedCycles() const;
    QList<GradedObjective> gradedObjectives(const QList<Id> &cycleIds) const;
    // Every owner name the document's key results and initiatives use, once each (letter case aside, as first
    // written), in alphabetical order: what owner fields offer to complete.
    QStringList ownerNames() const;

private:
    enum class Teams { Read, Skipped };

    // loadCycleObjectives before indexing: a whole plan is indexed once, with everything read.
    CyclePlan readCycleObjectives(Id cycleId, std::optional<Id> onlyTeam, Teams teams = Teams::Read) const;
    CyclePlan readWithoutInitiatives(Id cycleId, std::optional<Id> onlyTeam, Teams teams) const;

    Document &m_document;
};
