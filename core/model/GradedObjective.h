#pragma once

#include "model/Ids.h"

// An objective's grade with where it belongs: what the grades chart averages per team and cycle, read without the
// objectives' texts.
struct GradedObjective {
    Id objectiveId = NoId;
    Id cycleId = NoId;
    Id teamId = NoId;
    double grade = 0.0;
};
