#include "core/board/BoardScript.h"

using StorageTestSupport::addKeyResultWithObjective;

namespace {

const QString Ann = QStringLiteral("Ann");

} // namespace

BoardScript::BoardScript()
{
    const Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    platformId = repository.teams().add({NoId, companyId, QStringLiteral("Platform")});
    cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
    const QDate cycleStart(2026, 7, 1);
    npsId = addKeyResultWithObjective(repository, cycleId, salesId, QStringLiteral("Raise NPS"), 20, 50, cycleStart);
    churnId = addKeyResultWithObjective(repository, cycleId, salesId, QStringLiteral("Cut churn"), 10, 5, cycleStart);
    partnersId = addKeyResultWithObjective(repository, cycleId, salesId, QStringLiteral("Win partners"), 0, 3,
                                           QDate(2026, 8, 1));
    deploysId =
        addKeyResultWithObjective(repository, cycleId, platformId, QStringLiteral("Deploy weekly"), 0, 10, cycleStart);

    checkIn(platformId, 29, {{deploysId, 1, Confidence::OnTrack, {}}});
    checkIn(platformId, 30, {{deploysId, 1, Confidence::OnTrack, {}}});
    checkIn(salesId, 31, {{npsId, 26, Confidence::OnTrack, {}}, {churnId, 9, Confidence::AtRisk, {}}},
            {QStringLiteral("Hiring is slow")});
    checkIn(platformId, 31, {{deploysId, 1, Confidence::OnTrack, {}}});
    checkIn(salesId, 32, {{npsId, 30, Confidence::AtRisk, {}}, {churnId, 7, Confidence::OnTrack, {}}},
            {QStringLiteral("Hiring is slow"), QStringLiteral("CRM outage")});
}

void BoardScript::checkInWeek33()
{
    checkIn(salesId, 33, {{npsId, 30, Confidence::OffTrack, {}}, {churnId, 6, Confidence::OnTrack, {}}},
            {QStringLiteral("CRM outage"), QStringLiteral("Budget frozen")});
    checkIn(platformId, 33, {{deploysId, 1, Confidence::AtRisk, {}}});
}

CyclePlan BoardScript::plan() const
{
    return repository.queries().loadCyclePlan(cycleId);
}

KeyResultHistories BoardScript::histories() const
{
    return repository.queries().keyResultHistoriesOfCycle(cycleId);
}

QList<CheckIn> BoardScript::checkInsOfCycle() const
{
    return repository.checkIns().ofWeeks(week(27), week(40));
}

QList<CheckIn> BoardScript::checkInsFor(int after, int upTo) const
{
    return repository.checkIns().ofWeeksAndBefore(week(27), week(after).next(), week(upTo));
}

void BoardScript::checkIn(Id teamId, int weekNumber, const QList<KeyResultUpdate> &updates, const QStringList &problems)
{
    CheckIn checkIn{NoId, teamId, week(weekNumber), updates, {}, {}, {}};
    for (const QString &problem : problems)
        checkIn.items.append({Ann, PlanItemKind::Problem, problem, NoId, false});
    repository.checkIns().save(checkIn);
}
