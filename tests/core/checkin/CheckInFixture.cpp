#include "core/checkin/CheckInFixture.h"

CheckInFixture::CheckInFixture()
{
    companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    platformId = repository.teams().add({NoId, companyId, QStringLiteral("Platform")});
    closedCycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Closed, false});
    cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
    npsId = addKeyResult(cycleId, salesId, QStringLiteral("Raise NPS from 20 to 50"), 20, 50);
    churnId = addKeyResult(cycleId, salesId, QStringLiteral("Cut churn from 10% to 5%"), 10, 5);
    oldKeyResultId = addKeyResult(closedCycleId, salesId, QStringLiteral("Sign 5 partners"), 0, 5);
    uptimeId = addKeyResult(cycleId, platformId, QStringLiteral("Keep uptime above 99.9%"), 99.9, 99.9);
}

Id CheckInFixture::addKeyResult(Id cycle, Id teamId, const QString &title, double start, double target)
{
    return StorageTestSupport::addKeyResultWithObjective(repository, cycle, teamId, title, start, target);
}

void CheckInFixture::checkIn(Id teamId, IsoWeek week, Id keyResultId, double value, Confidence confidence,
                             const QString &comment)
{
    CheckIn checkIn = repository.checkIns().find(teamId, week).value_or(CheckIn{NoId, teamId, week, {}, {}, {}, {}});
    checkIn.updates.append({keyResultId, value, confidence, comment});
    repository.checkIns().save(checkIn);
}
