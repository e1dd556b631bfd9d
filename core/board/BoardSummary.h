#pragma once

#include "board/ProgressBoard.h"
#include "charts/ChartSeries.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"
#include "scoring/ProgressRollUp.h"

#include <QDate>
#include <QList>

#include <optional>

// The board's numbers for a manager's one look: where the organisation stands, and each team's line. Computed
// from the domain (ProgressBoard's cards, the one status per key result of StatusWords::shown) without widgets,
// so the window, the command line and the tests read the same numbers.
struct BoardSummary {
    // A team's card with the trend: progress now less progress a week before the reference date.
    struct TeamLine : ProgressBoard::TeamCard {
        double progressChange = 0.0;
    };

    double progress = 0.0; // the cycle's, or the scope team's
    double expectedProgress = 0.0;
    double progressChange = 0.0; // since a week before the reference date
    std::optional<IsoWeek> dueWeek;
    ProgressBoard::StatusCounts keyResults;
    QList<Id> teamsMissingCheckIn; // in the plan's team order
    QList<Id> stalledKeyResults;   // Scoring::isStalled, team by team
    QList<TeamLine> teams;         // every team with objectives, in the plan's team order

    // `rollUp` is the plan's for `referenceDate`. With a scope team, only that team and the teams below it count,
    // and the organisation's progress is the scope team's.
    static BoardSummary build(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                              QDate referenceDate, Id scopeTeamId = NoId);

    // Key results by status as they stood on `day`: each at its value then, with the confidence its team stated
    // last up to then (both from `histories`). Those added after `day` did not count yet. A week before the
    // reference date, compared with `keyResults`, it is the change since last week.
    static ProgressBoard::StatusCounts keyResultsOn(const CyclePlan &plan, const KeyResultHistories &histories,
                                                    QDate day, Id scopeTeamId = NoId,
                                                    const PaceThresholds &thresholds = {});
};
