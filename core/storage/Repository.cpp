#include "storage/Repository.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <utility>
#include <vector>

namespace {

// ---- Values in and out of SQL ----------------------------------------------------------------------------------

template <typename Enum, std::size_t Count> using NameTable = std::array<std::pair<Enum, QLatin1String>, Count>;

// The stable text of each enum value, as documented and checked in the migrations.
constexpr NameTable<Commitment, 2> commitmentNames{{
    {Commitment::Committed, QLatin1String("committed")},
    {Commitment::Aspirational, QLatin1String("aspirational")},
}};
constexpr NameTable<CycleState, 3> cycleStateNames{{
    {CycleState::Planning, QLatin1String("planning")},
    {CycleState::Active, QLatin1String("active")},
    {CycleState::Closed, QLatin1String("closed")},
}};
constexpr NameTable<MeasureUnit, 5> unitNames{{
    {MeasureUnit::Number, QLatin1String("number")},
    {MeasureUnit::Percent, QLatin1String("percent")},
    {MeasureUnit::Currency, QLatin1String("currency")},
    {MeasureUnit::Time, QLatin1String("time")},
    {MeasureUnit::Rating, QLatin1String("rating")},
}};
constexpr NameTable<KeyResultKind, 4> kindNames{{
    {KeyResultKind::Increase, QLatin1String("increase")},
    {KeyResultKind::Decrease, QLatin1String("decrease")},
    {KeyResultKind::KeepAbove, QLatin1String("keep-above")},
    {KeyResultKind::KeepBelow, QLatin1String("keep-below")},
}};
constexpr NameTable<InitiativeStatus, 4> statusNames{{
    {InitiativeStatus::Planned, QLatin1String("planned")},
    {InitiativeStatus::InProgress, QLatin1String("in-progress")},
    {InitiativeStatus::Done, QLatin1String("done")},
    {InitiativeStatus::Dropped, QLatin1String("dropped")},
}};
constexpr NameTable<Confidence, 3> confidenceNames{{
    {Confidence::OnTrack, QLatin1String("on-track")},
    {Confidence::AtRisk, QLatin1String("at-risk")},
    {Confidence::OffTrack, QLatin1String("off-track")},
}};
constexpr NameTable<PlanItemKind, 3> planItemKindNames{{
    {PlanItemKind::Plan, QLatin1String("plan")},
    {PlanItemKind::Progress, QLatin1String("progress")},
    {PlanItemKind::Problem, QLatin1String("problem")},
}};
constexpr NameTable<PreferredTrend, 2> trendNames{{
    {PreferredTrend::HigherIsBetter, QLatin1String("higher-is-better")},
    {PreferredTrend::LowerIsBetter, QLatin1String("lower-is-better")},
}};

template <typename Enum, std::size_t Count> QVariant nameOf(const NameTable<Enum, Count> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString(name);
    }
    return QString(names.front().second);
}

// The schema's CHECK constraints keep unknown text out; the first value is the fallback all the same.
template <typename Enum, std::size_t Count> Enum valueOf(const NameTable<Enum, Count> &names, const QVariant &stored)
{
    const QString text = stored.toString();
    for (const auto &[value, name] : names) {
        if (text == name)
            return value;
    }
    return names.front().first;
}

QVariant idOrNull(Id id)
{
    return id == NoId ? QVariant() : QVariant(id);
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant &stored)
{
    return stored.isNull() ? std::nullopt : std::optional<double>(stored.toDouble());
}

// Check-ins are dated by the Friday of their ISO week: the usual check-in day.
QDate fridayOf(int isoYear, int isoWeek)
{
    return IsoWeek{isoYear, isoWeek}.monday().addDays(4);
}

// ---- Running statements -----------------------------------------------------------------------------------------

QSqlQuery &run(Document &document, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery &query = document.prepared(sql);
    for (qsizetype index = 0; index < values.size(); ++index) {
        const QVariant &value = values[index];
        // Qt binds a null QString as SQL NULL; in the domain it is just no text.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(static_cast<int>(index), nullText ? QVariant(QStringLiteral("")) : value);
    }
    Document::exec(query);
    return query;
}

// For a write that must touch exactly one existing row.
void runOnExisting(Document &document, const QString &sql, const QVariantList &values, const char *missingText, Id id)
{
    QSqlQuery &query = run(document, sql, values);
    if (query.numRowsAffected() == 0)
        throw DocumentError(QCoreApplication::translate("Repository", missingText).arg(id));
}

const char *const missingTeam = QT_TRANSLATE_NOOP("Repository", "The team %1 does not exist in this document.");
const char *const missingCycle = QT_TRANSLATE_NOOP("Repository", "The cycle %1 does not exist in this document.");
const char *const missingObjective =
    QT_TRANSLATE_NOOP("Repository", "The objective %1 does not exist in this document.");
const char *const missingKeyResult =
    QT_TRANSLATE_NOOP("Repository", "The key result %1 does not exist in this document.");
const char *const missingInitiative =
    QT_TRANSLATE_NOOP("Repository", "The initiative %1 does not exist in this document.");
const char *const missingKpi = QT_TRANSLATE_NOOP("Repository", "The KPI %1 does not exist in this document.");

// ---- Positions --------------------------------------------------------------------------------------------------
// Siblings are numbered densely from 0. Adding at a position shifts the siblings at and after it down; a position
// below 0 or past the end appends. Removing closes the gap. Moving (update with another position or parent) is a
// remove from the old siblings plus an add to the new ones.

struct Siblings {
    QString table;
    QString condition; // selects the sibling rows, e.g. "objective_id = ?"
    QVariantList keys; // bound to the condition's placeholders
};

Siblings objectiveSiblings(Id cycleId, Id teamId)
{
    return {QStringLiteral("objectives"), QStringLiteral("cycle_id = ? AND team_id = ?"), {cycleId, teamId}};
}

Siblings keyResultSiblings(Id objectiveId)
{
    return {QStringLiteral("key_results"), QStringLiteral("objective_id = ?"), {objectiveId}};
}

Siblings initiativeSiblings(Id keyResultId)
{
    return {QStringLiteral("initiatives"), QStringLiteral("key_result_id = ?"), {keyResultId}};
}

// Makes room at `requested` among the siblings (other than `self`) and returns the position to store.
int openGap(Document &document, const Siblings &siblings, int requested, Id self)
{
    QSqlQuery &end = run(document,
                         QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM ") + siblings.table +
                             QStringLiteral(" WHERE ") + siblings.condition + QStringLiteral(" AND id <> ?"),
                         siblings.keys + QVariantList{self});
    const int endPosition = end.next() ? end.value(0).toInt() : 0;
    end.finish();
    if (requested < 0 || requested >= endPosition)
        return endPosition;
    run(document,
        QStringLiteral("UPDATE ") + siblings.table + QStringLiteral(" SET position = position + 1 WHERE ") +
            siblings.condition + QStringLiteral(" AND id <> ? AND position >= ?"),
        siblings.keys + QVariantList{self, requested});
    return requested;
}

