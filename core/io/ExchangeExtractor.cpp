#include "io/ExchangeExtractor.h"

#include "io/ExchangeError.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

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

// Runs one read. A sound document's errors go to the caller; a damaged document's read that fails is counted and
// skipped, so that the rest can still be saved.
class SalvagingReader {
public:
    explicit SalvagingReader(const Document &document)
        : m_damaged(document.isDamaged())
    {
    }

    template <typename Read> bool read(Read &&readPart)
    {
        if (!m_damaged) {
            readPart();
            return true;
        }
        try {
            readPart();
            return true;
        } catch (const DocumentError &) {
            ++m_failures;
            return false;
        }
    }
    // The failures since the last call, cleared.
    int takeFailures() { return std::exchange(m_failures, 0); }

private:
    bool m_damaged;
    int m_failures = 0;
};

QString translated(const char *text, int count = -1)
{
    return QCoreApplication::translate("ExchangeExtractor", text, nullptr, count);
}

} // namespace

ExchangeData ExchangeExtractor::extract(const Repository &repository, std::optional<Id> cycleId, Contents contents)
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

    SalvagingReader reader(repository.document());
    QList<CyclePlan> plans;
    for (const Cycle &cycle : std::as_const(cycles)) {
        CyclePlan plan;
        reader.read([&] { plan = repository.queries().loadCyclePlan(cycle.id); });
        for (const Objective &objective : std::as_const(plan.objectives))
            objectiveIds.assign(objective.id);
        plans.append(plan);
    }
    if (const int lost = reader.takeFailures())
        data.unreadable.append(
            translated("The objectives, key results and initiatives of %n cycle(s) could not be read.", lost));
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
            if (contents == Contents::Plan)
                break;
            std::optional<TeamReview> review;
            reader.read([&] { review = repository.reviews().find(documentCycleId, team.id); });
            if (review) {
                review->cycleId = cycle.id;
                review->teamId = teamIds.of(team.id);
                data.teamReviews.append(*review);
            }
        }
    }
    if (const int lost = reader.takeFailures())
        data.unreadable.append(translated("%n team review(s) could not be read.", lost));

    if (contents == Contents::Plan)
        return data;
    for (const Team &team : teams) {
        QList<CheckIn> checkIns;
        reader.read([&] { checkIns = repository.checkIns().ofTeam(team.id); });
        for (CheckIn checkIn : std::as_const(checkIns)) {
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
    if (const int lost = reader.takeFailures())
        data.unreadable.append(translated("The check-ins of %n team(s) could not be read.", lost));

    if (!cycleId) {
        QList<Kpi> kpis;
        if (!reader.read([&] { kpis = repository.kpis().all(); }))
            data.unreadable.append(translated("The KPIs could not be read."));
        for (Kpi kpi : std::as_const(kpis)) {
            kpi.id = NoId;
            kpi.teamId = teamIds.of(kpi.teamId);
            data.kpis.append(kpi);
        }
    }
    return data;
}
