#include "ui/support/DocumentFixtures.h"

#include "storage/Document.h"
#include "storage/Repository.h"
#include "ui/support/PlanFixtures.h"

#include <QHash>

namespace {

// Writes the plan's objectives, key results and initiatives into `cycleId`; the plan's ids become new ones.
void writePlan(Repository &repository, const CyclePlan &plan, Id cycleId, const QHash<Id, Id> &teamIds)
{
    QHash<Id, Id> objectiveIds;
    // Parents come before the objectives aligned to them in the fixture's list.
    for (Objective objective : plan.objectives) {
        const Id oldId = objective.id;
        objective.id = NoId;
        objective.cycleId = cycleId;
        objective.teamId = teamIds.value(objective.teamId);
        objective.parentId = objectiveIds.value(objective.parentId, NoId);
        objectiveIds.insert(oldId, repository.plan().addObjective(objective));
    }
    QHash<Id, Id> keyResultIds;
    const QDate cycleStart = repository.cycles().byId(cycleId)->start; // planned with the cycle, not added late
    // Current values live in check-ins: one per team, in the week of August 10th.
    QHash<Id, CheckIn> checkIns;
    for (KeyResult keyResult : plan.keyResults) {
        const Id oldId = keyResult.id;
        const Id teamId = teamIds.value(plan.objective(keyResult.objectiveId)->teamId);
        keyResult.id = NoId;
        keyResult.objectiveId = objectiveIds.value(keyResult.objectiveId);
        keyResult.addedOn = cycleStart;
        const Id newId = repository.plan().addKeyResult(keyResult);
        keyResultIds.insert(oldId, newId);
        if (!keyResult.current)
            continue;
        CheckIn &checkIn = checkIns[teamId];
        checkIn.teamId = teamId;
        checkIn.week = IsoWeek::containing(QDate(2026, 8, 10));
        const LatestCheckIn stated = plan.latestCheckIns.value(oldId);
        checkIn.updates.append({newId, *keyResult.current, stated.confidence, QString()});
    }
    for (const CheckIn &checkIn : std::as_const(checkIns))
        repository.checkIns().save(checkIn);
    for (Initiative initiative : plan.initiatives) {
        initiative.id = NoId;
        initiative.keyResultId = keyResultIds.value(initiative.keyResultId);
        repository.plan().addInitiative(initiative);
    }
}

} // namespace

namespace DocumentFixtures {

void writeAcme(const QString &path, const QList<Cycle> &cycles)
{
    const std::unique_ptr<Document> document = Document::create(path);
    Repository repository(*document);
    const CyclePlan acme = PlanFixtures::acmeQuarter();
    document->transaction([&] {
        QHash<Id, Id> teamIds;
        for (Team team : acme.teams) {
            const Id oldId = team.id;
            team.id = NoId;
            team.parentId = teamIds.value(team.parentId, NoId);
            teamIds.insert(oldId, repository.teams().add(team));
        }
        for (const Cycle &cycle : cycles) {
            const Id cycleId = repository.cycles().add(cycle);
            if (cycle.state == CycleState::Active) {
                writePlan(repository, acme, cycleId, teamIds);
                continue;
            }
            Objective objective;
            objective.cycleId = cycleId;
            objective.teamId = teamIds.value(acme.teams.first().id);
            objective.title = cycle.name + QStringLiteral(" objective");
            repository.plan().addObjective(objective);
        }
    });
}

QList<Cycle> closedAndActiveQuarters()
{
    return {{NoId, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Closed, false},
            {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false}};
}

} // namespace DocumentFixtures
