#include "io/ExchangeLoader.h"

#include "io/ExchangeError.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <tuple>
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

} // namespace

ExchangeLoader::ExchangeLoader(Repository &repository, QDate today)
    : m_repository(repository)
    , m_appender(repository.document())
    , m_today(today)
    , m_keyResultPositions([this](Id objectiveId) {
        m_appender.flush();
        return m_repository.plan().keyResultsEnd(objectiveId);
    })
    , m_initiativePositions([this](Id keyResultId) {
        m_appender.flush();
        return m_repository.plan().initiativesEnd(keyResultId);
    })
    , m_importedValueComment(QCoreApplication::translate("ExchangeLoader", "Imported value."))
{
    const QList<Team> existing = m_repository.teams().all();
    m_organisationId = existing.isEmpty() ? NoId : existing.first().id;
    for (const Team &team : existing) {
        if (!m_teamsByName.contains(team.name.toCaseFolded()))
            m_teamsByName.insert(team.name.toCaseFolded(), team.id);
    }
}

void ExchangeLoader::addTeam(const Team &team)
{
    const QString key = team.name.toCaseFolded();
    if (!m_teamsByName.contains(key)) {
        Team created = team;
        created.id = NoId;
        created.parentId = team.parentId == NoId ? m_organisationId : m_teamIds.value(team.parentId);
        m_teamsByName.insert(key, m_repository.teams().add(created));
        ++m_summary.teamsCreated;
    }
    m_teamIds.insert(team.id, m_teamsByName.value(key));
}

void ExchangeLoader::addCycle(const Cycle &cycle)
{
    if (const std::optional<Cycle> found = m_repository.cycles().byName(cycle.name)) {
        m_cycleIds.insert(cycle.id, found->id);
        m_matchedCycles.insert(found->id);
        return;
    }
    Cycle created = cycle;
    created.id = NoId;
    m_cycleIds.insert(cycle.id, m_repository.cycles().add(created));
    ++m_summary.cyclesCreated;
}

// In file order, so that positions and ids come out as in the file. An objective aligned to one already added is
// added aligned; one aligned to an objective further on waits for finish().
void ExchangeLoader::addObjective(const Objective &objective)
{
    Objective created = objective;
    created.cycleId = m_cycleIds.value(objective.cycleId);
    created.teamId = m_teamIds.value(objective.teamId);
    created.parentId = m_objectiveIds.value(objective.parentId, NoId);
    const std::pair<Id, Id> place{created.cycleId, created.teamId};
    if (!m_objectivesInPlace.contains(place))
        m_objectivesInPlace.insert(place, existingObjectives(created.cycleId, created.teamId));
    created.position = m_objectivesInPlace[place]++; // appended
    created.id = m_appender.addObjective(created);
    m_objectiveIds.insert(objective.id, created.id);
    if (m_placeRuns.isEmpty() || m_placeRuns.last().cycleId != created.cycleId ||
        m_placeRuns.last().teamId != created.teamId)
        m_placeRuns.append({created.id, created.cycleId, created.teamId});
    if (objective.parentId != NoId && created.parentId == NoId)
        m_deferredAlignments.append({created.id, objective.parentId});
    ++m_summary.objectives;
}

void ExchangeLoader::alignDeferredObjectives()
{
    if (m_deferredAlignments.isEmpty())
        return;
    for (const DeferredAlignment &alignment : std::as_const(m_deferredAlignments))
        m_repository.plan().alignObjective(alignment.id, m_objectiveIds.value(alignment.fileParentId));
    // Refused once aligned: the whole import is undone.
    if (const std::optional<Id> looping = m_repository.queries().firstAlignedToItself(m_deferredAlignments.first().id))
        throw ExchangeError(
            QCoreApplication::translate("ExchangeLoader", "The objective '%1' aligns to itself through its parents.")
                .arg(m_repository.queries().objective(*looping).value_or(Objective()).title));
}

// How many objectives the team had in the cycle before the import: none in a cycle the import created. Asked when
// the import first adds one there, so none of the import's own are among them.
int ExchangeLoader::existingObjectives(Id cycleId, Id teamId)
{
    return m_matchedCycles.contains(cycleId) ? m_repository.plan().objectivesEnd(cycleId, teamId) : 0;
}

const ExchangeLoader::PlaceRun &ExchangeLoader::placeOf(Id objectiveId) const
{
    const auto after =
        std::upper_bound(m_placeRuns.cbegin(), m_placeRuns.cend(), objectiveId,
                         [](Id objective, const PlaceRun &run) { return objective < run.firstObjectiveId; });
    return *std::prev(after); // key results belong to objectives the import added
}

void ExchangeLoader::addKeyResult(const KeyResult &keyResult)
{
    KeyResult created = keyResult;
    created.id = NoId;
    created.objectiveId = m_objectiveIds.value(keyResult.objectiveId);
    created.position = m_keyResultPositions.next(created.objectiveId); // its objective is new: appended
    // A file written before key results had a day counts them from their cycle's start, as migration 005.
    if (!created.addedOn.isValid())
        created.addedOn = documentCycle(placeOf(created.objectiveId).cycleId).start;
    created.id = m_appender.addKeyResult(created);
    m_keyResultIds.insert(keyResult.id, created.id);
    if (created.current)
        keepCurrentValue(created);
    ++m_summary.keyResults;
}

void ExchangeLoader::keepCurrentValue(const KeyResult &created)
{
    const auto [firstObjectiveId, cycleId, teamId] = placeOf(created.objectiveId);
    const IsoWeek week = currentValueWeek(cycleId);
    const double value = *created.current;
    const Confidence confidence = Scoring::paceStatus(
        Scoring::expectedProgress(documentCycle(cycleId), created, week.friday()), Scoring::progressAt(created, value));
    m_currentValues.append({created.id, value, currentValueCheckIn(teamId, week), confidence});
}

