#pragma once

#include "charts/ChartSeries.h"
#include "model/CheckIn.h"
#include "model/Confidence.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"
#include "scoring/Scoring.h"

#include <QList>
#include <QString>

#include <utility>

// What changed on the board after week `after` up to week `upTo` (included): one week, or three for a manager
// back from holiday. Values and confidences come from the key results' histories, problems and missed check-ins
// from the check-ins of those weeks and each team's latest one before them (CheckInRepository::ofWeeksAndBefore;
// more check-ins of the cycle change nothing), with no query of its own.
struct WeekChanges {
    struct ValueMove {
        Id keyResultId = NoId;
        double from = 0.0;           // its value at the end of `after` (its start before any check-in)
        double to = 0.0;             // its latest value up to `upTo`
        double progressChange = 0.0; // progress at `to` less progress at `from`
        double expectedChange = 0.0; // the progress its pace expected over those weeks
    };

    struct ConfidenceChange {
        Id keyResultId = NoId;
        Confidence from = Confidence::OnTrack; // stated up to `after`
        Confidence to = Confidence::OnTrack;   // stated last after `after` up to `upTo`
        bool isBetter() const { return Scoring::moreWorried(from, to) == from; }
    };

    // A Problems line a team wrote that its check-in before did not have.
    struct NewProblem {
        Id teamId = NoId;
        IsoWeek week;
        QString person;
        QString text;
    };

    IsoWeek after;
    IsoWeek upTo;
    QList<ValueMove> valueMoves;               // in the plan's key result order
    QList<ConfidenceChange> confidenceChanges; // likewise; only key results stated on both sides
    QList<NewProblem> newProblems;             // by week, then as the check-ins list them
    QList<Id> teamsMissingCheckIn;             // teams with key results and no check-in for `upTo`, plan order

    // The cycle's check-in weeks begun by `referenceDate`: those the board may compare. None without dates.
    static QList<IsoWeek> weeksBegun(const Cycle &cycle, QDate referenceDate);
    // The weeks the board compares until the user chooses others: the week due by `referenceDate` (while none is
    // due, the first begun) after the week before it. Invalid weeks while none of the cycle's weeks has begun.
    static std::pair<IsoWeek, IsoWeek> usualWeeks(const Cycle &cycle, QDate referenceDate);
    // With a scope team, only that team and the teams below it count.
    static WeekChanges build(const CyclePlan &plan, const KeyResultHistories &histories, const QList<CheckIn> &checkIns,
                             IsoWeek after, IsoWeek upTo, Id scopeTeamId = NoId);
};
