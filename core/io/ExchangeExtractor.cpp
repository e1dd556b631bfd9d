#include "io/ExchangeExtractor.h"

#include "io/CyclePlanSink.h"
#include "io/ExchangeCollector.h"
#include "io/ExchangeError.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
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

    bool damaged() const { return m_damaged; }

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

    // Reads a part whose `readEach` hands over its records one at a time: from a sound document each goes to `add`
    // as it is read; a damaged document's are held until the whole part is read, so a part that fails is left out
    // whole.
    template <typename Record>
    bool readEach(const std::function<void(const std::function<void(const Record &)> &)> &readEach,
                  const std::function<void(const Record &)> &add)
    {
        if (!m_damaged) {
            readEach(add);
            return true;
        }
        QList<Record> held;
        if (!read([&] { readEach([&](const Record &record) { held.append(record); }); }))
            return false;
        for (const Record &record : std::as_const(held))
            add(record);
        return true;
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

// One export read out of the document into a sink.
class Extraction {
public:
    Extraction(const Repository &repository, ExchangeSink &sink, std::optional<Id> cycleId)
        : m_repository(repository)
        , m_sink(sink)
        , m_cycleId(cycleId)
        , m_reader(repository.document())
    {
    }

    // Everything, kind by kind: ExchangeExtractor::extract.
    QStringList run()
    {
        addTeams();
        readCycles([&](const ObjectiveOutline &outline) { m_objectiveIds.assign(outline.id); });
        eachReadablePlan([&](Id cycleId) { addObjectives(cycleId); });
        eachReadablePlan([&](Id cycleId) { addKeyResults(cycleId); });
        eachReadablePlan([&](Id cycleId) { addInitiatives(cycleId); });
        QStringList unreadable = lostPlans();
        const int lostCheckIns = addCheckIns();
        const bool kpisLost = !m_cycleId && !addKpis();
        if (const int lost = addTeamReviews())
            unreadable.append(
                translated(QT_TRANSLATE_N_NOOP("ExchangeExtractor", "%n team review(s) could not be read."), lost));
        if (lostCheckIns)
            unreadable.append(
                translated(QT_TRANSLATE_N_NOOP("ExchangeExtractor", "The check-ins of %n team(s) could not be read."),
                           lostCheckIns));
        if (kpisLost)
            unreadable.append(translated(QT_TRANSLATE_NOOP("ExchangeExtractor", "The KPIs could not be read.")));
        return unreadable;
    }

    // The plan alone, every objective outlined first, then nested in the tree's order: ExchangeExtractor::
    // extractByCycle. `sink` is the one the extraction was made with. Records are numbered as they come, so the only
    // ids kept are those of the objectives others align to.
    QStringList runByCycle(CyclePlanSink &sink)
    {
        addTeams();
        QHash<Id, Id> alignedToIds; // file-local ids by document id
        Id objectiveCount = 0;
        readCycles([&](ObjectiveOutline outline) {
            ++objectiveCount;
            if (outline.alignedTo)
                alignedToIds.insert(outline.id, objectiveCount);
            outline.id = objectiveCount;
            sink.addOutline(outline);
        });
        objectiveCount = 0;
        Id keyResultCount = 0;
        eachReadablePlan([&](Id cycleId) {
            queries().eachInTreeOrder(
                cycleId,
                [&](const Objective &objective) {
                    sink.addObjective(
                        withLocalIds(objective, ++objectiveCount, alignedToIds.value(objective.parentId, NoId)));
                },
                [&](KeyResult keyResult) {
                    keyResult.id = ++keyResultCount;
                    keyResult.objectiveId = objectiveCount;
                    sink.addKeyResult(keyResult);
                },
                [&](Initiative initiative) {
                    initiative.id = ++m_initiativeCount;
                    initiative.keyResultId = keyResultCount;
                    sink.addInitiative(initiative);
                });
        });
        return lostPlans();
    }

private:
    void addTeams()
    {
        m_teams = m_repository.teams().all();
        for (Team team : std::as_const(m_teams)) {
            team.id = m_teamIds.assign(team.id);
            team.parentId = m_teamIds.of(team.parentId);
            m_sink.addTeam(team);
        }
    }

    // The cycles, then the outline of each readable plan's objective for `outline` (with document ids), in the order
    // they are written: an objective may align to one written after it.
    void readCycles(const std::function<void(const ObjectiveOutline &)> &outline)
    {
        if (m_cycleId) {
            const std::optional<Cycle> cycle = m_repository.cycles().byId(*m_cycleId);
            if (!cycle)
                throw ExchangeError(
                    translated(QT_TRANSLATE_NOOP("ExchangeExtractor", "The cycle to export does not exist.")));
            m_cycles.append(*cycle);
        } else {
            m_cycles = m_repository.cycles().all();
        }
        for (Cycle cycle : std::as_const(m_cycles)) {
            cycle.id = m_cycleIds.assign(cycle.id);
            m_sink.addCycle(cycle);
        }
        if (!m_reader.damaged()) {
            for (const Cycle &cycle : std::as_const(m_cycles)) {
                queries().eachObjectiveOutline(cycle.id, outline);
                m_planReadable.append(true);
            }
            return;
        }
        // What an objective is aligned to is known once every plan that can be read is.
        QList<ObjectiveOutline> readableOutlines;
        QSet<Id> alignedTo;
        for (const Cycle &cycle : std::as_const(m_cycles)) {
            QList<ObjectiveOutline> outlines;
            QSet<Id> parents;
            const bool readable = m_reader.read([&] { outlines = outlinesRead(cycle.id, parents); });
            m_planReadable.append(readable);
            if (readable) {
                readableOutlines.append(outlines);
                alignedTo.unite(parents);
            }
        }
        for (ObjectiveOutline &read : readableOutlines) {
            read.alignedTo = alignedTo.contains(read.id);
            if (!read.alignedTo)
                read.title.clear();
            outline(read);
        }
    }

    // A damaged document's whole plan is read, so that what is written of it is all of it (a read that fails leaves
    // the cycle out whole), and counted as read: a damaged index may count rows the table does not give. `parents`
    // gets the objectives the plan's objectives align to.
    QList<ObjectiveOutline> outlinesRead(Id cycleId, QSet<Id> &parents) const
    {
        QList<ObjectiveOutline> outlines;
        queries().eachInTreeOrder(
            cycleId,
            [&](const Objective &objective) {
                outlines.append({objective.id, 0, 0, false, objective.title});
                parents.insert(objective.parentId);
            },
            [&](const KeyResult &) { ++outlines.last().keyResults; },
            [&](const Initiative &) { ++outlines.last().initiatives; });
        return outlines;
    }

    void addObjectives(Id cycleId)
    {
        queries().eachObjective(cycleId, [&](const Objective &objective) {
            m_sink.addObjective(
                withLocalIds(objective, m_objectiveIds.of(objective.id), m_objectiveIds.of(objective.parentId)));
        });
    }

    // `objective` with file-local ids: its own and its parent's as given.
    Objective withLocalIds(Objective objective, Id id, Id parentId) const
    {
        objective.id = id;
        objective.cycleId = m_cycleIds.of(objective.cycleId);
        objective.teamId = m_teamIds.of(objective.teamId);
        objective.parentId = parentId;
        return objective;
    }

    void addKeyResults(Id cycleId)
    {
        queries().eachKeyResult(cycleId, [&](KeyResult keyResult) {
            keyResult.id = m_keyResultIds.assign(keyResult.id);
            keyResult.objectiveId = m_objectiveIds.of(keyResult.objectiveId);
            m_sink.addKeyResult(keyResult);
        });
    }

    void addInitiatives(Id cycleId)
    {
        queries().eachInitiative(cycleId, [&](Initiative initiative) {
            initiative.id = ++m_initiativeCount;
            initiative.keyResultId = m_keyResultIds.of(initiative.keyResultId);
            m_sink.addInitiative(initiative);
        });
    }

    void eachReadablePlan(const std::function<void(Id cycleId)> &add)
    {
        for (qsizetype index = 0; index < m_cycles.size(); ++index) {
            if (m_planReadable.at(index))
                add(m_cycles.at(index).id);
        }
    }

    QStringList lostPlans()
    {
        if (const int lost = m_reader.takeFailures())
            return {translated(
                QT_TRANSLATE_N_NOOP("ExchangeExtractor",
                                    "The objectives, key results and initiatives of %n cycle(s) could not be read."),
                lost)};
        return {};
    }

    // Returns the number of teams whose check-ins could not be read.
    int addCheckIns()
    {
        for (const Team &team : std::as_const(m_teams)) {
            m_reader.readEach<CheckIn>(
                [&](const std::function<void(const CheckIn &)> &visit) {
                    m_repository.checkIns().eachOfTeam(team.id, visit);
                },
                [&](const CheckIn &checkIn) { addCheckIn(checkIn); });
        }
        return m_reader.takeFailures();
    }

    void addCheckIn(CheckIn checkIn)
    {
        if (m_cycleId && !m_cycles.first().hasCheckInWeek(checkIn.week))
            return;
        checkIn.id = NoId;
        checkIn.teamId = m_teamIds.of(checkIn.teamId);
        QList<KeyResultUpdate> updates;
        for (KeyResultUpdate update : std::as_const(checkIn.updates)) {
            if (!m_keyResultIds.contains(update.keyResultId))
                continue; // a key result of another cycle
            update.keyResultId = m_keyResultIds.of(update.keyResultId);
            updates.append(update);
        }
        checkIn.updates = updates;
        for (PlanItem &item : checkIn.items)
            item.keyResultId = m_keyResultIds.of(item.keyResultId);
        m_sink.addCheckIn(checkIn);
    }

    // False when the KPIs could not be read.
    bool addKpis()
    {
        QList<Kpi> kpis;
        if (!m_reader.read([&] { kpis = m_repository.kpis().all(); })) {
            m_reader.takeFailures();
            return false;
        }
        for (Kpi kpi : std::as_const(kpis)) {
            kpi.id = NoId;
            kpi.teamId = m_teamIds.of(kpi.teamId);
            m_sink.addKpi(kpi);
        }
        return true;
    }

    // Returns the number of reviews that could not be read.
    int addTeamReviews()
    {
        for (const Cycle &cycle : std::as_const(m_cycles)) {
            for (const Team &team : std::as_const(m_teams)) {
                std::optional<TeamReview> review;
                m_reader.read([&] { review = m_repository.reviews().find(cycle.id, team.id); });
                if (review) {
                    review->cycleId = m_cycleIds.of(cycle.id);
                    review->teamId = m_teamIds.of(team.id);
                    m_sink.addTeamReview(*review);
                }
            }
        }
        return m_reader.takeFailures();
    }

    const PlanQueries &queries() const { return m_repository.queries(); }

    const Repository &m_repository;
    ExchangeSink &m_sink;
    std::optional<Id> m_cycleId;
    SalvagingReader m_reader;
    QList<Team> m_teams;
    QList<Cycle> m_cycles;
    QList<bool> m_planReadable; // by cycle
    LocalIds m_teamIds;
    LocalIds m_cycleIds;
    LocalIds m_objectiveIds;
    LocalIds m_keyResultIds;
    Id m_initiativeCount = 0;
};

} // namespace

QStringList ExchangeExtractor::extract(const Repository &repository, ExchangeSink &sink, std::optional<Id> cycleId)
{
    return Extraction(repository, sink, cycleId).run();
}

ExchangeData ExchangeExtractor::extract(const Repository &repository, std::optional<Id> cycleId)
{
    ExchangeCollector collector;
    const QStringList unreadable = extract(repository, collector, cycleId);
    ExchangeData data = collector.data();
    data.unreadable = unreadable;
    return data;
}

QStringList ExchangeExtractor::extractByCycle(const Repository &repository, CyclePlanSink &sink,
                                              std::optional<Id> cycleId)
{
    return Extraction(repository, sink, cycleId).runByCycle(sink);
}
