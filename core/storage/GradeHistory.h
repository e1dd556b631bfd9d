#pragma once

#include "model/Cycle.h"
#include "model/GradedObjective.h"

#include <QList>

class Repository;

// The grades a cycle looks back on (the grades chart): the latest cycles with a graded objective that started by
// its start, annual ones aside, at most MaximumCycles and oldest first, with their graded objectives. Only those
// cycles' grades are read: all of them took a tenth of a switch of cycle at 1,000 teams.
struct GradeHistory {
    static constexpr qsizetype MaximumCycles = 4;

    QList<Cycle> cycles;
    QList<GradedObjective> objectives; // of those cycles (PlanQueries::gradedObjectives)

    // Throws DocumentError.
    static GradeHistory read(const Repository &repository, const Cycle &lookingBackFrom);
};
