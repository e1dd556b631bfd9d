#include "ui/support/PlanFixtures.h"

namespace PlanFixtures {

namespace {

Objective objective(Id id, Id teamId, Id parentId, const QString &title, int position)
{
    Objective result;
    result.id = id;
    result.cycleId = 1;
    result.teamId = teamId;
    result.parentId = parentId;
    result.title = title;
    result.position = position;
    return result;
}

KeyResult keyResult(Id id, Id objectiveId, const QString &title, double start, double target,
                    std::optional<double> current, int position)
{
    KeyResult result;
    result.id = id;
    result.objectiveId = objectiveId;
    result.title = title;
    result.start = start;
    result.target = target;
    result.current = current;
    result.position = position;
    return result;
}

Initiative initiative(Id id, Id keyResultId, const QString &title, InitiativeStatus status, int position)
{
    Initiative result;
    result.id = id;
    result.keyResultId = keyResultId;
    result.title = title;
    result.status = status;
    result.position = position;
    return result;
}

} // namespace

CyclePlan acmeQuarter()
{
    CyclePlan plan;
    plan.cycle = {1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};
    plan.teams = {
        {1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Sales")}, {3, 1, QStringLiteral("Engineering")}};
    plan.objectives = {objective(10, 1, NoId, QStringLiteral("Win the mid-market"), 0),
                       objective(11, 1, NoId, QStringLiteral("Be loved by our customers"), 1),
                       objective(20, 2, 10, QStringLiteral("Close more deals"), 0),
                       objective(30, 3, 10, QStringLiteral("Ship reliably"), 1),
                       objective(40, 3, NoId, QStringLiteral("Pay down build debt"), 2)};

    KeyResult deals = keyResult(200, 20, QStringLiteral("Close 10 mid-market deals"), 0, 10, 5, 0);
    deals.unitLabel = QStringLiteral("deals");
    deals.owner = QStringLiteral("Dana");
    KeyResult churn = keyResult(201, 20, QStringLiteral("Reduce churn from 14 % to 10 %"), 14, 10, 12, 1);
    churn.kind = KeyResultKind::Decrease;
    churn.unit = MeasureUnit::Percent;
    churn.unitLabel = QStringLiteral("%");
    KeyResult uptime = keyResult(300, 30, QStringLiteral("Keep uptime above 95 %"), 95, 95, 97, 0);
    uptime.kind = KeyResultKind::KeepAbove;
    uptime.unit = MeasureUnit::Percent;
    uptime.unitLabel = QStringLiteral("%");
    uptime.owner = QStringLiteral("Ines");
    KeyResult buildTime =
        keyResult(400, 40, QStringLiteral("Cut build time from 20 to 10 min"), 20, 10, std::nullopt, 0);
    buildTime.kind = KeyResultKind::Decrease;
    buildTime.unit = MeasureUnit::Time;
    buildTime.unitLabel = QStringLiteral("min");
    plan.keyResults = {deals, churn, uptime, buildTime};

    plan.initiatives = {initiative(3000, 300, QStringLiteral("Add failover"), InitiativeStatus::InProgress, 0),
                        initiative(3001, 300, QStringLiteral("Chaos drills"), InitiativeStatus::Planned, 1)};
    plan.latestCheckIns.insert(
        300, {QDate(2026, 8, 10), Confidence::AtRisk, QStringLiteral("Failover drill slipped a week")});
    plan.rebuildIndex();
    return plan;
}

CyclePlan largeOrganisation(int teams)
{
    constexpr int companyObjectives = 5;
    CyclePlan plan;
    plan.cycle = {1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};
    plan.teams.append({1, NoId, QStringLiteral("Company")});
    Id nextId = 100;
    for (int c = 0; c < companyObjectives; ++c)
        plan.objectives.append(objective(nextId++, 1, NoId, QStringLiteral("Company objective %1").arg(c), c));
    for (int t = 0; t < teams; ++t) {
        const Id teamId = 2 + t;
        plan.teams.append({teamId, 1, QStringLiteral("Team %1").arg(t)});
        for (int o = 0; o < 3; ++o) {
            const Id parentId = plan.objectives[(t * 3 + o) % companyObjectives].id;
            const Id objectiveId = nextId++;
            plan.objectives.append(
                objective(objectiveId, teamId, parentId, QStringLiteral("Objective %1.%2").arg(t).arg(o), o));
            for (int k = 0; k < 4; ++k) {
                const Id keyResultId = nextId++;
                plan.keyResults.append(keyResult(keyResultId, objectiveId, QStringLiteral("Key result %1").arg(k), 0,
                                                 100, double((t + k) % 101), k));
                for (int i = 0; i < 2; ++i)
                    plan.initiatives.append(initiative(nextId++, keyResultId, QStringLiteral("Initiative %1").arg(i),
                                                       InitiativeStatus::Planned, i));
            }
        }
    }
    plan.rebuildIndex();
    return plan;
}

} // namespace PlanFixtures
