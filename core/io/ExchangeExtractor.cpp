#include "io/ExchangeExtractor.h"

#include "io/ExchangeError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Document ids to file-local ids, counted from 1 in the order they are met.
class LocalIds {
public:
    Id assign(Id documentId)
    {
        const Id local = m_local.size() + 1;
        m_local.insert(documentId, local);
        return local;
    }
    Id of(Id documentId) const { return m_local.value(documentId, NoId); }
    bool contains(Id documentId) const { return m_local.contains(documentId); }

private:
    QHash<Id, Id> m_local;
};

} // namespace

ExchangeData ExchangeExtractor::extract(const Repository &repository, std::optional<Id> cycleId)
{
    ExchangeData data;
    LocalIds teamIds;
    LocalIds cycleIds;
    LocalIds objectiveIds;
    LocalIds keyResultIds;

    const QList<Team> teams = repository.teams().all();
    for (Team team : teams) {
        team.id = teamIds.assign(team.id);
        team.parentId = teamIds.of(team.parentId);
        data.teams.append(team);
    }

    QList<Cycle> cycles;
    if (cycleId) {
        const std::optional<Cycle> cycle = repository.cycles().byId(*cycleId);
        if (!cycle)
            throw ExchangeError(
                QCoreApplication::translate("ExchangeExtractor", "The cycle to export does not exist."));
        cycles.append(*cycle);
    } else {
        cycles = repository.cycles().all();
    }

    QList<CyclePlan> plans;
    for (const Cycle &cycle : std::as_const(cycles)) {
        plans.append(repository.queries().loadCyclePlan(cycle.id));
        for (const Objective &objective : std::as_const(plans.last().objectives))
            objectiveIds.assign(objective.id);
    }
    for (qsizetype index = 0; index < cycles.size(); ++index) {
        Cycle cycle = cycles.at(index);
        const Id documentCycleId = cycle.id;
        cycle.id = cycleIds.assign(documentCycleId);
        data.cycles.append(cycle);
        const CyclePlan &plan = plans.at(index);
        for (Objective objective : plan.objectives) {
            objective.id = objectiveIds.of(objective.id);
            objective.cycleId = cycle.id;
            objective.teamId = teamIds.of(objective.teamId);
            objective.parentId = objectiveIds.of(objective.parentId);
            data.objectives.append(objective);
        }
        for (KeyResult keyResult : plan.keyResults) {
            keyResult.id = keyResultIds.assign(keyResult.id);
            keyResult.objectiveId = objectiveIds.of(keyResult.objectiveId);
            data.keyResults.append(keyResult);
        }
        for (Initiative initiative : plan.initiatives) {
            initiative.id = data.initiatives.size() + 1;
            initiative.keyResultId = keyResultIds.of(initiative.keyResultId);
            data.initiatives.append(initiative);
        }
        for (const Team &team : teams) {
            if (std::optional<TeamReview> review = repository.reviews().find(documentCycleId, team.id)) {
                review->cycleId = cycle.id;
                review->teamId = teamIds.of(team.id);
                data.teamReviews.append(*review);
            }
        }
    }

    for (const Team &team : teams) {
        for (CheckIn checkIn : repository.checkIns().ofTeam(team.id)) {
            if (cycleId && !cycles.first().hasCheckInWeek(checkIn.week))
                continue;
            checkIn.id = NoId;
            checkIn.teamId = teamIds.of(team.id);
            QList<KeyResultUpdate> updates;
            for (KeyResultUpdate update : std::as_const(checkIn.updates)) {
                if (!keyResultIds.contains(update.keyResultId))
                    continue; // a key result of another cycle
                update.keyResultId = keyResultIds.of(update.keyResultId);
                updates.append(update);
            }
            checkIn.updates = updates;
            for (PlanItem &item : checkIn.items)
                item.keyResultId = keyResultIds.of(item.keyResultId);
            data.checkIns.append(checkIn);
        }
    }

    if (!cycleId) {
        for (Kpi kpi : repository.kpis().all()) {
            kpi.id = NoId;
            kpi.teamId = teamIds.of(kpi.teamId);
            data.kpis.append(kpi);
        }
    }
    return data;
}
