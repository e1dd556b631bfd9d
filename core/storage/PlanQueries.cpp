#include "storage/PlanQueries.h"

#include "storage/CycleRepository.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredValues.h"
#include "storage/Tables.h"
#include "storage/TeamRepository.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace {

// The ISO week of a row's iso_year and iso_week.
IsoWeek weekOf(const Statement &row)
{
    return {int(row.integer(QStringLiteral("iso_year"))), int(row.integer(QStringLiteral("iso_week")))};
}

// Rows of key_result_id, iso_year, iso_week, value and confidence, ordered by key result and week: one point per
// week, dated its Friday (the usual check-in day).
QHash<Id, QList<Scoring::ValuePoint>> historiesFrom(Statement &query)
{
    // A cycle's histories are some 80,000 rows of a few weeks: each week's Friday is worked out once, and confidences
    // come as numbers (historyColumns).
    QHash<Id, QList<Scoring::ValuePoint>> histories;
    QList<Scoring::ValuePoint> *history = nullptr;
    Id historyOf = NoId;
    QHash<int, QDate> fridays;
    while (query.next()) {
        const Id keyResultId = query.integer(QStringLiteral("key_result_id"));
        if (!history || keyResultId != historyOf) {
            history = &histories[keyResultId];
            historyOf = keyResultId;
        }
        const int yearWeek = int(query.integer(QStringLiteral("year_week")));
        auto friday = fridays.constFind(yearWeek);
        if (friday == fridays.cend())
            friday = fridays.insert(yearWeek, IsoWeek{yearWeek / 100, yearWeek % 100}.friday());
        const Scoring::ValuePoint point{
            *friday, query.real(QStringLiteral("value")),
            StoredValues::enumAt<Confidence>(query.integer(QStringLiteral("confidence_index")))};
        // Two teams may update one key result in the same week: the later check-in is that week's value.
        if (!history->isEmpty() && history->last().date == point.date)
            history->last() = point;
        else
            history->append(point);
    }
    return histories;
}

// What historiesFrom reads: the week as one number (year * 100 + week), the confidence by its place.
QString historyColumns()
{
    return QStringLiteral("SELECT u.key_result_id, u.iso_year * 100 + u.iso_week AS year_week, u.value, ") +
           StoredValues::enumIndexSql<Confidence>(QStringLiteral("u.confidence")) +
           QStringLiteral(" AS confidence_index FROM kr_updates u ");
}

// How a query names its objectives o: one team's are sought through objectives_by_team. Ordered by position,
// SQLite would rather walk objectives_by_cycle, every objective of the cycle, than sort one team's few rows.
QString objectivesIndex(std::optional<Id> onlyTeam)
{
    return onlyTeam ? QStringLiteral(" INDEXED BY objectives_by_team") : QString();
}

// The condition on objectives o that keeps one team's, bound by bindTeam; nothing for the whole cycle.
QString teamCondition(std::optional<Id> onlyTeam)
{
    return onlyTeam ? QStringLiteral(" AND o.team_id = :team_id") : QString();
}

Statement &bindTeam(Statement &query, std::optional<Id> onlyTeam)
{
    return onlyTeam ? query.bind(QStringLiteral("team_id"), *onlyTeam) : query;
}

