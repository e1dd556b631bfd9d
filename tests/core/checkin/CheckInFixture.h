#pragma once

#include "../storage/StorageTestSupport.h"
#include "checkin/CheckInService.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

// A small organisation for the check-in tests: Sales and Platform under Acme; 2026 Q2 closed, 2026 Q3 active;
// "today" is Thursday 2026-08-20, in 2026-W34.
struct CheckInFixture : StorageTestSupport::ScratchDocument {
    QDate today{2026, 8, 20};
    CheckInService service{repository, today};

    Id companyId = NoId;
    Id salesId = NoId;
    Id platformId = NoId;
    Id closedCycleId = NoId;
    Id cycleId = NoId;
    Id npsId = NoId;          // Sales, Q3: 20 -> 50 points
    Id churnId = NoId;        // Sales, Q3: 10 -> 5 %
    Id oldKeyResultId = NoId; // Sales, Q2
    Id uptimeId = NoId;       // Platform, Q3

    CheckInFixture();

    Id addKeyResult(Id cycle, Id teamId, const QString &title, double start, double target);
    // Saves a check-in of the team updating one key result.
    void checkIn(Id teamId, IsoWeek week, Id keyResultId, double value, Confidence confidence = Confidence::OnTrack,
                 const QString &comment = {});

    static IsoWeek week(int number) { return {2026, number}; }
};
