#pragma once

#include "model/CheckIn.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"
#include "model/Objective.h"
#include "model/Team.h"
#include "model/TeamReview.h"

#include <QList>
#include <QStringList>

// What an export holds and an import brings: the domain's own types, but every id (and every reference between
// them) is a number local to the file, counted from 1 in file order. Lists are in the order they are written:
// parents before children for teams, display order for objectives, key results and initiatives.
struct ExchangeData {
    QList<Team> teams;
    QList<Cycle> cycles;
    QList<Objective> objectives;
    QList<KeyResult> keyResults;
    QList<Initiative> initiatives;
    QList<CheckIn> checkIns; // check-in ids are not used
    QList<Kpi> kpis;         // kpi ids are not used
    QList<TeamReview> teamReviews;
    // What a damaged document could not give, one sentence each for the user; empty for a sound document.
    QStringList unreadable;
};