// The local day each of `checkIns` (of the weeks `first` to `last`) was last written (the change log keeps UTC). Only a
// label depends on it, so a damaged check-ins table costs these days alone: the confidences keep their weeks'
// Fridays. A few (one team's) are sought by id; a cycle's thousands in one walk of check_ins_by_week instead.
QHash<Id, QDate> writtenDays(Document &document, const QSet<Id> &checkIns, IsoWeek first, IsoWeek last)
{
    constexpr qsizetype MostSoughtById = 64;
    const bool byId = checkIns.size() <= MostSoughtById;
    QHash<Id, QDate> days;
    // Converted through one QTimeZone: QDateTime::toLocalTime has the C library look at the system's zone file again
    // for every row, a stat of /etc/localtime each time.
    const QTimeZone localZone = QTimeZone::systemTimeZone();
    const auto readDays = [&](Statement &query) {
        while (query.next()) {
            const QDateTime writtenAt = QDateTime::fromString(query.text(QStringLiteral("written_at")), Qt::ISODate);
            days.insert(query.integer(QStringLiteral("id")), writtenAt.toTimeZone(localZone).date());
        }
    };
    try {
        const QString select =
            QStringLiteral("SELECT c.id, said.written_at FROM check_ins c JOIN changes said ON said.id = c.revision");
        if (byId) {
            // One statement whatever the number: the ids as one bound JSON array.
            QStringList ids;
            for (const Id checkInId : checkIns)
                ids.append(QString::number(checkInId));
            const QString idsFromJson = document.isOnServer()
                                            ? QStringLiteral("SELECT CAST(value AS bigint) FROM "
                                                             "json_array_elements_text(CAST(:ids AS json)) AS ids (value)")
                                            : QStringLiteral("SELECT value FROM json_each(:ids)");
            Statement query(document, select + QStringLiteral(" WHERE c.id IN (") + idsFromJson + u')');
            query.bind(QStringLiteral("ids"), QString(u'[' + ids.join(u',') + u']')).exec();
            readDays(query);
        } else {
            Statement query(document, select + QStringLiteral(" WHERE (c.iso_year, c.iso_week) >= (:first_year, "
                                                              ":first_week) AND (c.iso_year, c.iso_week) <= "
                                                              "(:last_year, :last_week)"));
            query.bind(QStringLiteral("first_year"), first.year)
                .bind(QStringLiteral("first_week"), first.week)
                .bind(QStringLiteral("last_year"), last.year)
                .bind(QStringLiteral("last_week"), last.week)
                .exec();
            readDays(query);
        }
    } catch (const DocumentError &) {
        return {};
    }
    return days;
}

// The cycle's objectives o (of `onlyTeam` alone, when given) in the tree's order.
QString objectivesSql(std::optional<Id> onlyTeam)
{
    return Tables::objectives().select(objectivesIndex(onlyTeam) + QStringLiteral(" WHERE o.cycle_id = :cycle_id") +
                                           teamCondition(onlyTeam) + QStringLiteral(" ORDER BY o.position, o.id"),
                                       QStringLiteral("o"));
}

// A column of key result k's latest update (latest check-in week, then latest check-in): one seek in
// kr_updates_history.
QString latestUpdateColumn(const QString &column)
{
    return QStringLiteral("(SELECT latest.") + column +
           QStringLiteral(" FROM kr_updates latest WHERE latest.key_result_id = k.id"
                          " ORDER BY latest.iso_year DESC, latest.iso_week DESC, latest.check_in_id DESC LIMIT 1)");
}

// What keyResultsSql reads of each key result's latest update: the whole row (what the tree shows of it), or its
// value alone, which kr_updates_history holds: no seek in kr_updates per key result.
enum class LatestUpdate { Whole, Value };

// Their key results in the tree's order, each with its latest update, if any. In the order of the indexes walked
// (by objective, then by key result), so SQLite builds no temporary B-tree of every row of the cycle to sort them.
QString keyResultsSql(std::optional<Id> onlyTeam, LatestUpdate latest = LatestUpdate::Whole)
{
    const QString fromObjectives = QStringLiteral(" FROM key_results k JOIN objectives o") + objectivesIndex(onlyTeam) +
                                   QStringLiteral(" ON o.id = k.objective_id");
    const QString ofCycle = QStringLiteral(" WHERE o.cycle_id = :cycle_id") + teamCondition(onlyTeam) +
                            QStringLiteral(" ORDER BY o.position, o.id, k.position, k.id");
    const QString columns = QStringLiteral("SELECT ") + Tables::keyResults().columns(QStringLiteral("k"));
    if (latest == LatestUpdate::Value)
        return columns + QStringLiteral(", ") + latestUpdateColumn(QStringLiteral("value")) +
               QStringLiteral(" AS latest_value") + fromObjectives + ofCycle;
    return columns +
           QStringLiteral(", u.value AS latest_value, u.confidence AS latest_confidence, u.comment AS latest_comment, "
                          "u.iso_year, u.iso_week, u.check_in_id AS latest_check_in") +
           fromObjectives + QStringLiteral(" LEFT JOIN kr_updates u ON u.id = ") +
           latestUpdateColumn(QStringLiteral("id")) + ofCycle;
}

