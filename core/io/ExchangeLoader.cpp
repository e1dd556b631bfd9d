#include "io/ExchangeLoader.h"

#include "io/ExchangeError.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

// Existing text first; imported text that says something new is added as its own paragraph.
QString mergedText(const QString &existing, const QString &imported)
{
    if (imported.isEmpty() || existing == imported)
        return existing;
    if (existing.isEmpty())
        return imported;
    return existing + QStringLiteral("\n\n") + imported;
}

class Loader {
public:
    Loader(Repository &repository, const ExchangeData &data, QDate today)
        : m_repository(repository)
        , m_data(data)
        , m_today(today)
    {
    }

    ImportSummary run()
    {
        loadTeams();
        loadCycles();
        loadObjectives();
        loadKeyResults();
        loadInitiatives();
        loadCheckIns();
        loadCurrentValues();
        loadKpis();
        loadTeamReviews();
        return m_summary;
    }

private:
    void loadTeams()
    {
        const QList<Team> existing = m_repository.teams().all();
        const Id organisationId = existing.isEmpty() ? NoId : existing.first().id;
        // Matched as TeamRepository::byName does (case-insensitive), without a query per team.
        QHash<QString, Id> teamsByName;
        for (const Team &team : existing) {
            if (!teamsByName.contains(team.name.toCaseFolded()))
                teamsByName.insert(team.name.toCaseFolded(), team.id);
        }
        for (const Team &team : m_data.teams) {
            const QString key = team.name.toCaseFolded();
            if (!teamsByName.contains(key)) {
                Team created = team;
                created.id = NoId;
                created.parentId = team.parentId == NoId ? organisationId : m_teamIds.value(team.parentId);
                teamsByName.insert(key, m_repository.teams().add(created));
                ++m_summary.teamsCreated;
            }
            m_teamIds.insert(team.id, teamsByName.value(key));
        }
    }

    void loadCycles()
    {
        for (const Cycle &cycle : m_data.cycles) {
            if (const std::optional<Cycle> found = m_repository.cycles().byName(cycle.name)) {
                m_cycleIds.insert(cycle.id, found->id);
                m_matchedCycles.insert(found->id);
                continue;
            }
            Cycle created = cycle;
            created.id = NoId;
            m_cycleIds.insert(cycle.id, m_repository.cycles().add(created));
            ++m_summary.cyclesCreated;
        }
    }

    // In file order, so that positions and ids come out as in the file; alignment is set afterwards, since an
    // objective may align to one that comes later.
    void loadObjectives()
    {
        rejectAlignmentLoops();
        QHash<std::pair<Id, Id>, int> objectivesInPlace; // by document cycle and team
        for (const Objective &objective : m_data.objectives) {
            Objective created = objective;
            created.cycleId = m_cycleIds.value(objective.cycleId);
            created.teamId = m_teamIds.value(objective.teamId);
            created.parentId = NoId;
            created.position = -1;
            const std::pair<Id, Id> place{created.cycleId, created.teamId};
            if (!objectivesInPlace.contains(place))
                objectivesInPlace.insert(place, existingObjectives(created.cycleId, created.teamId));
            created.id = m_repository.plan().addObjective(created);
            created.position = objectivesInPlace[place]++; // where appending put it
            m_objectiveIds.insert(objective.id, created.id);
            m_createdObjectives.insert(created.id, created);
            ++m_summary.objectives;
        }
        for (const Objective &objective : m_data.objectives) {
            if (objective.parentId == NoId)
                continue;
            Objective &created = m_createdObjectives[m_objectiveIds.value(objective.id)];
            created.parentId = m_objectiveIds.value(objective.parentId);
            m_repository.plan().updateObjective(created);
        }
    }

