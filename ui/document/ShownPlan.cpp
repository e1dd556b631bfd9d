#include "document/ShownPlan.h"

#include "board/WeekChanges.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/PlanQueries.h"
#include "storage/Repository.h"

#include <tuple>
#include <utility>

ShownPlan::ShownPlan(QObject *parent)
    : QObject(parent)
{
}

void ShownPlan::setRepository(Repository *repository)
{
    m_repository = repository;
    m_plan = {};
    forgetReadings();
}

void ShownPlan::showCycle(Id cycleId, Reading reading)
{
    if (cycleId == NoId || !m_repository) {
        show({});
        return;
    }
    // The second core reads alongside this thread. With the board or the charts seen, what they will ask for: at
    // 1,000 teams the histories alone take longer than the plan, and reading the plan's initiatives there too made
    // the board wait longer. Without them, the plan's initiatives (a third of its rows). The reader opens the file
    // by its path, connected as this thread's document is (Document::openReader): it never touches this thread's
    // connection. Like each query, it may see a later commit of another process than the plan did (an initiative of a
    // key result not read here is never shown); DocumentWatcher then has it all read again.
    const QString path = m_repository->document().path();
    const Document::Connection connection = m_repository->document().connection();
    const PlanQueries &queries = m_repository->queries();
    if (reading == Reading::Alongside) {
        std::future<Readings> alongside =
            std::async(std::launch::async, [path, connection, cycleId, today = QDate::currentDate()] {
                return readAlongside(path, connection, cycleId, today);
            });
        m_plan = queries.loadCyclePlan(cycleId);
        forgetReadings();
        m_readingsAlongside = std::move(alongside);
    } else {
        std::future<QList<Initiative>> initiatives = std::async(std::launch::async, [path, connection, cycleId] {
            const std::unique_ptr<Document> reader = Document::openReader(path, connection);
            return PlanQueries(*reader).initiativesOfCycle(cycleId);
        });
        CyclePlan plan = queries.loadCyclePlanWithoutInitiatives(cycleId);
        try {
            plan.initiatives = initiatives.get();
        } catch (const DocumentError &) {
            plan.initiatives = queries.initiativesOfCycle(cycleId); // the reader could not: read them here
        }
        plan.rebuildIndex();
        m_plan = std::move(plan);
        forgetReadings();
    }
    emit cycleShown();
}

ShownPlan::Readings ShownPlan::readAlongside(const QString &path, Document::Connection connection, Id cycleId,
                                             QDate today)
{
    const std::unique_ptr<Document> reader = Document::openReader(path, connection);
    const Repository repository(*reader);
    Readings readings;
    readings.histories = repository.queries().keyResultHistoriesOfCycle(cycleId);
    if (const std::optional<Cycle> cycle = repository.cycles().byId(cycleId)) {
        std::tie(readings.checkInsAfter, readings.checkInsUpTo) = WeekChanges::usualWeeks(*cycle, today);
        if (readings.checkInsUpTo.isValid())
            readings.checkIns = readCheckInsOfWeeks(repository, *cycle, readings.checkInsAfter, readings.checkInsUpTo);
        readings.grades = GradeHistory::read(repository, *cycle);
    }
    return readings;
}

void ShownPlan::show(CyclePlan plan)
{
    m_plan = std::move(plan);
    forgetReadings();
    emit cycleShown();
}

const KeyResultHistories &ShownPlan::histories() const
{
    takeReadingsAlongside();
    if (!m_histories)
        m_histories = m_repository && cycleId() != NoId ? m_repository->queries().keyResultHistoriesOfCycle(cycleId())
                                                        : KeyResultHistories{};
    return *m_histories;
}

const QList<CheckIn> &ShownPlan::checkInsOfWeeks(IsoWeek after, IsoWeek upTo) const
{
    takeReadingsAlongside();
    if (!m_checkIns || m_checkInsAfter != after || m_checkInsUpTo != upTo) {
        m_checkIns = m_repository && cycleId() != NoId ? readCheckInsOfWeeks(*m_repository, m_plan.cycle, after, upTo)
                                                       : QList<CheckIn>{};
        m_checkInsAfter = after;
        m_checkInsUpTo = upTo;
    }
    return *m_checkIns;
}

QList<CheckIn> ShownPlan::readCheckInsOfWeeks(const Repository &repository, const Cycle &cycle, IsoWeek after,
                                              IsoWeek upTo)
{
    return repository.checkIns().ofWeeksAndBefore(IsoWeek::containing(cycle.start), after.next(), upTo);
}