// A row of keyResultsSql: the key result, its current value its latest check-in's.
KeyResult keyResultWithLatestValue(const Statement &row)
{
    KeyResult keyResult = Tables::keyResultFrom(row);
    keyResult.current = row.optionalReal(QStringLiteral("latest_value"));
    return keyResult;
}

// Their initiatives in the tree's order, walking the same indexes.
QString initiativesSql(std::optional<Id> onlyTeam)
{
    return Tables::initiatives().select(
        QStringLiteral("JOIN key_results k ON k.id = i.key_result_id JOIN objectives o") + objectivesIndex(onlyTeam) +
            QStringLiteral(" ON o.id = k.objective_id WHERE o.cycle_id = :cycle_id") + teamCondition(onlyTeam) +
            QStringLiteral(" ORDER BY o.position, o.id, k.position, k.id, i.position, i.id"),
        QStringLiteral("i"));
}

// Runs `sql` over the cycle (and `onlyTeam`) and hands each row to `visit`.
template <typename Visit>
void eachRow(Document &document, const QString &sql, Id cycleId, std::optional<Id> onlyTeam, Visit &&visit)
{
    Statement query(document, sql);
    bindTeam(query, onlyTeam).bind(QStringLiteral("cycle_id"), cycleId).exec();
    while (query.next())
        visit(query);
}

} // namespace

PlanQueries::PlanQueries(Document &document)
    : m_document(document)
{
}

CyclePlan PlanQueries::readCycleObjectives(Id cycleId, std::optional<Id> onlyTeam, Teams teams) const
{
    CyclePlan plan;
    plan.cycle = CycleRepository(m_document).existing(cycleId);
    if (teams == Teams::Read)
        plan.teams = TeamRepository(m_document).all();

    eachRow(m_document, objectivesSql(onlyTeam), cycleId, onlyTeam,
            [&](const Statement &row) { plan.objectives.append(Tables::objectiveFrom(row)); });
    return plan;
}

CyclePlan PlanQueries::loadCycleObjectives(Id cycleId, std::optional<Id> onlyTeam) const
{
    CyclePlan plan = readCycleObjectives(cycleId, onlyTeam);
    plan.rebuildIndex();
    return plan;
}

CyclePlan PlanQueries::loadCyclePlan(Id cycleId, std::optional<Id> onlyTeam) const
{
    CyclePlan plan = loadCyclePlanWithoutInitiatives(cycleId, onlyTeam);
    plan.initiatives = initiativesOfCycle(cycleId, onlyTeam);
    plan.rebuildIndex();
    return plan;
}

CyclePlan PlanQueries::loadTeamPlan(Id cycleId, Id teamId) const
{
    CyclePlan plan = readWithoutInitiatives(cycleId, teamId, Teams::Skipped);
    plan.initiatives = initiativesOfCycle(cycleId, teamId);
    plan.rebuildIndex();
    return plan;
}

CyclePlan PlanQueries::loadCyclePlanWithoutInitiatives(Id cycleId, std::optional<Id> onlyTeam) const
{
    return readWithoutInitiatives(cycleId, onlyTeam, Teams::Read);
}

