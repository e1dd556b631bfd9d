#pragma once

#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"
#include "storage/RemovedItems.h"
#include "storage/Revision.h"

#include <optional>

class Document;

// The plan's writes: objectives, key results, initiatives, and putting removed ones back (undo). Each write is
// one transaction (joining the caller's); writing something that does not exist throws DocumentError.
// Add returns the new id; position -1 appends. Positions number siblings 0, 1, 2 ... (objectives of one team in
// one cycle, key results of one objective, initiatives of one key result). Adding at a position shifts the
// siblings from there on; a position below 0 or past the end appends. Updating with another position or parent
// moves the item (-1: to the end); removing closes the gap. KeyResult::current is not written: it follows the
// check-ins.
class PlanRepository {
public:
    explicit PlanRepository(Document &document);

    Id addObjective(const Objective &objective);
    void updateObjective(const Objective &objective);
    // Sets the parent alone, with none of updateObjective's checks: for rows known to be right otherwise (put back by
    // undo, an import's objectives aligned to later ones, its loops refused already).
    void alignObjective(Id objectiveId, Id parentId);
    void removeObjective(Id objectiveId); // with its key results and initiatives
    // The review's grade (0.0 - 1.0, none: not graded) and its short reason; the rest of the objective stays.
    void gradeObjective(Id objectiveId, std::optional<double> grade, const QString &note);
    Id addKeyResult(const KeyResult &keyResult);
    void updateKeyResult(const KeyResult &keyResult);
    void removeKeyResult(Id keyResultId);
    Id addInitiative(const Initiative &initiative);
    void updateInitiative(const Initiative &initiative);
    void removeInitiative(Id initiativeId);

    // The position after the team's last objective in the cycle, the objective's last key result, the key result's
    // last initiative: where one appended goes.
    int objectivesEnd(Id cycleId, Id teamId) const;
    int keyResultsEnd(Id objectiveId) const;
    int initiativesEnd(Id keyResultId) const;

    // The stored revision of an item (NotStored when it does not exist), to refuse writing over a later change.
    Revision objectiveRevision(Id objectiveId) const;
    Revision keyResultRevision(Id keyResultId) const;
    Revision initiativeRevision(Id initiativeId) const;

    // Undoing removals. Read what a remove* call is about to take away (the item with everything below it, the
    // key results' check-in updates, plan items' links to them, the objectives aligned to a removed objective),
    // then restore() puts back those rows with the same ids and positions. Restoring into a document that has
    // reused one of the ids, or lost the item's parent or a check-in, throws DocumentError and changes nothing.
    RemovedItems objectiveSubtree(Id objectiveId) const;
    RemovedItems keyResultSubtree(Id keyResultId) const;
    RemovedItems initiativeSubtree(Id initiativeId) const;
    void restore(const RemovedItems &items);

private:
    void readKeyResultsBelow(RemovedItems &items, const QString &condition, const QString &key, Id id) const;

    Document &m_document;
};