    void rejectAlignmentLoops() const
    {
        QHash<Id, Id> parents;
        for (const Objective &objective : m_data.objectives)
            parents.insert(objective.id, objective.parentId);
        for (const Objective &objective : m_data.objectives) {
            Id ancestor = objective.parentId;
            for (qsizetype steps = 0; ancestor != NoId && steps <= parents.size(); ++steps) {
                if (ancestor == objective.id)
                    throw ExchangeError(
                        QCoreApplication::translate("ExchangeLoader",
                                                    "The objective '%1' aligns to itself through its parents.")
                            .arg(objective.title));
                ancestor = parents.value(ancestor, NoId);
            }
        }
    }

    // How many objectives the team had in the cycle before the import: none in a cycle the import created.
    int existingObjectives(Id cycleId, Id teamId)
    {
        if (!m_matchedCycles.contains(cycleId))
            return 0;
        if (!m_existingPlans.contains(cycleId))
            m_existingPlans.insert(cycleId, m_repository.queries().loadCyclePlan(cycleId));
        return int(m_existingPlans[cycleId].objectivesOfTeam(teamId).size());
    }

    void loadKeyResults()
    {
        for (const KeyResult &keyResult : m_data.keyResults) {
            KeyResult created = keyResult;
            created.id = NoId;
            created.objectiveId = m_objectiveIds.value(keyResult.objectiveId);
            created.position = -1;
            // A file written before key results had a day counts them from their cycle's start, as migration 005.
            if (!created.addedOn.isValid())
                created.addedOn = documentCycle(m_createdObjectives.value(created.objectiveId).cycleId).start;
            created.id = m_repository.plan().addKeyResult(created);
            m_keyResultIds.insert(keyResult.id, created.id);
            m_createdKeyResults.append({keyResult.id, created});
            ++m_summary.keyResults;
        }
    }

    void loadInitiatives()
    {
        for (const Initiative &initiative : m_data.initiatives) {
            Initiative created = initiative;
            created.id = NoId;
            created.keyResultId = m_keyResultIds.value(initiative.keyResultId);
            created.position = -1;
            m_repository.plan().addInitiative(created);
            ++m_summary.initiatives;
        }
    }

    void loadCheckIns()
    {
        for (const CheckIn &imported : m_data.checkIns) {
            const Id teamId = m_teamIds.value(imported.teamId);
            CheckIn checkIn;
            checkIn.teamId = teamId;
            checkIn.week = imported.week;
            if (const std::optional<CheckIn> existing = m_repository.checkIns().find(teamId, imported.week))
                checkIn = *existing;
            for (KeyResultUpdate update : imported.updates) {
                update.keyResultId = m_keyResultIds.value(update.keyResultId);
                checkIn.updates.append(update);
            }
            for (PlanItem item : imported.items) {
                item.keyResultId = m_keyResultIds.value(item.keyResultId, NoId);
                checkIn.items.append(item);
            }
            checkIn.lessons = mergedText(checkIn.lessons, imported.lessons);
            checkIn.nextPriorities = mergedText(checkIn.nextPriorities, imported.nextPriorities);
            m_repository.checkIns().save(checkIn);
            ++m_summary.checkIns;
        }
    }

