#pragma once

#include "model/Ids.h"
#include "model/Objective.h"
#include "model/Team.h"

#include <QList>

// Where a new OKR goes: the team that owns the objective and the objective it is aligned to (NoId: none).
struct OkrPlacement {
    Id teamId = NoId;
    Id parentObjectiveId = NoId;

    // A new OKR started from `selected`: a team below the selected objective's team contributes to it (the
    // first such team in `teams`); without one, the OKR is a sibling of the selected objective.
    static OkrPlacement from(const Objective &selected, const QList<Team> &teams);
    // The company: the first root team of `teams` (parents come first), NoId without teams.
    static Id companyTeam(const QList<Team> &teams);

    friend bool operator==(const OkrPlacement &, const OkrPlacement &) = default;
};