int ExchangeLoader::currentValueCheckIn(Id teamId, IsoWeek week)
{
    const std::pair<Id, IsoWeek> key{teamId, week};
    const auto [found, added] = m_currentValueCheckInIndexes.try_emplace(key, int(m_currentValueCheckIns.size()));
    if (added)
        m_currentValueCheckIns.append(key);
    return found->second;
}

void ExchangeLoader::addInitiative(const Initiative &initiative)
{
    Initiative created = initiative;
    created.id = NoId;
    created.keyResultId = m_keyResultIds.value(initiative.keyResultId);
    created.position = m_initiativePositions.next(created.keyResultId); // its key result is new: appended
    m_appender.addInitiative(created);
    ++m_summary.initiatives;
}

void ExchangeLoader::addCheckIn(const CheckIn &imported)
{
    m_appender.flush(); // its updates refer to key results
    CheckIn checkIn = imported;
    checkIn.teamId = m_teamIds.value(imported.teamId);
    for (KeyResultUpdate &update : checkIn.updates) {
        update.keyResultId = m_keyResultIds.value(update.keyResultId);
        m_checkedIn.insert(update.keyResultId);
    }
    for (PlanItem &item : checkIn.items)
        item.keyResultId = m_keyResultIds.value(item.keyResultId, NoId);
    store(checkIn);
    ++m_summary.checkIns;
}

void ExchangeLoader::store(const CheckIn &imported)
{
    CheckInRepository &checkIns = m_repository.checkIns();
    if (checkIns.insert(imported))
        return;
    CheckIn stored = checkIns.find(imported.teamId, imported.week).value_or(CheckIn());
    stored.updates.append(imported.updates);
    stored.items.append(imported.items);
    stored.lessons = mergedText(stored.lessons, imported.lessons);
    stored.nextPriorities = mergedText(stored.nextPriorities, imported.nextPriorities);
    checkIns.save(stored);
}

// The document derives a key result's current value from its latest check-in. A current value with no check-in
// behind it (CSV, other tools) becomes an update in its team's check-in of the cycle's week nearest to today, so
// it reads back the same. Those check-ins are stored one at a time, in the order of their first value in the file.
void ExchangeLoader::loadCurrentValues()
{
    QList<QList<qsizetype>> valuesOf(m_currentValueCheckIns.size()); // by check-in: indexes in m_currentValues
    QList<int> order;
    for (qsizetype index = 0; index < m_currentValues.size(); ++index) {
        const CurrentValue &currentValue = m_currentValues.at(index);
        if (m_checkedIn.contains(currentValue.keyResultId))
            continue;
        QList<qsizetype> &values = valuesOf[currentValue.checkIn];
        if (values.isEmpty())
            order.append(currentValue.checkIn);
        values.append(index);
    }
    for (const int checkInIndex : std::as_const(order)) {
        CheckIn checkIn;
        std::tie(checkIn.teamId, checkIn.week) = m_currentValueCheckIns.at(checkInIndex);
        for (const qsizetype index : std::as_const(valuesOf.at(checkInIndex))) {
            const CurrentValue &currentValue = m_currentValues.at(index);
            checkIn.updates.append(
                {currentValue.keyResultId, currentValue.value, currentValue.confidence, m_importedValueComment});
        }
        store(checkIn);
        ++m_summary.checkIns;
    }
}

Cycle ExchangeLoader::documentCycle(Id cycleId)
{
    if (!m_documentCycles.contains(cycleId))
        m_documentCycles.insert(cycleId, m_repository.cycles().byId(cycleId).value_or(Cycle()));
    return m_documentCycles.value(cycleId);
}

IsoWeek ExchangeLoader::currentValueWeek(Id cycleId)
{
    if (!m_currentValueWeeks.contains(cycleId))
        m_currentValueWeeks.insert(cycleId, weekNearestToday(documentCycle(cycleId)));
    return m_currentValueWeeks.value(cycleId);
}

IsoWeek ExchangeLoader::weekNearestToday(const Cycle &cycle) const
{
    const QList<IsoWeek> weeks = cycle.checkInWeeks();
    const IsoWeek thisWeek = IsoWeek::containing(m_today);
    if (weeks.isEmpty())
        return thisWeek;
    return std::clamp(thisWeek, weeks.first(), weeks.last());
}

void ExchangeLoader::addKpi(const Kpi &kpi)
{
    Kpi created = kpi;
    created.id = NoId;
    created.teamId = m_teamIds.value(kpi.teamId);
    created.values.clear();
    const Id kpiId = m_repository.kpis().add(created);
    for (const KpiValue &value : kpi.values)
        m_repository.kpis().addValue(kpiId, value);
    ++m_summary.kpis;
}

void ExchangeLoader::addTeamReview(const TeamReview &imported)
{
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

ImportSummary ExchangeLoader::finish()
{
    m_appender.flush(); // the objectives to align, the key results the updates refer to
    alignDeferredObjectives();
    loadCurrentValues();
    return m_summary;
}

ImportSummary ExchangeLoader::load(Repository &repository, const std::function<void(ExchangeSink &)> &feed, QDate today)
{
    ImportSummary summary;
    repository.document().transaction([&] {
        ExchangeLoader loader(repository, today);
        feed(loader);
        summary = loader.finish();
    });
    return summary;
}

ImportSummary ExchangeLoader::load(Repository &repository, const ExchangeData &data, QDate today)
{
    return load(
        repository, [&](ExchangeSink &sink) { sink.addAll(data); }, today);
}