    // The document derives a key result's current value from its latest check-in. A current value with no
    // check-in behind it (CSV, other tools) becomes an update in its team's check-in of the cycle's week nearest
    // to today, so it reads back the same.
    void loadCurrentValues()
    {
        QSet<Id> checkedIn;
        for (const CheckIn &checkIn : m_data.checkIns) {
            for (const KeyResultUpdate &update : checkIn.updates)
                checkedIn.insert(update.keyResultId);
        }
        QMap<std::pair<Id, IsoWeek>, CheckIn> checkIns; // by team and week
        QList<std::pair<Id, IsoWeek>> order;
        for (const auto &[fileId, keyResult] : std::as_const(m_createdKeyResults)) {
            if (!keyResult.current || checkedIn.contains(fileId))
                continue;
            const Objective &objective = m_createdObjectives.value(keyResult.objectiveId);
            const Cycle cycle = documentCycle(objective.cycleId);
            const IsoWeek week = weekNearestToday(cycle);
            const std::pair<Id, IsoWeek> key{objective.teamId, week};
            if (!checkIns.contains(key)) {
                CheckIn checkIn;
                checkIn.teamId = objective.teamId;
                checkIn.week = week;
                if (const std::optional<CheckIn> existing = m_repository.checkIns().find(objective.teamId, week))
                    checkIn = *existing;
                checkIns.insert(key, checkIn);
                order.append(key);
            }
            KeyResultUpdate update;
            update.keyResultId = keyResult.id;
            update.value = *keyResult.current;
            update.confidence = Scoring::paceStatus(Scoring::expectedProgress(cycle, keyResult, week.friday()),
                                                    Scoring::progressAt(keyResult, update.value));
            update.comment = QCoreApplication::translate("ExchangeLoader", "Imported value.");
            checkIns[key].updates.append(update);
        }
        for (const auto &key : std::as_const(order)) {
            m_repository.checkIns().save(checkIns.value(key));
            ++m_summary.checkIns;
        }
    }

    Cycle documentCycle(Id cycleId)
    {
        if (!m_documentCycles.contains(cycleId))
            m_documentCycles.insert(cycleId, m_repository.cycles().byId(cycleId).value_or(Cycle()));
        return m_documentCycles.value(cycleId);
    }

    IsoWeek weekNearestToday(const Cycle &cycle) const
    {
        const QList<IsoWeek> weeks = cycle.checkInWeeks();
        const IsoWeek thisWeek = IsoWeek::containing(m_today);
        if (weeks.isEmpty())
            return thisWeek;
        return std::clamp(thisWeek, weeks.first(), weeks.last());
    }

    void loadKpis()
    {
        for (const Kpi &kpi : m_data.kpis) {
            Kpi created = kpi;
            created.id = NoId;
            created.teamId = m_teamIds.value(kpi.teamId);
            created.values.clear();
            const Id kpiId = m_repository.kpis().add(created);
            for (const KpiValue &value : kpi.values)
                m_repository.kpis().addValue(kpiId, value);
            ++m_summary.kpis;
        }
    }

    void loadTeamReviews()
    {
        for (const TeamReview &imported : m_data.teamReviews) {
            const Id cycleId = m_cycleIds.value(imported.cycleId);
            const Id teamId = m_teamIds.value(imported.teamId);
            TeamReview review;
            review.cycleId = cycleId;
            review.teamId = teamId;
            if (const std::optional<TeamReview> existing = m_repository.reviews().find(cycleId, teamId))
                review = *existing;
            review.performance = mergedText(review.performance, imported.performance);
            review.worked = mergedText(review.worked, imported.worked);
            review.failed = mergedText(review.failed, imported.failed);
            review.startStopContinue = mergedText(review.startStopContinue, imported.startStopContinue);
            review.lessons = mergedText(review.lessons, imported.lessons);
            m_repository.reviews().save(review);
            ++m_summary.teamReviews;
        }
    }

    Repository &m_repository;
    const ExchangeData &m_data;
    QDate m_today;
    ImportSummary m_summary;
    QHash<Id, Id> m_teamIds; // file-local id -> document id, for each kind
    QHash<Id, Id> m_cycleIds;
    QHash<Id, Id> m_objectiveIds;
    QHash<Id, Id> m_keyResultIds;
    QList<std::pair<Id, KeyResult>> m_createdKeyResults; // with their file-local ids
    QHash<Id, Objective> m_createdObjectives;            // by document id
    QHash<Id, Cycle> m_documentCycles;                   // by document id
    QSet<Id> m_matchedCycles;                            // cycles the document had already
    QHash<Id, CyclePlan> m_existingPlans;                // of those, as they were before the import
};

} // namespace

ImportSummary ExchangeLoader::load(Repository &repository, const ExchangeData &data, QDate today)
{
    ImportSummary summary;
    repository.document().transaction([&] { summary = Loader(repository, data, today).run(); });
    return summary;
}
