#pragma once

#include "coach/CoachTypes.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"

#include <QList>

// One OKR as the wizard hands it over: the objective with its key results and their initiatives, in order.
// Items with an id exist in the document (the wizard reworks them); NoId marks new ones. Positions and parent ids
// below the objective are set when the draft is written.
struct OkrDraft {
    struct KeyResultPlan {
        KeyResult keyResult;
        QList<Initiative> initiatives;
        QList<CoachFlag> keptFlags; // the coach's flags the team read and chose to keep
    };

    Objective objective;
    QList<KeyResultPlan> keyResults;
};
