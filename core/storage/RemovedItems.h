#pragma once

#include "model/Comment.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"

#include <QList>
#include <QString>

// Everything a removal takes out of the document, read just before it, so that PlanRepository::restore can put back
// the very same rows (ids, positions, children, check-in history): what an undo of a delete needs.
struct RemovedItems {
    // One row of kr_updates, as stored: the check-in it belongs to outlives the key result.
    struct StoredUpdate {
        Id id = NoId;
        Id checkInId = NoId;
        int isoYear = 0;
        int isoWeek = 0;
        Id keyResultId = NoId;
        double value = 0.0;
        QString confidence; // the stored text, written back as it was
        QString comment;
    };
    // A plan item of a check-in that linked to a removed key result (the link is set to none on removal).
    struct PlanItemLink {
        Id planItemId = NoId;
        Id keyResultId = NoId;
    };

    QList<Objective> objectives;   // the removed objective, if one was removed
    QList<KeyResult> keyResults;   // ordered by position within each objective
    QList<Initiative> initiatives; // ordered by position within each key result
    QList<StoredUpdate> updates;
    QList<PlanItemLink> planItemLinks;
    QList<Comment> comments;       // on the removed objective and key results
    QList<Id> alignedObjectiveIds; // objectives that were aligned to the removed objective (they lose the link)
};