const GradeHistory &ShownPlan::gradeHistory() const
{
    takeReadingsAlongside();
    if (!m_grades)
        m_grades = m_repository && cycleId() != NoId ? GradeHistory::read(*m_repository, m_plan.cycle) : GradeHistory{};
    return *m_grades;
}

void ShownPlan::forgetReadings()
{
    m_histories.reset();
    m_readingsAlongside = {}; // waits for a read still running: it reads what the change may have replaced
    m_checkIns.reset();
    m_grades.reset();
}

void ShownPlan::takeReadingsAlongside() const
{
    if (!m_readingsAlongside.valid())
        return;
    Readings readings = m_readingsAlongside.get();
    m_histories = std::move(readings.histories);
    if (readings.checkInsUpTo.isValid()) {
        m_checkIns = std::move(readings.checkIns);
        m_checkInsAfter = readings.checkInsAfter;
        m_checkInsUpTo = readings.checkInsUpTo;
    }
    m_grades = std::move(readings.grades);
}

bool ShownPlan::concerns(const DocumentChange &change) const
{
    return cycleId() != NoId && change.kind != DocumentChange::Kind::KpisChanged &&
           (change.cycleId == NoId || change.cycleId == cycleId());
}

void ShownPlan::followChange(const DocumentChange &change)
{
    try {
        takeReadingsAlongside();
    } catch (const DocumentError &) {
        // Each is read again on first use.
    }
    // Only check-ins and KPIs grade or move no objective, of this cycle or another.
    if (change.kind != DocumentChange::Kind::CheckInsSaved && change.kind != DocumentChange::Kind::KpisChanged)
        m_grades.reset();
    // A cycle an undo removed is not read again: the window shows another one on changeFollowed.
    const bool stillThere = !change.mayChangeCycles() || (m_repository && m_repository->cycles().byId(cycleId()));
    if (m_repository && concerns(change) && stillThere) {
        try {
            if (!readTeamsAgain(change)) {
                m_plan = m_repository->queries().loadCyclePlan(cycleId());
                forgetReadings();
            }
            emit planChanged(change);
        } catch (const DocumentError &error) {
            emit readFailed(error.message());
        }
    }
    emit changeFollowed(change);
}

std::optional<QSet<Id>> ShownPlan::teamsOf(const DocumentChange &change) const
{
    QSet<Id> teams;
    const auto add = [&](const QList<Id> &ids, Id (CyclePlan::*teamOf)(Id) const) {
        for (const Id id : ids)
            teams.insert((m_plan.*teamOf)(id));
    };
    add(change.objectiveIds, &CyclePlan::teamOfObjective);
    add(change.keyResultIds, &CyclePlan::teamOfKeyResult);
    add(change.initiativeIds, &CyclePlan::teamOfInitiative);
    // A change naming no item may concern any of them.
    if (teams.isEmpty() || teams.contains(NoId))
        return std::nullopt;
    return teams;
}

bool ShownPlan::readTeamsAgain(const DocumentChange &change)
{
    // A team's plan reads in about a hundredth of the whole cycle's time at 1,000 teams; past a few teams the
    // whole cycle is as quick.
    constexpr qsizetype mostTeams = 8;
    const bool keepsShape =
        change.kind == DocumentChange::Kind::ItemsEdited || change.kind == DocumentChange::Kind::CheckInsSaved;
    const std::optional<QSet<Id>> teams = keepsShape ? teamsOf(change) : std::nullopt;
    if (!teams || teams->size() > mostTeams)
        return false;
    // Values and confidences change with check-ins only; an edit keeps every history. Everything is read before
    // anything is replaced: a failed read leaves the plan and the histories as they were.
    const bool historiesChange = m_histories && change.kind == DocumentChange::Kind::CheckInsSaved;
    QList<std::pair<Id, CyclePlan>> teamPlans;
    KeyResultHistories teamHistories;
    for (const Id teamId : *teams) {
        teamPlans.append({teamId, m_repository->queries().loadCyclePlan(cycleId(), teamId)});
        if (historiesChange)
            teamHistories.insert(m_repository->queries().keyResultHistoriesOfCycle(cycleId(), teamId));
    }
    for (const auto &[teamId, teamPlan] : teamPlans) {
        if (!m_plan.replaceTeamItems(teamId, teamPlan))
            return false;
        if (historiesChange) {
            for (const KeyResult &keyResult : teamPlan.keyResults)
                m_histories->remove(keyResult.id);
        }
    }
    if (historiesChange)
        m_histories->insert(teamHistories);
    m_checkIns.reset();
    return true;
}
