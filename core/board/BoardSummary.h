#pragma once

#include "charts/ChartSeries.h"
#include "model/Confidence.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"
#include "scoring/ProgressRollUp.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The board's numbers for a manager's one look: where the organisation stands, and each team's line. Computed
// from the domain (ProgressBoard's cards, the one status per key result of StatusWords::shown) without widgets,
// so the window, the command line and the tests read the same numbers.
struct BoardSummary {
    // Key results by the status a manager reads: the more worried of pace and stated confidence.
    struct StatusCounts {
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        int noCheckInYet = 0; // neither a pace nor a stated confidence yet
        int total() const { return onTrack + atRisk + offTrack + noCheckInYet; }
        void count(std::optional<Confidence> status);
    };

    struct TeamLine {
        Id id = NoId;
        QString name;
        double progress = 0.0; // ProgressRollUp::team
        double expectedProgress = 0.0;
        double progressChange = 0.0; // the trend: progress now less progress a week before the reference date
        StatusCounts keyResults;
        std::optional<Confidence> statedConfidence; // the most worried its key results' latest check-ins stated
        std::optional<IsoWeek> lastCheckIn;         // none before any
        bool missingCheckIn = false;                // no check-in for the due week (ProgressBoard::build)
        int stalledKeyResults = 0;
    };

    double progress = 0.0; // the cycle's, or the scope team's
    double expectedProgress = 0.0;
    double progressChange = 0.0; // since a week before the reference date
    std::optional<IsoWeek> dueWeek;
    StatusCounts keyResults;
    QList<Id> teamsMissingCheckIn; // in the plan's team order
    QList<Id> stalledKeyResults;   // Scoring::isStalled, team by team
    QList<TeamLine> teams;         // every team with objectives, in the plan's team order

    // `rollUp` is the plan's for `referenceDate`. With a scope team, only that team and the teams below it count,
    // and the organisation's progress is the scope team's.
    static BoardSummary build(const CyclePlan &plan, const ProgressRollUp &rollUp, const KeyResultHistories &histories,
                              QDate referenceDate, Id scopeTeamId = NoId);
};