void closeGap(Document &document, const Siblings &siblings, int removed, Id self)
{
    run(document,
        QStringLiteral("UPDATE ") + siblings.table + QStringLiteral(" SET position = position - 1 WHERE ") +
            siblings.condition + QStringLiteral(" AND id <> ? AND position > ?"),
        siblings.keys + QVariantList{self, removed});
}

// The siblings and position a row has now; throws when the row does not exist.
std::pair<QVariantList, int> placeOf(Document &document, const QString &sql, Id id, const char *missingText)
{
    QSqlQuery &query = run(document, sql, {id});
    if (!query.next())
        throw DocumentError(QCoreApplication::translate("Repository", missingText).arg(id));
    QVariantList keys;
    const int columns = query.record().count();
    for (int column = 0; column + 1 < columns; ++column)
        keys.append(query.value(column));
    const int position = query.value(columns - 1).toInt();
    query.finish();
    return {keys, position};
}

// Moves a row when its siblings or position change; returns the position to store.
int moveIfNeeded(Document &document, const Siblings &oldSiblings, int oldPosition, const Siblings &newSiblings,
                 int requested, Id self)
{
    if (oldSiblings.keys == newSiblings.keys && requested == oldPosition)
        return oldPosition;
    closeGap(document, oldSiblings, oldPosition, self);
    return openGap(document, newSiblings, requested, self);
}

// ---- Rows to domain values --------------------------------------------------------------------------------------

const QString cycleColumns = QStringLiteral("id, name, start_date, end_date, state, annual");

Cycle cycleFrom(const QSqlQuery &query)
{
    Cycle cycle;
    cycle.id = query.value(0).toLongLong();
    cycle.name = query.value(1).toString();
    cycle.start = dateFrom(query.value(2));
    cycle.end = dateFrom(query.value(3));
    cycle.state = valueOf(cycleStateNames, query.value(4));
    cycle.annual = query.value(5).toBool();
    return cycle;
}

QList<Cycle> cyclesFrom(QSqlQuery &query)
{
    QList<Cycle> cycles;
    while (query.next())
        cycles.append(cycleFrom(query));
    return cycles;
}

// Depth first, siblings in the order they were added: parents always come before their children.
QList<Team> parentsFirst(const QList<Team> &teams)
{
    QSet<Id> ids;
    for (const Team &team : teams)
        ids.insert(team.id);
    QHash<Id, QList<qsizetype>> children;
    std::vector<qsizetype> pending; // a stack: the next team to emit is at the back
    for (qsizetype row = teams.size() - 1; row >= 0; --row) {
        if (ids.contains(teams[row].parentId))
            children[teams[row].parentId].prepend(row);
        else
            pending.push_back(row);
    }
    QList<Team> ordered;
    ordered.reserve(teams.size());
    while (!pending.empty()) {
        const Team &team = teams[pending.back()];
        pending.pop_back();
        ordered.append(team);
        const QList<qsizetype> &below = children.value(team.id);
        for (auto child = below.crbegin(); child != below.crend(); ++child)
            pending.push_back(*child);
    }
    return ordered;
}

const QString objectiveColumns = QStringLiteral(
    "id, cycle_id, team_id, parent_id, title, description, commitment, weight, position, grade, grade_note");

Objective objectiveFrom(const QSqlQuery &query)
{
    Objective objective;
    objective.id = query.value(0).toLongLong();
    objective.cycleId = query.value(1).toLongLong();
    objective.teamId = query.value(2).toLongLong();
    objective.parentId = query.value(3).toLongLong();
    objective.title = query.value(4).toString();
    objective.description = query.value(5).toString();
    objective.commitment = valueOf(commitmentNames, query.value(6));
    objective.weight = query.value(7).toDouble();
    objective.position = query.value(8).toInt();
    objective.grade = optionalDouble(query.value(9));
    objective.gradeNote = query.value(10).toString();
    return objective;
}

KeyResult keyResultFrom(const QSqlQuery &query)
{
    KeyResult keyResult;
    keyResult.id = query.value(0).toLongLong();
    keyResult.objectiveId = query.value(1).toLongLong();
    keyResult.title = query.value(2).toString();
    keyResult.description = query.value(3).toString();
    keyResult.start = query.value(4).toDouble();
    keyResult.target = query.value(5).toDouble();
    keyResult.unit = valueOf(unitNames, query.value(6));
    keyResult.unitLabel = query.value(7).toString();
    keyResult.kind = valueOf(kindNames, query.value(8));
    keyResult.weight = query.value(9).toDouble();
    keyResult.owner = query.value(10).toString();
    keyResult.commitment = valueOf(commitmentNames, query.value(11));
    keyResult.position = query.value(12).toInt();
    return keyResult;
}

Initiative initiativeFrom(const QSqlQuery &query)
{
    Initiative initiative;
    initiative.id = query.value(0).toLongLong();
    initiative.keyResultId = query.value(1).toLongLong();
    initiative.title = query.value(2).toString();
    initiative.owner = query.value(3).toString();
    initiative.status = valueOf(statusNames, query.value(4));
    initiative.due = dateFrom(query.value(5));
    initiative.position = query.value(6).toInt();
    return initiative;
}

// Fills the updates and plan items of check-ins already read, with one query each.
void attachCheckInContent(Document &document, QList<CheckIn> &checkIns, const QString &updatesSql,
                          const QString &itemsSql, const QVariantList &values)
{
    QHash<Id, qsizetype> rowOf;
    for (qsizetype row = 0; row < checkIns.size(); ++row)
        rowOf.insert(checkIns[row].id, row);

    QSqlQuery &updates = run(document, updatesSql, values);
    while (updates.next()) {
        KeyResultUpdate update;
        update.keyResultId = updates.value(1).toLongLong();
        update.value = updates.value(2).toDouble();
        update.confidence = valueOf(confidenceNames, updates.value(3));
        update.comment = updates.value(4).toString();
        checkIns[rowOf.value(updates.value(0).toLongLong())].updates.append(update);
    }
    QSqlQuery &items = run(document, itemsSql, values);
    while (items.next()) {
        PlanItem item;
        item.person = items.value(1).toString();
        item.kind = valueOf(planItemKindNames, items.value(2));
        item.text = items.value(3).toString();
        item.keyResultId = items.value(4).toLongLong();
        item.done = items.value(5).toBool();
        checkIns[rowOf.value(items.value(0).toLongLong())].items.append(item);
    }
}

} // namespace