CyclePlan PlanQueries::readWithoutInitiatives(Id cycleId, std::optional<Id> onlyTeam, Teams teams) const
{
    CyclePlan plan = readCycleObjectives(cycleId, onlyTeam, teams);

    Statement keyResults(m_document, keyResultsSql(onlyTeam));
    bindTeam(keyResults, onlyTeam).bind(QStringLiteral("cycle_id"), cycleId).exec();
    struct KeyResultLatest {
        Id keyResultId = NoId;
        Id checkInId = NoId;
        LatestCheckIn said;
    };
    QList<KeyResultLatest> latestUpdates;
    IsoWeek firstWeek;
    IsoWeek lastWeek;
    while (keyResults.next()) {
        KeyResult keyResult = keyResultWithLatestValue(keyResults);
        if (keyResult.current) {
            const IsoWeek week = weekOf(keyResults);
            firstWeek = latestUpdates.isEmpty() ? week : std::min(firstWeek, week);
            lastWeek = latestUpdates.isEmpty() ? week : std::max(lastWeek, week);
            latestUpdates.append(
                {keyResult.id,
                 keyResults.integer(QStringLiteral("latest_check_in")),
                 {week.friday(),
                  StoredValues::enumFrom<Confidence>(keyResults.utf8(QStringLiteral("latest_confidence"))),
                  keyResults.text(QStringLiteral("latest_comment"))}});
        }
        plan.keyResults.append(std::move(keyResult));
    }
    // A confidence is dated the day it was said: its week's Friday, or the day it was written when that came
    // first (said on Thursday is not "said on Friday").
    QSet<Id> latestCheckIns;
    for (const KeyResultLatest &latest : std::as_const(latestUpdates))
        latestCheckIns.insert(latest.checkInId);
    const QHash<Id, QDate> written = writtenDays(m_document, latestCheckIns, firstWeek, lastWeek);
    for (KeyResultLatest &latest : latestUpdates) {
        const auto writtenOn = written.constFind(latest.checkInId);
        if (writtenOn != written.cend())
            latest.said.date = std::min(latest.said.date, *writtenOn);
        plan.latestCheckIns.insert(latest.keyResultId, latest.said);
    }
    return plan;
}

QList<Initiative> PlanQueries::initiativesOfCycle(Id cycleId, std::optional<Id> onlyTeam) const
{
    QList<Initiative> initiatives;
    eachRow(m_document, initiativesSql(onlyTeam), cycleId, onlyTeam,
            [&](const Statement &row) { initiatives.append(Tables::initiativeFrom(row)); });
    return initiatives;
}

void PlanQueries::eachObjective(Id cycleId, const std::function<void(const Objective &)> &visit) const
{
    eachRow(m_document, objectivesSql(std::nullopt), cycleId, std::nullopt,
            [&](const Statement &row) { visit(Tables::objectiveFrom(row)); });
}

void PlanQueries::eachKeyResult(Id cycleId, const std::function<void(const KeyResult &)> &visit) const
{
    eachRow(m_document, keyResultsSql(std::nullopt, LatestUpdate::Value), cycleId, std::nullopt,
            [&](const Statement &row) { visit(keyResultWithLatestValue(row)); });
}

void PlanQueries::eachInitiative(Id cycleId, const std::function<void(const Initiative &)> &visit) const
{
    eachRow(m_document, initiativesSql(std::nullopt), cycleId, std::nullopt,
            [&](const Statement &row) { visit(Tables::initiativeFrom(row)); });
}

void PlanQueries::eachInTreeOrder(Id cycleId, const std::function<void(const Objective &)> &visitObjective,
                                  const std::function<void(const KeyResult &)> &visitKeyResult,
                                  const std::function<void(const Initiative &)> &visitInitiative) const
{
    // The three queries sort alike (objective, then key result, then initiative positions): each cursor moves on
    // while its row belongs to the record just handed over.
    Statement objectives(m_document, objectivesSql(std::nullopt));
    Statement keyResults(m_document, keyResultsSql(std::nullopt, LatestUpdate::Value));
    Statement initiatives(m_document, initiativesSql(std::nullopt));
    for (Statement *query : {&objectives, &keyResults, &initiatives})
        query->bind(QStringLiteral("cycle_id"), cycleId).exec();
    std::optional<KeyResult> keyResult;
    if (keyResults.next())
        keyResult = keyResultWithLatestValue(keyResults);
    std::optional<Initiative> initiative;
    if (initiatives.next())
        initiative = Tables::initiativeFrom(initiatives);
    while (objectives.next()) {
        const Objective objective = Tables::objectiveFrom(objectives);
        visitObjective(objective);
        for (; keyResult && keyResult->objectiveId == objective.id;
             keyResult = keyResults.next() ? std::optional(keyResultWithLatestValue(keyResults)) : std::nullopt) {
            visitKeyResult(*keyResult);
            for (; initiative && initiative->keyResultId == keyResult->id;
                 initiative = initiatives.next() ? std::optional(Tables::initiativeFrom(initiatives)) : std::nullopt)
                visitInitiative(*initiative);
        }
    }
}

