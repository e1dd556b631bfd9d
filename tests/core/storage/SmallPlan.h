#pragma once

#include "core/storage/StorageTestSupport.h"

#include <QStringList>

namespace StorageTestSupport {

// A fresh document with a company, its Sales team and an active quarter, and helpers that add plan items and
// check-ins to it: the fixture of the repository tests.
struct SmallPlan : ScratchDocument {

    Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    Id cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});

    // In the quarter, or in `otherCycle`.
    Id addObjective(const QString &title, Id teamId, Id parentId = NoId, int position = -1, Id otherCycle = NoId);
    Id addKeyResult(Id objectiveId, const QString &title, int position = -1);
    Id addInitiative(Id keyResultId, const QString &title, int position = -1);
    void checkIn(Id teamId, IsoWeek week, Id keyResultId, double value, Confidence confidence = Confidence::OnTrack);
    QStringList keyResultTitles(Id objectiveId) const;
};

} // namespace StorageTestSupport
