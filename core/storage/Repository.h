#pragma once

#include "model/CheckIn.h"
#include "model/Comment.h"
#include "model/Cycle.h"
#include "model/CyclePlan.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/KeyResultTimelineEntry.h"
#include "model/Kpi.h"
#include "model/Objective.h"
#include "model/Team.h"
#include "model/TeamReview.h"
#include "scoring/Scoring.h"
#include "storage/RemovedItems.h"

#include <QHash>
#include <QList>

#include <optional>

class Document;

// Reads and writes the domain in a Document: shared by the window and the command line.
// Every write is one transaction (joining the caller's when inside Document::transaction), bound parameters only.
// Writes of something that does not exist throw DocumentError.
class Repository {
public:
    explicit Repository(Document &document);

    Document &document() const { return m_document; }

    // Organisation
    QList<Team> teams() const;                                 // ordered so parents come before children
    std::optional<Team> teamByName(const QString &name) const; // exact, case-insensitive
    QString organisationName() const;                          // the root team's name; empty when there are no teams
    Id addTeam(const Team &team);
    void renameTeam(Id teamId, const QString &name);

    // Cycles
    QList<Cycle> cycles() const; // by start date
    std::optional<Cycle> cycle(Id cycleId) const;
    std::optional<Cycle> cycleByName(const QString &name) const;
    std::optional<Cycle> activeCycle() const; // the active quarter (not annual), if any
    Id addCycle(const Cycle &cycle);          // a cycle with an id (an undone addition put back) keeps it
    void updateCycle(const Cycle &cycle);
    // Only an empty cycle (no objectives) may go, with its team reviews: what undoing its addition needs.
    void removeCycle(Id cycleId);

    // One cycle's whole tree in a constant number of queries (5), with every team. Key results' current values
    // and latestCheckIns come from each key result's latest check-in week (dated on that week's Friday).
    // Throws DocumentError when the cycle does not exist.
    CyclePlan loadCyclePlan(Id cycleId) const;

    // Objectives, key results, initiatives: add returns the new id; position -1 appends.
    // Positions number siblings 0, 1, 2 ... (objectives of one team in one cycle, key results of one objective,
    // initiatives of one key result). Adding at a position shifts the siblings from there on; a position below 0 or
    // past the end appends. Updating with another position or parent moves the item (-1: to the end); removing
    // closes the gap. KeyResult::current is not written: it follows the check-ins.
    Id addObjective(const Objective &objective);
    void updateObjective(const Objective &objective);
    void removeObjective(Id objectiveId); // with its key results and initiatives
    // The review's grade (0.0 - 1.0, none: not graded) and its short reason; the rest of the objective stays.
    void gradeObjective(Id objectiveId, std::optional<double> grade, const QString &note);
    Id addKeyResult(const KeyResult &keyResult);
    void updateKeyResult(const KeyResult &keyResult);
    void removeKeyResult(Id keyResultId);
    Id addInitiative(const Initiative &initiative);
    void updateInitiative(const Initiative &initiative);
    void removeInitiative(Id initiativeId);

    // Check-ins: one per team and ISO week; saving again replaces that week's content and keeps its id
    // (CheckIn::id is not read: team and week are the key). The key results' current values follow the latest
    // week's updates.
    Id saveCheckIn(const CheckIn &checkIn);
    std::optional<CheckIn> checkIn(Id teamId, IsoWeek week) const;
    QList<CheckIn> checkInsOfTeam(Id teamId) const; // oldest first
    // One point per check-in week, dated on that week's Friday, oldest first.
    QList<Scoring::ValuePoint> keyResultHistory(Id keyResultId) const;

    // KPIs: a KPI's teamId is NoId when it is company-wide; values are one per day, oldest first.
    QList<Kpi> kpis() const;
    Id addKpi(const Kpi &kpi); // with its values; Kpi::id is not read
    // Team, name, unit, target and trend; the values stay.
    void updateKpi(const Kpi &kpi);
    void removeKpi(Id kpiId); // with its values
    // A removed KPI back with its id and values (undo); an id in use throws.
    void restoreKpi(const Kpi &kpi);
    void addKpiValue(Id kpiId, const KpiValue &value); // one value per day: the same day again replaces it
    // The KPI's values become exactly these, all or none.
    void setKpiValues(Id kpiId, const QList<KpiValue> &values);

    // Reviews
    void saveTeamReview(const TeamReview &review); // one per cycle and team: saving again replaces it
    std::optional<TeamReview> teamReview(Id cycleId, Id teamId) const;
    void removeTeamReview(Id cycleId, Id teamId); // nothing happens when there is none

    // ---- Weekly check-in (issue 6): timelines, removal for undo, who checked in, comments ----
    // What every check-in said about one key result, oldest week first; a key result updated by two teams in one
    // week has two entries. (A cycle's values, one per week: keyResultHistoriesOfCycle.)
    QList<KeyResultTimelineEntry> keyResultTimeline(Id keyResultId) const;
    // Removes a team's check-in of one week with its updates and plan items; nothing when there is none.
    void removeCheckIn(Id teamId, IsoWeek week);
    std::optional<Cycle> cycleOfKeyResult(Id keyResultId) const;
    QList<Id> teamsCheckedIn(IsoWeek week) const;
    // Comments: exactly one of objectiveId / keyResultId set; listed oldest first.
    Id addComment(const Comment &comment);
    void removeComment(Id commentId);
    QList<Comment> commentsOfObjective(Id objectiveId) const;
    QList<Comment> commentsOfKeyResult(Id keyResultId) const;

    // Undoing removals. Read what a remove* call is about to take away (the item with everything below it, the
    // key results' check-in updates, plan items' links to them, the objectives aligned to a removed objective),
    // then restore() puts back those rows with the same ids and positions. Restoring into a document that has
    // reused one of the ids, or lost the item's parent or a check-in, throws DocumentError and changes nothing.
    RemovedItems objectiveSubtree(Id objectiveId) const;
    RemovedItems keyResultSubtree(Id keyResultId) const;
    RemovedItems initiativeSubtree(Id initiativeId) const;
    void restore(const RemovedItems &items);

    // Charts and the progress board: reads over many key results or cycles, one query each.
    // Every key result of the cycle that has check-ins, by id: one point per check-in week as in
    // keyResultHistory, oldest first.
    QHash<Id, QList<Scoring::ValuePoint>> keyResultHistoriesOfCycle(Id cycleId) const;
    QList<Objective> gradedObjectives() const; // of every cycle, those with a grade, by cycle and position

private:
    Document &m_document;
};