void PlanQueries::eachObjectiveOutline(Id cycleId, const std::function<void(const ObjectiveOutline &)> &visit) const
{
    static const QString sql =
        QStringLiteral("SELECT o.id,"
                       " (SELECT count(*) FROM key_results k WHERE k.objective_id = o.id),"
                       " (SELECT count(*) FROM key_results k JOIN initiatives i ON i.key_result_id = k.id"
                       " WHERE k.objective_id = o.id),"
                       " EXISTS (SELECT 1 FROM objectives aligned WHERE aligned.parent_id = o.id) AS aligned_to,"
                       " o.title"
                       " FROM objectives o WHERE o.cycle_id = :cycle_id ORDER BY o.position, o.id");
    eachRow(m_document, sql, cycleId, std::nullopt, [&](const Statement &row) {
        ObjectiveOutline outline;
        outline.id = row.value(0).toLongLong();
        outline.keyResults = row.value(1).toInt();
        outline.initiatives = row.value(2).toInt();
        outline.alignedTo = row.value(3).toBool();
        if (outline.alignedTo)
            outline.title = row.value(4).toString();
        visit(outline);
    });
}

std::optional<Objective> PlanQueries::objective(Id objectiveId) const
{
    Statement query(m_document, Tables::objectives().select(QStringLiteral("WHERE id = :id")));
    query.bind(QStringLiteral("id"), objectiveId).exec();
    std::optional<Objective> found;
    if (query.next())
        found = Tables::objectiveFrom(query);
    query.finish();
    return found;
}

std::optional<Id> PlanQueries::firstAlignedToItself(Id firstId) const
{
    // Every such objective walks up its parents at once. UNION, not UNION ALL: a walk that meets a loop that does not
    // pass through its start ends there too.
    Statement query(
        m_document,
        QStringLiteral("WITH RECURSIVE above(start, id) AS (SELECT id, parent_id FROM objectives WHERE "
                       "id >= :first AND parent_id > id UNION SELECT a.start, o.parent_id FROM above a "
                       "JOIN objectives o ON o.id = a.id WHERE o.parent_id IS NOT NULL AND a.id <> a.start) "
                       "SELECT min(start) FROM above WHERE id = start"));
    query.bind(QStringLiteral("first"), firstId).exec();
    const QVariant looping = query.next() ? query.value(0) : QVariant();
    query.finish();
    return looping.isNull() ? std::nullopt : std::optional<Id>(looping.toLongLong());
}

QSet<Id> PlanQueries::keyResultIdsOfTeam(Id cycleId, Id teamId) const
{
    QSet<Id> ids;
    eachRow(m_document,
            QStringLiteral("SELECT k.id FROM key_results k JOIN objectives o") + objectivesIndex(teamId) +
                QStringLiteral(" ON o.id = k.objective_id WHERE o.cycle_id = :cycle_id") + teamCondition(teamId),
            cycleId, teamId, [&ids](const Statement &row) { ids.insert(row.value(0).toLongLong()); });
    return ids;
}

QList<Scoring::ValuePoint> PlanQueries::keyResultHistory(Id keyResultId) const
{
    Statement query(m_document, historyColumns() + QStringLiteral("WHERE u.key_result_id = :key_result_id"
                                                                  " ORDER BY u.iso_year, u.iso_week, u.check_in_id"));
    query.bind(QStringLiteral("key_result_id"), keyResultId).exec();
    return historiesFrom(query).value(keyResultId);
}