Repository::Repository(Document &document)
    : m_document(document)
{
}

// ---- Organisation -----------------------------------------------------------------------------------------------

QList<Team> Repository::teams() const
{
    QSqlQuery &query = run(m_document, QStringLiteral("SELECT id, parent_id, name FROM teams ORDER BY id"));
    QList<Team> teams;
    while (query.next())
        teams.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    return parentsFirst(teams);
}

std::optional<Team> Repository::teamByName(const QString &name) const
{
    // In C++ rather than SQL: SQLite's NOCASE folds ASCII letters only.
    const QList<Team> all = teams();
    for (const Team &team : all) {
        if (team.name.compare(name, Qt::CaseInsensitive) == 0)
            return team;
    }
    return std::nullopt;
}

QString Repository::organisationName() const
{
    QSqlQuery &query =
        run(m_document, QStringLiteral("SELECT name FROM teams WHERE parent_id IS NULL ORDER BY id LIMIT 1"));
    const QString name = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return name;
}

Id Repository::addTeam(const Team &team)
{
    Id id = NoId;
    m_document.transaction([&] {
        QSqlQuery &query = run(m_document, QStringLiteral("INSERT INTO teams (parent_id, name) VALUES (?, ?)"),
                               {idOrNull(team.parentId), team.name});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::renameTeam(Id teamId, const QString &name)
{
    m_document.transaction([&] {
        runOnExisting(m_document, QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"), {name, teamId}, missingTeam,
                      teamId);
    });
}

// ---- Cycles -----------------------------------------------------------------------------------------------------

QList<Cycle> Repository::cycles() const
{
    return cyclesFrom(run(m_document, QStringLiteral("SELECT ") + cycleColumns +
                                          QStringLiteral(" FROM cycles ORDER BY start_date, id")));
}

std::optional<Cycle> Repository::cycle(Id cycleId) const
{
    QSqlQuery &query = run(
        m_document, QStringLiteral("SELECT ") + cycleColumns + QStringLiteral(" FROM cycles WHERE id = ?"), {cycleId});
    std::optional<Cycle> found;
    if (query.next())
        found = cycleFrom(query);
    query.finish();
    return found;
}

std::optional<Cycle> Repository::cycleByName(const QString &name) const
{
    const QList<Cycle> all = cycles();
    for (const Cycle &candidate : all) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

std::optional<Cycle> Repository::activeCycle() const
{
    QSqlQuery &query = run(m_document, QStringLiteral("SELECT ") + cycleColumns +
                                           QStringLiteral(" FROM cycles WHERE state = 'active' AND annual = 0 "
                                                          "ORDER BY start_date DESC, id DESC LIMIT 1"));
    std::optional<Cycle> found;
    if (query.next())
        found = cycleFrom(query);
    query.finish();
    return found;
}

Id Repository::addCycle(const Cycle &cycle)
{
    Id id = NoId;
    m_document.transaction([&] {
        QSqlQuery &query = run(m_document,
                               QStringLiteral("INSERT INTO cycles (id, name, start_date, end_date, state, annual) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {idOrNull(cycle.id), cycle.name, dateOrNull(cycle.start), dateOrNull(cycle.end),
                                nameOf(cycleStateNames, cycle.state), cycle.annual ? 1 : 0});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::updateCycle(const Cycle &cycle)
{
    m_document.transaction([&] {
        runOnExisting(m_document,
                      QStringLiteral("UPDATE cycles SET name = ?, start_date = ?, end_date = ?, state = ?, annual = ? "
                                     "WHERE id = ?"),
                      {cycle.name, dateOrNull(cycle.start), dateOrNull(cycle.end), nameOf(cycleStateNames, cycle.state),
                       cycle.annual ? 1 : 0, cycle.id},
                      missingCycle, cycle.id);
    });
}

void Repository::removeCycle(Id cycleId)
{
    m_document.transaction([&] {
        QSqlQuery &objectives =
            run(m_document, QStringLiteral("SELECT COUNT(*) FROM objectives WHERE cycle_id = ?"), {cycleId});
        if (objectives.next() && objectives.value(0).toInt() > 0)
            throw DocumentError(
                QCoreApplication::translate("Repository", "The cycle %1 still holds objectives: it cannot be removed.")
                    .arg(cycleId));
        runOnExisting(m_document, QStringLiteral("DELETE FROM cycles WHERE id = ?"), {cycleId}, missingCycle, cycleId);
    });
}

// ---- The cycle plan ---------------------------------------------------------------------------------------------

CyclePlan Repository::loadCyclePlan(Id cycleId) const
{
    CyclePlan plan;
    const std::optional<Cycle> found = cycle(cycleId);
    if (!found)
        throw DocumentError(QCoreApplication::translate("Repository", missingCycle).arg(cycleId));
    plan.cycle = *found;
    plan.teams = teams();

    QSqlQuery &objectives = run(m_document,
                                QStringLiteral("SELECT ") + objectiveColumns +
                                    QStringLiteral(" FROM objectives WHERE cycle_id = ? ORDER BY position, id"),
                                {cycleId});
    while (objectives.next())
        plan.objectives.append(objectiveFrom(objectives));

    // Each key result with its latest check-in week's update, if any: one seek in kr_updates_by_key_result.
    QSqlQuery &keyResults =
        run(m_document,
            QStringLiteral("SELECT k.id, k.objective_id, k.title, k.description, k.start_value, k.target_value, k.unit,"
                           " k.unit_label, k.kind, k.weight, k.owner, k.commitment, k.position,"
                           " u.value, u.confidence, u.iso_year, u.iso_week"
                           " FROM key_results k JOIN objectives o ON o.id = k.objective_id"
                           " LEFT JOIN kr_updates u ON u.id = ("
                           "  SELECT latest.id FROM kr_updates latest WHERE latest.key_result_id = k.id"
                           "  ORDER BY latest.iso_year DESC, latest.iso_week DESC, latest.check_in_id DESC LIMIT 1)"
                           " WHERE o.cycle_id = ? ORDER BY k.position, k.id"),
            {cycleId});
    while (keyResults.next()) {
        KeyResult keyResult = keyResultFrom(keyResults);
        if (!keyResults.value(13).isNull()) {
            keyResult.current = keyResults.value(13).toDouble();
            plan.latestCheckIns.insert(keyResult.id,
                                       {fridayOf(keyResults.value(15).toInt(), keyResults.value(16).toInt()),
                                        valueOf(confidenceNames, keyResults.value(14))});
        }
        plan.keyResults.append(keyResult);
    }

    QSqlQuery &initiatives =
        run(m_document,
            QStringLiteral("SELECT i.id, i.key_result_id, i.title, i.owner, i.status, i.due_date, i.position"
                           " FROM initiatives i JOIN key_results k ON k.id = i.key_result_id"
                           " JOIN objectives o ON o.id = k.objective_id"
                           " WHERE o.cycle_id = ? ORDER BY i.position, i.id"),
            {cycleId});
    while (initiatives.next())
        plan.initiatives.append(initiativeFrom(initiatives));

    plan.rebuildIndex();
    return plan;
}

// ---- Objectives -------------------------------------------------------------------------------------------------

Id Repository::addObjective(const Objective &objective)
{
    Id id = NoId;
    m_document.transaction([&] {
        const int position =
            openGap(m_document, objectiveSiblings(objective.cycleId, objective.teamId), objective.position, NoId);
        QSqlQuery &query =
            run(m_document,
                QStringLiteral("INSERT INTO objectives (cycle_id, team_id, parent_id, title, description,"
                               " commitment, weight, position, grade, grade_note)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {objective.cycleId, objective.teamId, idOrNull(objective.parentId), objective.title,
                 objective.description, nameOf(commitmentNames, objective.commitment), objective.weight, position,
                 objective.grade ? QVariant(*objective.grade) : QVariant(), objective.gradeNote});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::updateObjective(const Objective &objective)
{
    if (objective.parentId != NoId && objective.parentId == objective.id)
        throw DocumentError(QCoreApplication::translate("Repository", "An objective cannot be aligned to itself."));
    m_document.transaction([&] {
        const auto [keys, oldPosition] =
            placeOf(m_document, QStringLiteral("SELECT cycle_id, team_id, position FROM objectives WHERE id = ?"),
                    objective.id, missingObjective);
        const int position =
            moveIfNeeded(m_document, objectiveSiblings(keys[0].toLongLong(), keys[1].toLongLong()), oldPosition,
                         objectiveSiblings(objective.cycleId, objective.teamId), objective.position, objective.id);
        run(m_document,
            QStringLiteral("UPDATE objectives SET cycle_id = ?, team_id = ?, parent_id = ?, title = ?, description = ?,"
                           " commitment = ?, weight = ?, position = ?, grade = ?, grade_note = ? WHERE id = ?"),
            {objective.cycleId, objective.teamId, idOrNull(objective.parentId), objective.title, objective.description,
             nameOf(commitmentNames, objective.commitment), objective.weight, position,
             objective.grade ? QVariant(*objective.grade) : QVariant(), objective.gradeNote, objective.id});
    });
}

void Repository::removeObjective(Id objectiveId)
{
    m_document.transaction([&] {
        const auto [keys, position] =
            placeOf(m_document, QStringLiteral("SELECT cycle_id, team_id, position FROM objectives WHERE id = ?"),
                    objectiveId, missingObjective);
        // Key results, initiatives and their updates cascade; aligned children lose their parent (SET NULL).
        run(m_document, QStringLiteral("DELETE FROM objectives WHERE id = ?"), {objectiveId});
        closeGap(m_document, objectiveSiblings(keys[0].toLongLong(), keys[1].toLongLong()), position, objectiveId);
    });
}

void Repository::gradeObjective(Id objectiveId, std::optional<double> grade, const QString &note)
{
    if (grade && !(*grade >= 0.0 && *grade <= 1.0))
        throw DocumentError(
            QCoreApplication::translate("Repository", "A grade lies between 0.0 and 1.0, not %1.").arg(*grade));
    m_document.transaction([&] {
        runOnExisting(m_document, QStringLiteral("UPDATE objectives SET grade = ?, grade_note = ? WHERE id = ?"),
                      {grade ? QVariant(*grade) : QVariant(), note, objectiveId}, missingObjective, objectiveId);
    });
}

// ---- Key results ------------------------------------------------------------------------------------------------

Id Repository::addKeyResult(const KeyResult &keyResult)
{
    Id id = NoId;
    m_document.transaction([&] {
        const int position = openGap(m_document, keyResultSiblings(keyResult.objectiveId), keyResult.position, NoId);
        QSqlQuery &query = run(
            m_document,
            QStringLiteral("INSERT INTO key_results (objective_id, title, description, start_value, target_value, unit,"
                           " unit_label, kind, weight, owner, commitment, position)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {keyResult.objectiveId, keyResult.title, keyResult.description, keyResult.start, keyResult.target,
             nameOf(unitNames, keyResult.unit), keyResult.unitLabel, nameOf(kindNames, keyResult.kind),
             keyResult.weight, keyResult.owner, nameOf(commitmentNames, keyResult.commitment), position});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::updateKeyResult(const KeyResult &keyResult)
{
    m_document.transaction([&] {
        const auto [keys, oldPosition] =
            placeOf(m_document, QStringLiteral("SELECT objective_id, position FROM key_results WHERE id = ?"),
                    keyResult.id, missingKeyResult);
        const int position = moveIfNeeded(m_document, keyResultSiblings(keys[0].toLongLong()), oldPosition,
                                          keyResultSiblings(keyResult.objectiveId), keyResult.position, keyResult.id);
        run(m_document,
            QStringLiteral("UPDATE key_results SET objective_id = ?, title = ?, description = ?, start_value = ?,"
                           " target_value = ?, unit = ?, unit_label = ?, kind = ?, weight = ?, owner = ?,"
                           " commitment = ?, position = ? WHERE id = ?"),
            {keyResult.objectiveId, keyResult.title, keyResult.description, keyResult.start, keyResult.target,
             nameOf(unitNames, keyResult.unit), keyResult.unitLabel, nameOf(kindNames, keyResult.kind),
             keyResult.weight, keyResult.owner, nameOf(commitmentNames, keyResult.commitment), position, keyResult.id});
    });
}

void Repository::removeKeyResult(Id keyResultId)
{
    m_document.transaction([&] {
        const auto [keys, position] =
            placeOf(m_document, QStringLiteral("SELECT objective_id, position FROM key_results WHERE id = ?"),
                    keyResultId, missingKeyResult);
        run(m_document, QStringLiteral("DELETE FROM key_results WHERE id = ?"), {keyResultId});
        closeGap(m_document, keyResultSiblings(keys[0].toLongLong()), position, keyResultId);
    });
}

// ---- Initiatives ------------------------------------------------------------------------------------------------

Id Repository::addInitiative(const Initiative &initiative)
{
    Id id = NoId;
    m_document.transaction([&] {
        const int position = openGap(m_document, initiativeSiblings(initiative.keyResultId), initiative.position, NoId);
        QSqlQuery &query = run(m_document,
                               QStringLiteral("INSERT INTO initiatives (key_result_id, title, owner, status, due_date,"
                                              " position) VALUES (?, ?, ?, ?, ?, ?)"),
                               {initiative.keyResultId, initiative.title, initiative.owner,
                                nameOf(statusNames, initiative.status), dateOrNull(initiative.due), position});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::updateInitiative(const Initiative &initiative)
{
    m_document.transaction([&] {
        const auto [keys, oldPosition] =
            placeOf(m_document, QStringLiteral("SELECT key_result_id, position FROM initiatives WHERE id = ?"),
                    initiative.id, missingInitiative);
        const int position =
            moveIfNeeded(m_document, initiativeSiblings(keys[0].toLongLong()), oldPosition,
                         initiativeSiblings(initiative.keyResultId), initiative.position, initiative.id);
        run(m_document,
            QStringLiteral("UPDATE initiatives SET key_result_id = ?, title = ?, owner = ?, status = ?, due_date = ?,"
                           " position = ? WHERE id = ?"),
            {initiative.keyResultId, initiative.title, initiative.owner, nameOf(statusNames, initiative.status),
             dateOrNull(initiative.due), position, initiative.id});
    });
}

void Repository::removeInitiative(Id initiativeId)
{
    m_document.transaction([&] {
        const auto [keys, position] =
            placeOf(m_document, QStringLiteral("SELECT key_result_id, position FROM initiatives WHERE id = ?"),
                    initiativeId, missingInitiative);
        run(m_document, QStringLiteral("DELETE FROM initiatives WHERE id = ?"), {initiativeId});
        closeGap(m_document, initiativeSiblings(keys[0].toLongLong()), position, initiativeId);
    });
}

// ---- Check-ins --------------------------------------------------------------------------------------------------

Id Repository::saveCheckIn(const CheckIn &checkIn)
{
    if (!checkIn.week.isValid())
        throw DocumentError(QCoreApplication::translate("Repository", "The check-in's week %1 does not exist.")
                                .arg(checkIn.week.toString()));
    Id id = NoId;
    m_document.transaction([&] {
        // (team, week) is the key: saving the same week again keeps the row (and its id) and replaces the content.
        run(m_document,
            QStringLiteral("INSERT INTO check_ins (team_id, iso_year, iso_week, lessons, next_priorities)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id, iso_year, iso_week)"
                           " DO UPDATE SET lessons = excluded.lessons, next_priorities = excluded.next_priorities"),
            {checkIn.teamId, checkIn.week.year, checkIn.week.week, checkIn.lessons, checkIn.nextPriorities});
        QSqlQuery &saved = run(
            m_document, QStringLiteral("SELECT id FROM check_ins WHERE team_id = ? AND iso_year = ? AND iso_week = ?"),
            {checkIn.teamId, checkIn.week.year, checkIn.week.week});
        saved.next();
        id = saved.value(0).toLongLong();
        saved.finish();

        run(m_document, QStringLiteral("DELETE FROM kr_updates WHERE check_in_id = ?"), {id});
        run(m_document, QStringLiteral("DELETE FROM plan_items WHERE check_in_id = ?"), {id});
        for (const KeyResultUpdate &update : checkIn.updates) {
            run(m_document,
                QStringLiteral("INSERT INTO kr_updates (check_in_id, iso_year, iso_week, key_result_id, value,"
                               " confidence, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, checkIn.week.year, checkIn.week.week, update.keyResultId, update.value,
                 nameOf(confidenceNames, update.confidence), update.comment});
        }
        for (const PlanItem &item : checkIn.items) {
            run(m_document,
                QStringLiteral("INSERT INTO plan_items (check_in_id, person, kind, text, key_result_id, done)"
                               " VALUES (?, ?, ?, ?, ?, ?)"),
                {id, item.person, nameOf(planItemKindNames, item.kind), item.text, idOrNull(item.keyResultId),
                 item.done ? 1 : 0});
        }
    });
    return id;
}

std::optional<CheckIn> Repository::checkIn(Id teamId, IsoWeek week) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT id, lessons, next_priorities FROM check_ins"
                                          " WHERE team_id = ? AND iso_year = ? AND iso_week = ?"),
                           {teamId, week.year, week.week});
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    QList<CheckIn> found(1);
    CheckIn &checkIn = found.first();
    checkIn.id = query.value(0).toLongLong();
    checkIn.teamId = teamId;
    checkIn.week = week;
    checkIn.lessons = query.value(1).toString();
    checkIn.nextPriorities = query.value(2).toString();
    query.finish();
    attachCheckInContent(m_document, found,
                         QStringLiteral("SELECT check_in_id, key_result_id, value, confidence, comment FROM kr_updates"
                                        " WHERE check_in_id = ? ORDER BY id"),
                         QStringLiteral("SELECT check_in_id, person, kind, text, key_result_id, done FROM plan_items"
                                        " WHERE check_in_id = ? ORDER BY id"),
                         {checkIn.id});
    return found.first();
}

QList<CheckIn> Repository::checkInsOfTeam(Id teamId) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT id, iso_year, iso_week, lessons, next_priorities FROM check_ins"
                                          " WHERE team_id = ? ORDER BY iso_year, iso_week"),
                           {teamId});
    QList<CheckIn> checkIns;
    while (query.next()) {
        CheckIn checkIn;
        checkIn.id = query.value(0).toLongLong();
        checkIn.teamId = teamId;
        checkIn.week = {query.value(1).toInt(), query.value(2).toInt()};
        checkIn.lessons = query.value(3).toString();
        checkIn.nextPriorities = query.value(4).toString();
        checkIns.append(checkIn);
    }
    attachCheckInContent(
        m_document, checkIns,
        QStringLiteral("SELECT u.check_in_id, u.key_result_id, u.value, u.confidence, u.comment FROM kr_updates u"
                       " JOIN check_ins c ON c.id = u.check_in_id WHERE c.team_id = ? ORDER BY u.id"),
        QStringLiteral("SELECT p.check_in_id, p.person, p.kind, p.text, p.key_result_id, p.done FROM plan_items p"
                       " JOIN check_ins c ON c.id = p.check_in_id WHERE c.team_id = ? ORDER BY p.id"),
        {teamId});
    return checkIns;
}

QList<Scoring::ValuePoint> Repository::keyResultHistory(Id keyResultId) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT iso_year, iso_week, value FROM kr_updates WHERE key_result_id = ?"
                                          " ORDER BY iso_year, iso_week, check_in_id"),
                           {keyResultId});
    QList<Scoring::ValuePoint> history;
    while (query.next()) {
        const Scoring::ValuePoint point{fridayOf(query.value(0).toInt(), query.value(1).toInt()),
                                        query.value(2).toDouble()};
        // Two teams may update one key result in the same week: the later check-in is that week's value.
        if (!history.isEmpty() && history.last().date == point.date)
            history.last() = point;
        else
            history.append(point);
    }
    return history;
}

// ---- KPIs -------------------------------------------------------------------------------------------------------

QList<Kpi> Repository::kpis() const
{
    QSqlQuery &query =
        run(m_document, QStringLiteral("SELECT id, team_id, name, unit_label, target, trend FROM kpis ORDER BY id"));
    QList<Kpi> kpis;
    QHash<Id, qsizetype> rowOf;
    while (query.next()) {
        Kpi kpi;
        kpi.id = query.value(0).toLongLong();
        kpi.teamId = query.value(1).toLongLong();
        kpi.name = query.value(2).toString();
        kpi.unitLabel = query.value(3).toString();
        kpi.target = query.value(4).toDouble();
        kpi.trend = valueOf(trendNames, query.value(5));
        rowOf.insert(kpi.id, kpis.size());
        kpis.append(kpi);
    }
    QSqlQuery &values =
        run(m_document, QStringLiteral("SELECT kpi_id, date, value FROM kpi_values ORDER BY kpi_id, date"));
    while (values.next())
        kpis[rowOf.value(values.value(0).toLongLong())].values.append(
            {dateFrom(values.value(1)), values.value(2).toDouble()});
    return kpis;
}

namespace {

void insertKpiValues(Document &document, Id kpiId, const QList<KpiValue> &values)
{
    for (const KpiValue &value : values) {
        // One value per day: a second one for the same day replaces the first.
        run(document,
            QStringLiteral("INSERT INTO kpi_values (kpi_id, date, value) VALUES (?, ?, ?)"
                           " ON CONFLICT (kpi_id, date) DO UPDATE SET value = excluded.value"),
            {kpiId, dateOrNull(value.date), value.value});
    }
}

// Inserts the KPI with its values and returns its id: `id` null lets SQLite choose one, an id in use throws.
Id insertKpi(Document &document, const Kpi &kpi, const QVariant &id)
{
    QSqlQuery &query =
        run(document,
            QStringLiteral("INSERT INTO kpis (id, team_id, name, unit_label, target, trend)"
                           " VALUES (?, ?, ?, ?, ?, ?)"),
            {id, idOrNull(kpi.teamId), kpi.name, kpi.unitLabel, kpi.target, nameOf(trendNames, kpi.trend)});
    const Id stored = query.lastInsertId().toLongLong();
    insertKpiValues(document, stored, kpi.values);
    return stored;
}

} // namespace

Id Repository::addKpi(const Kpi &kpi)
{
    Id id = NoId;
    m_document.transaction([&] { id = insertKpi(m_document, kpi, QVariant()); });
    return id;
}

void Repository::updateKpi(const Kpi &kpi)
{
    m_document.transaction([&] {
        runOnExisting(
            m_document,
            QStringLiteral("UPDATE kpis SET team_id = ?, name = ?, unit_label = ?, target = ?, trend = ?"
                           " WHERE id = ?"),
            {idOrNull(kpi.teamId), kpi.name, kpi.unitLabel, kpi.target, nameOf(trendNames, kpi.trend), kpi.id},
            missingKpi, kpi.id);
    });
}

void Repository::removeKpi(Id kpiId)
{
    // The values go with it (ON DELETE CASCADE).
    m_document.transaction([&] {
        runOnExisting(m_document, QStringLiteral("DELETE FROM kpis WHERE id = ?"), {kpiId}, missingKpi, kpiId);
    });
}

void Repository::restoreKpi(const Kpi &kpi)
{
    m_document.transaction([&] { insertKpi(m_document, kpi, kpi.id); });
}

void Repository::addKpiValue(Id kpiId, const KpiValue &value)
{
    m_document.transaction([&] { insertKpiValues(m_document, kpiId, {value}); });
}

void Repository::setKpiValues(Id kpiId, const QList<KpiValue> &values)
{
    m_document.transaction([&] {
        QSqlQuery &kpi = run(m_document, QStringLiteral("SELECT 1 FROM kpis WHERE id = ?"), {kpiId});
        const bool exists = kpi.next();
        kpi.finish();
        if (!exists)
            throw DocumentError(QCoreApplication::translate("Repository", missingKpi).arg(kpiId));
        run(m_document, QStringLiteral("DELETE FROM kpi_values WHERE kpi_id = ?"), {kpiId});
        insertKpiValues(m_document, kpiId, values);
    });
}

// ---- Reviews ----------------------------------------------------------------------------------------------------

void Repository::saveTeamReview(const TeamReview &review)
{
    m_document.transaction([&] {
        run(m_document,
            QStringLiteral("INSERT INTO team_reviews (cycle_id, team_id, performance, worked, failed,"
                           " start_stop_continue, lessons) VALUES (?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (cycle_id, team_id) DO UPDATE SET performance = excluded.performance,"
                           " worked = excluded.worked, failed = excluded.failed,"
                           " start_stop_continue = excluded.start_stop_continue, lessons = excluded.lessons"),
            {review.cycleId, review.teamId, review.performance, review.worked, review.failed, review.startStopContinue,
             review.lessons});
    });
}

std::optional<TeamReview> Repository::teamReview(Id cycleId, Id teamId) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT performance, worked, failed, start_stop_continue, lessons"
                                          " FROM team_reviews WHERE cycle_id = ? AND team_id = ?"),
                           {cycleId, teamId});
    std::optional<TeamReview> found;
    if (query.next()) {
        found = TeamReview{cycleId,
                           teamId,
                           query.value(0).toString(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString()};
    }
    query.finish();
    return found;
}

// ---- Weekly check-in (issue 6) ----------------------------------------------------------------------------------

namespace {

const QString timelineColumns = QStringLiteral(
    "SELECT u.key_result_id, c.team_id, c.iso_year, c.iso_week, u.value, u.confidence, u.comment FROM kr_updates u"
    " JOIN check_ins c ON c.id = u.check_in_id ");

QList<KeyResultTimelineEntry> timelineFrom(QSqlQuery &query)
{
    QList<KeyResultTimelineEntry> entries;
    while (query.next()) {
        KeyResultTimelineEntry entry;
        entry.keyResultId = query.value(0).toLongLong();
        entry.teamId = query.value(1).toLongLong();
        entry.week = {query.value(2).toInt(), query.value(3).toInt()};
        entry.value = query.value(4).toDouble();
        entry.confidence = valueOf(confidenceNames, query.value(5));
        entry.comment = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}

QList<Comment> commentsFrom(QSqlQuery &query)
{
    QList<Comment> comments;
    while (query.next()) {
        Comment comment;
        comment.id = query.value(0).toLongLong();
        comment.objectiveId = query.value(1).toLongLong();
        comment.keyResultId = query.value(2).toLongLong();
        comment.author = query.value(3).toString();
        comment.time = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        comment.text = query.value(5).toString();
        comments.append(comment);
    }
    return comments;
}

const QString commentColumns =
    QStringLiteral("SELECT id, objective_id, key_result_id, author, created_at, text FROM comments ");

} // namespace

QList<KeyResultTimelineEntry> Repository::keyResultTimeline(Id keyResultId) const
{
    return timelineFrom(run(
        m_document, timelineColumns + QStringLiteral("WHERE u.key_result_id = ? ORDER BY c.iso_year, c.iso_week, c.id"),
        {keyResultId}));
}

void Repository::removeCheckIn(Id teamId, IsoWeek week)
{
    m_document.transaction([&] {
        // Updates and plan items cascade.
        run(m_document, QStringLiteral("DELETE FROM check_ins WHERE team_id = ? AND iso_year = ? AND iso_week = ?"),
            {teamId, week.year, week.week});
    });
}

std::optional<Cycle> Repository::cycleOfKeyResult(Id keyResultId) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT ") + cycleColumns +
                               QStringLiteral(" FROM cycles WHERE id = (SELECT o.cycle_id FROM key_results k"
                                              " JOIN objectives o ON o.id = k.objective_id WHERE k.id = ?)"),
                           {keyResultId});
    std::optional<Cycle> found;
    if (query.next())
        found = cycleFrom(query);
    query.finish();
    return found;
}

QList<Id> Repository::teamsCheckedIn(IsoWeek week) const
{
    QSqlQuery &query = run(m_document,
                           QStringLiteral("SELECT DISTINCT team_id FROM check_ins WHERE iso_year = ? AND iso_week = ?"
                                          " ORDER BY team_id"),
                           {week.year, week.week});
    QList<Id> teamIds;
    while (query.next())
        teamIds.append(query.value(0).toLongLong());
    return teamIds;
}

Id Repository::addComment(const Comment &comment)
{
    Id id = NoId;
    m_document.transaction([&] {
        const QDateTime time = comment.time.isValid() ? comment.time : QDateTime::currentDateTimeUtc();
        QSqlQuery &query = run(m_document,
                               QStringLiteral("INSERT INTO comments (objective_id, key_result_id, author, created_at,"
                                              " text) VALUES (?, ?, ?, ?, ?)"),
                               {idOrNull(comment.objectiveId), idOrNull(comment.keyResultId), comment.author,
                                time.toUTC().toString(Qt::ISODate), comment.text});
        id = query.lastInsertId().toLongLong();
    });
    return id;
}

void Repository::removeComment(Id commentId)
{
    m_document.transaction([&] { run(m_document, QStringLiteral("DELETE FROM comments WHERE id = ?"), {commentId}); });
}

QList<Comment> Repository::commentsOfObjective(Id objectiveId) const
{
    return commentsFrom(run(
        m_document, commentColumns + QStringLiteral("WHERE objective_id = ? ORDER BY created_at, id"), {objectiveId}));
}

QList<Comment> Repository::commentsOfKeyResult(Id keyResultId) const
{
    return commentsFrom(run(
        m_document, commentColumns + QStringLiteral("WHERE key_result_id = ? ORDER BY created_at, id"), {keyResultId}));
}

// ---- Undoing removals -------------------------------------------------------------------------------------------

namespace {

const QString keyResultColumns = QStringLiteral("k.id, k.objective_id, k.title, k.description, k.start_value,"
                                                " k.target_value, k.unit, k.unit_label, k.kind, k.weight, k.owner,"
                                                " k.commitment, k.position");

// The key results selected by `condition` (over key_results k) with their initiatives, updates and plan item links.
void readKeyResultsBelow(Document &document, RemovedItems &items, const QString &condition, Id id)
{
    QSqlQuery &keyResults =
        run(document,
            QStringLiteral("SELECT ") + keyResultColumns + QStringLiteral(" FROM key_results k WHERE ") + condition +
                QStringLiteral(" ORDER BY k.position, k.id"),
            {id});
    while (keyResults.next())
        items.keyResults.append(keyResultFrom(keyResults));

    QSqlQuery &initiatives = run(document,
                                 QStringLiteral("SELECT i.id, i.key_result_id, i.title, i.owner, i.status, i.due_date,"
                                                " i.position FROM initiatives i JOIN key_results k"
                                                " ON k.id = i.key_result_id WHERE ") +
                                     condition + QStringLiteral(" ORDER BY k.position, i.position, i.id"),
                                 {id});
    while (initiatives.next())
        items.initiatives.append(initiativeFrom(initiatives));

    QSqlQuery &updates = run(document,
                             QStringLiteral("SELECT u.id, u.check_in_id, u.iso_year, u.iso_week, u.key_result_id,"
                                            " u.value, u.confidence, u.comment FROM kr_updates u JOIN key_results k"
                                            " ON k.id = u.key_result_id WHERE ") +
                                 condition + QStringLiteral(" ORDER BY u.id"),
                             {id});
    while (updates.next()) {
        items.updates.append({updates.value(0).toLongLong(), updates.value(1).toLongLong(), updates.value(2).toInt(),
                              updates.value(3).toInt(), updates.value(4).toLongLong(), updates.value(5).toDouble(),
                              updates.value(6).toString(), updates.value(7).toString()});
    }

    QSqlQuery &links = run(document,
                           QStringLiteral("SELECT p.id, p.key_result_id FROM plan_items p JOIN key_results k"
                                          " ON k.id = p.key_result_id WHERE ") +
                               condition + QStringLiteral(" ORDER BY p.id"),
                           {id});
    while (links.next())
        items.planItemLinks.append({links.value(0).toLongLong(), links.value(1).toLongLong()});

    items.comments.append(commentsFrom(run(document,
                                           QStringLiteral("SELECT c.id, c.objective_id, c.key_result_id, c.author,"
                                                          " c.created_at, c.text FROM comments c JOIN key_results k"
                                                          " ON k.id = c.key_result_id WHERE ") +
                                               condition + QStringLiteral(" ORDER BY c.id"),
                                           {id})));
}

} // namespace

RemovedItems Repository::objectiveSubtree(Id objectiveId) const
{
    RemovedItems items;
    QSqlQuery &objective =
        run(m_document, QStringLiteral("SELECT ") + objectiveColumns + QStringLiteral(" FROM objectives WHERE id = ?"),
            {objectiveId});
    if (!objective.next())
        throw DocumentError(QCoreApplication::translate("Repository", missingObjective).arg(objectiveId));
    items.objectives.append(objectiveFrom(objective));
    objective.finish();
    items.comments = commentsOfObjective(objectiveId);
    readKeyResultsBelow(m_document, items, QStringLiteral("k.objective_id = ?"), objectiveId);
    QSqlQuery &aligned =
        run(m_document, QStringLiteral("SELECT id FROM objectives WHERE parent_id = ? ORDER BY id"), {objectiveId});
    while (aligned.next())
        items.alignedObjectiveIds.append(aligned.value(0).toLongLong());
    return items;
}

RemovedItems Repository::keyResultSubtree(Id keyResultId) const
{
    RemovedItems items;
    readKeyResultsBelow(m_document, items, QStringLiteral("k.id = ?"), keyResultId);
    if (items.keyResults.isEmpty())
        throw DocumentError(QCoreApplication::translate("Repository", missingKeyResult).arg(keyResultId));
    return items;
}

RemovedItems Repository::initiativeSubtree(Id initiativeId) const
{
    RemovedItems items;
    QSqlQuery &initiative = run(m_document,
                                QStringLiteral("SELECT id, key_result_id, title, owner, status, due_date, position"
                                               " FROM initiatives WHERE id = ?"),
                                {initiativeId});
    if (!initiative.next())
        throw DocumentError(QCoreApplication::translate("Repository", missingInitiative).arg(initiativeId));
    items.initiatives.append(initiativeFrom(initiative));
    initiative.finish();
    return items;
}

void Repository::restore(const RemovedItems &items)
{
    // Parents first, each at its old position (the siblings after it shift back down), with its old id.
    m_document.transaction([&] {
        for (const Objective &objective : items.objectives) {
            const int position = openGap(m_document, objectiveSiblings(objective.cycleId, objective.teamId),
                                         objective.position, objective.id);
            run(m_document,
                QStringLiteral("INSERT INTO objectives (id, cycle_id, team_id, parent_id, title, description,"
                               " commitment, weight, position, grade, grade_note)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {objective.id, objective.cycleId, objective.teamId, idOrNull(objective.parentId), objective.title,
                 objective.description, nameOf(commitmentNames, objective.commitment), objective.weight, position,
                 objective.grade ? QVariant(*objective.grade) : QVariant(), objective.gradeNote});
        }
        for (const KeyResult &keyResult : items.keyResults) {
            const int position =
                openGap(m_document, keyResultSiblings(keyResult.objectiveId), keyResult.position, keyResult.id);
            run(m_document,
                QStringLiteral("INSERT INTO key_results (id, objective_id, title, description, start_value,"
                               " target_value, unit, unit_label, kind, weight, owner, commitment, position)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {keyResult.id, keyResult.objectiveId, keyResult.title, keyResult.description, keyResult.start,
                 keyResult.target, nameOf(unitNames, keyResult.unit), keyResult.unitLabel,
                 nameOf(kindNames, keyResult.kind), keyResult.weight, keyResult.owner,
                 nameOf(commitmentNames, keyResult.commitment), position});
        }
        for (const Initiative &initiative : items.initiatives) {
            const int position =
                openGap(m_document, initiativeSiblings(initiative.keyResultId), initiative.position, initiative.id);
            run(m_document,
                QStringLiteral("INSERT INTO initiatives (id, key_result_id, title, owner, status, due_date, position)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {initiative.id, initiative.keyResultId, initiative.title, initiative.owner,
                 nameOf(statusNames, initiative.status), dateOrNull(initiative.due), position});
        }
        for (const RemovedItems::StoredUpdate &update : items.updates) {
            run(m_document,
                QStringLiteral("INSERT INTO kr_updates (id, check_in_id, iso_year, iso_week, key_result_id, value,"
                               " confidence, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {update.id, update.checkInId, update.isoYear, update.isoWeek, update.keyResultId, update.value,
                 update.confidence, update.comment});
        }
        for (const Comment &comment : items.comments) {
            run(m_document,
                QStringLiteral("INSERT INTO comments (id, objective_id, key_result_id, author, created_at, text)"
                               " VALUES (?, ?, ?, ?, ?, ?)"),
                {comment.id, idOrNull(comment.objectiveId), idOrNull(comment.keyResultId), comment.author,
                 comment.time.toUTC().toString(Qt::ISODate), comment.text});
        }
        for (const RemovedItems::PlanItemLink &link : items.planItemLinks) {
            run(m_document, QStringLiteral("UPDATE plan_items SET key_result_id = ? WHERE id = ?"),
                {link.keyResultId, link.planItemId});
        }
        for (const Id alignedId : items.alignedObjectiveIds) {
            run(m_document, QStringLiteral("UPDATE objectives SET parent_id = ? WHERE id = ?"),
                {items.objectives.first().id, alignedId});
        }
    });
}

// ---- Charts and the progress board ------------------------------------------------------------------------------

QHash<Id, QList<Scoring::ValuePoint>> Repository::keyResultHistoriesOfCycle(Id cycleId) const
{
    QSqlQuery &query =
        run(m_document,
            QStringLiteral("SELECT u.key_result_id, u.iso_year, u.iso_week, u.value FROM kr_updates u"
                           " JOIN key_results k ON k.id = u.key_result_id JOIN objectives o ON o.id = k.objective_id"
                           " WHERE o.cycle_id = ? ORDER BY u.key_result_id, u.iso_year, u.iso_week, u.check_in_id"),
            {cycleId});
    QHash<Id, QList<Scoring::ValuePoint>> histories;
    while (query.next()) {
        QList<Scoring::ValuePoint> &history = histories[query.value(0).toLongLong()];
        const Scoring::ValuePoint point{fridayOf(query.value(1).toInt(), query.value(2).toInt()),
                                        query.value(3).toDouble()};
        // As in keyResultHistory: the later of two check-ins of one week is that week's value.
        if (!history.isEmpty() && history.last().date == point.date)
            history.last() = point;
        else
            history.append(point);
    }
    return histories;
}

QList<Objective> Repository::gradedObjectives() const
{
    QSqlQuery &query = run(m_document, QStringLiteral("SELECT ") + objectiveColumns +
                                           QStringLiteral(" FROM objectives WHERE grade IS NOT NULL"
                                                          " ORDER BY cycle_id, team_id, position, id"));
    QList<Objective> objectives;
    while (query.next())
        objectives.append(objectiveFrom(query));
    return objectives;
}

void Repository::removeTeamReview(Id cycleId, Id teamId)
{
    m_document.transaction([&] {
        run(m_document, QStringLiteral("DELETE FROM team_reviews WHERE cycle_id = ? AND team_id = ?"),
            {cycleId, teamId});
    });
}
