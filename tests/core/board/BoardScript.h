#pragma once

#include "../storage/StorageTestSupport.h"
#include "charts/ChartSeries.h"
#include "model/CheckIn.h"
#include "model/CyclePlan.h"

#include <QStringList>

// A scripted quarter for the board's tests: Sales and Platform under Acme in 2026 Q3 (1 July to 30 September).
//   Sales:    NPS 20 -> 50; churn 10 -> 5 %; partners 0 -> 3, added on 1 August and never checked in
//   Platform: deploys 0 -> 10
// W29, W30: Platform deploys 1, on track
// W31: Sales NPS 26 on track, churn 9 at risk, problem "Hiring is slow"; Platform deploys 1, on track
// W32: Sales NPS 30 at risk, churn 7 on track, problems "Hiring is slow" and "CRM outage"; Platform misses it
// W33 (checkInWeek33): Sales NPS 30 off track, churn 6 on track, problems "CRM outage" and "Budget frozen";
//      Platform deploys 1, at risk
struct BoardScript : StorageTestSupport::ScratchDocument {
    Id salesId = NoId;
    Id platformId = NoId;
    Id cycleId = NoId;
    Id npsId = NoId;
    Id churnId = NoId;
    Id partnersId = NoId;
    Id deploysId = NoId;

    BoardScript(); // checks in up to W32
    void checkInWeek33();

    CyclePlan plan() const;
    KeyResultHistories histories() const;
    QList<CheckIn> checkInsOfCycle() const;
    // What the board reads for the changes after week `after` up to `upTo` (CheckInRepository::ofWeeksAndBefore).
    QList<CheckIn> checkInsFor(int after, int upTo) const;

    static IsoWeek week(int number) { return {2026, number}; }

private:
    void checkIn(Id teamId, int weekNumber, const QList<KeyResultUpdate> &updates, const QStringList &problems = {});
};