QHash<Id, QList<Scoring::ValuePoint>> PlanQueries::keyResultHistoriesOfCycle(Id cycleId,
                                                                             std::optional<Id> onlyTeam) const
{
    // In the order of the three indexes walked: no sort, and each key result's rows still come together, by week.
    Statement query(m_document, historyColumns() +
                                    QStringLiteral("JOIN key_results k ON k.id = u.key_result_id"
                                                   " JOIN objectives o") +
                                    objectivesIndex(onlyTeam) +
                                    QStringLiteral(" ON o.id = k.objective_id WHERE o.cycle_id = :cycle_id") +
                                    teamCondition(onlyTeam) +
                                    QStringLiteral(" ORDER BY o.position, o.id, k.position, k.id, u.iso_year,"
                                                   " u.iso_week, u.check_in_id"));
    bindTeam(query, onlyTeam).bind(QStringLiteral("cycle_id"), cycleId).exec();
    return historiesFrom(query);
}

QList<KeyResultTimelineEntry> PlanQueries::keyResultTimeline(Id keyResultId) const
{
    Statement query(m_document, QStringLiteral("SELECT u.key_result_id, c.team_id, c.iso_year, c.iso_week, u.value,"
                                               " u.confidence, u.comment FROM kr_updates u"
                                               " JOIN check_ins c ON c.id = u.check_in_id"
                                               " WHERE u.key_result_id = :key_result_id"
                                               " ORDER BY c.iso_year, c.iso_week, c.id"));
    query.bind(QStringLiteral("key_result_id"), keyResultId).exec();
    QList<KeyResultTimelineEntry> entries;
    while (query.next()) {
        KeyResultTimelineEntry entry;
        const KeyResultUpdate update = Tables::keyResultUpdateFrom(query);
        entry.keyResultId = update.keyResultId;
        entry.teamId = query.integer(QStringLiteral("team_id"));
        entry.week = {int(query.integer(QStringLiteral("iso_year"))), int(query.integer(QStringLiteral("iso_week")))};
        entry.value = update.value;
        entry.confidence = update.confidence;
        entry.comment = update.comment;
        entries.append(entry);
    }
    return entries;
}

QStringList PlanQueries::ownerNames() const
{
    Statement query(m_document, QStringLiteral("SELECT owner FROM key_results WHERE trim(owner) <> '' UNION "
                                               "SELECT owner FROM initiatives WHERE trim(owner) <> ''"));
    query.exec();
    QStringList names;
    QSet<QString> seen; // folded: SQLite's NOCASE folds ASCII letters only
    while (query.next()) {
        const QString name = query.text(QStringLiteral("owner")).trimmed();
        if (!seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            names.append(name);
        }
    }
    std::sort(names.begin(), names.end(),
              [](const QString &left, const QString &right) { return left.compare(right, Qt::CaseInsensitive) < 0; });
    return names;
}

QSet<Id> PlanQueries::gradedCycles() const
{
    // One seek per cycle in the (cycle, position) key, stopping at its first grade.
    Statement query(m_document, QStringLiteral("SELECT c.id FROM cycles c WHERE EXISTS (SELECT 1 FROM objectives o"
                                               " WHERE o.cycle_id = c.id AND o.grade IS NOT NULL)"));
    query.exec();
    QSet<Id> cycles;
    while (query.next())
        cycles.insert(query.value(0).toLongLong());
    return cycles;
}

QList<GradedObjective> PlanQueries::gradedObjectives(const QList<Id> &cycleIds) const
{
    QList<GradedObjective> objectives;
    for (const Id cycleId : cycleIds)
        eachRow(m_document,
                QStringLiteral("SELECT id, team_id, grade FROM objectives WHERE cycle_id = :cycle_id"
                               " AND grade IS NOT NULL ORDER BY team_id, position, id"),
                cycleId, std::nullopt, [&](const Statement &row) {
                    objectives.append(
                        {row.value(0).toLongLong(), cycleId, row.value(1).toLongLong(), row.value(2).toDouble()});
                });
    return objectives;
}
