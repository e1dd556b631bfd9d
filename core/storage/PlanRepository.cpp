#include "storage/PlanRepository.h"

#include "storage/CheckInRepository.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/StoredValues.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace {

QString missingObjective(Id objectiveId)
{
    return QCoreApplication::translate("PlanRepository", "The objective %1 does not exist in this document.")
        .arg(objectiveId);
}

QString missingKeyResult(Id keyResultId)
{
    return QCoreApplication::translate("PlanRepository", "The key result %1 does not exist in this document.")
        .arg(keyResultId);
}

QString missingInitiative(Id initiativeId)
{
    return QCoreApplication::translate("PlanRepository", "The initiative %1 does not exist in this document.")
        .arg(initiativeId);
}

// ---- Positions --------------------------------------------------------------------------------------------------
// Siblings are numbered densely from 0. Adding at a position shifts the siblings at and after it down; a position
// below 0 or past the end appends. Removing closes the gap. Moving (update with another position or parent) is a
// remove from the old siblings plus an add to the new ones.

// The rows that share a parent: those of `table` whose key columns hold these values.
struct Siblings {
    QString table;
    QList<std::pair<QString, QVariant>> keys;

    QString condition() const
    {
        QStringList terms;
        for (const auto &key : keys)
            terms.append(key.first + QStringLiteral(" = :") + key.first);
        return terms.join(QStringLiteral(" AND "));
    }
    void bindKeys(Statement &statement) const
    {
        for (const auto &[column, value] : keys)
            statement.bind(column, value);
    }
    bool operator==(const Siblings &other) const = default;
};

Siblings objectiveSiblings(Id cycleId, Id teamId)
{
    return {Tables::objectives().table(), {{QStringLiteral("cycle_id"), cycleId}, {QStringLiteral("team_id"), teamId}}};
}

Siblings keyResultSiblings(Id objectiveId)
{
    return {Tables::keyResults().table(), {{QStringLiteral("objective_id"), objectiveId}}};
}

Siblings initiativeSiblings(Id keyResultId)
{
    return {Tables::initiatives().table(), {{QStringLiteral("key_result_id"), keyResultId}}};
}

// The query of the position after the last of the siblings (other than :self), written once per table: every
// item added asks it.
const QString &endPositionQuery(const Siblings &siblings)
{
    static const QHash<QString, QString> byTable = [] {
        QHash<QString, QString> queries;
        for (const Siblings &shape : {objectiveSiblings(NoId, NoId), keyResultSiblings(NoId), initiativeSiblings(NoId)})
            // max(position + 0), not max(position): SQLite's shortcut for the latter walks objectives_by_cycle
            // (cycle, position), every objective of the cycle for a team's first, instead of the team's few.
            queries.insert(shape.table, QStringLiteral("SELECT coalesce(max(position + 0) + 1, 0) FROM ") +
                                            shape.table + QStringLiteral(" WHERE ") + shape.condition() +
                                            QStringLiteral(" AND id <> :self"));
        return queries;
    }();
    return *byTable.constFind(siblings.table);
}

// The position after the last of the siblings other than `self`.
int endPosition(Document &document, const Siblings &siblings, Id self = NoId)
{
    Statement end(document, endPositionQuery(siblings));
    siblings.bindKeys(end);
    end.bind(QStringLiteral("self"), self).exec();
    const int position = end.next() ? end.value(0).toInt() : 0; // its one column
    end.finish();
    return position;
}

// Makes room at `requested` among the siblings (other than `self`) and returns the position to store.
int openGap(Document &document, const Siblings &siblings, int requested, Id self)
{
    const int endPosition = ::endPosition(document, siblings, self);
    if (requested < 0 || requested >= endPosition)
        return endPosition;
    Statement shift(document, QStringLiteral("UPDATE ") + siblings.table +
                                  QStringLiteral(" SET position = position + 1 WHERE ") + siblings.condition() +
                                  QStringLiteral(" AND id <> :self AND position >= :position"));
    siblings.bindKeys(shift);
    shift.bind(QStringLiteral("self"), self).bind(QStringLiteral("position"), requested).exec();
    return requested;
}

void closeGap(Document &document, const Siblings &siblings, int removed, Id self)
{
    Statement shift(document, QStringLiteral("UPDATE ") + siblings.table +
                                  QStringLiteral(" SET position = position - 1 WHERE ") + siblings.condition() +
                                  QStringLiteral(" AND id <> :self AND position > :position"));
    siblings.bindKeys(shift);
    shift.bind(QStringLiteral("self"), self).bind(QStringLiteral("position"), removed).exec();
}

// Where a row is now: its siblings (of the same shape as `shape`) and its position; throws when it does not exist.
std::pair<Siblings, int> placeOf(Document &document, Siblings shape, Id id, const QString &missingText)
{
    QStringList columns;
    for (const auto &key : shape.keys)
        columns.append(key.first);
    Statement query(document, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                                  QStringLiteral(", position FROM ") + shape.table + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral("id"), id).exec();
    if (!query.next())
        throw DocumentError(missingText);
    for (auto &[column, value] : shape.keys)
        value = query.value(column);
    const int position = int(query.integer(QStringLiteral("position")));
    query.finish();
    return {shape, position};
}

// Moves a row when its siblings or position change; returns the position to store.
int moveIfNeeded(Document &document, const std::pair<Siblings, int> &oldPlace, const Siblings &newSiblings,
                 int requested, Id self)
{
    const auto &[oldSiblings, oldPosition] = oldPlace;
    if (oldSiblings == newSiblings && requested == oldPosition)
        return oldPosition;
    closeGap(document, oldSiblings, oldPosition, self);
    return openGap(document, newSiblings, requested, self);
}

// Removes one row and closes the gap it leaves among its siblings.
void removeFrom(Document &document, const Siblings &shape, Id id, const QString &missingText)
{
    const auto [siblings, position] = placeOf(document, shape, id, missingText);
    Statement remove(document, QStringLiteral("DELETE FROM ") + shape.table + QStringLiteral(" WHERE id = :id"));
    remove.bind(QStringLiteral("id"), id).exec();
    closeGap(document, siblings, position, id);
}

// Inserts a row (with its id when it is being put back) at `position`, already made room for.
template <typename Row> Id insert(Document &document, const TableMapping &table, const Row &row, int position, Id id)
{
    Statement insert(document, table.insertReturningId(id));
    Tables::bind(insert, row);
    insert.bind(QStringLiteral("position"), position);
    if (id != NoId)
        insert.bind(QStringLiteral("id"), id);
    return insert.execReturningId();
}

Revision revisionOf(Document &document, const TableMapping &table, Id id)
{
    return Statement(document, table.selectRevision()).bind(QStringLiteral("id"), id).execRevision();
}

template <typename Row> void update(Document &document, const TableMapping &table, const Row &row, int position)
{
    Statement update(document, table.update());
    Tables::bind(update, row);
    update.bind(QStringLiteral("position"), position).bind(QStringLiteral("id"), row.id).exec();
}

// A key result written without its day keeps the stored one, or is added today (shared/domain.md, late key
// results): callers that build one from a form need not know it.
KeyResult withAddedOn(Document &document, const KeyResult &keyResult)
{
    KeyResult dated = keyResult;
    if (dated.addedOn.isValid())
        return dated;
    if (keyResult.id == NoId) {
        dated.addedOn = QDate::currentDate();
        return dated;
    }
    Statement stored(document, QStringLiteral("SELECT added_on FROM key_results WHERE id = :id"));
    stored.bind(QStringLiteral("id"), keyResult.id).exec();
    if (stored.next())
        dated.addedOn = StoredValues::dateFrom(stored.utf8(QStringLiteral("added_on")));
    return dated;
}

} // namespace

PlanRepository::PlanRepository(Document &document)
    : m_document(document)
{
}

// ---- Objectives -------------------------------------------------------------------------------------------------

Id PlanRepository::addObjective(const Objective &objective)
{
    StoredText::requireFits(objective);
    Id id = NoId;
    m_document.transaction([&] {
        const int position =
            openGap(m_document, objectiveSiblings(objective.cycleId, objective.teamId), objective.position, NoId);
        id = insert(m_document, Tables::objectives(), objective, position, NoId);
    });
    return id;
}

void PlanRepository::updateObjective(const Objective &objective)
{
    if (objective.parentId != NoId && objective.parentId == objective.id)
        throw DocumentError(QCoreApplication::translate("PlanRepository", "An objective cannot be aligned to itself."));
    StoredText::requireFits(objective);
    m_document.transaction([&] {
        const auto place =
            placeOf(m_document, objectiveSiblings(NoId, NoId), objective.id, missingObjective(objective.id));
        const int position = moveIfNeeded(m_document, place, objectiveSiblings(objective.cycleId, objective.teamId),
                                          objective.position, objective.id);
        update(m_document, Tables::objectives(), objective, position);
    });
}

void PlanRepository::alignObjective(Id objectiveId, Id parentId)
{
    Statement(m_document, QStringLiteral("UPDATE objectives SET parent_id = :parent_id WHERE id = :id"))
        .bind(QStringLiteral("parent_id"), parentId)
        .bind(QStringLiteral("id"), objectiveId)
        .exec();
}

void PlanRepository::removeObjective(Id objectiveId)
{
    // Key results, initiatives and their updates cascade; aligned children lose their parent (SET NULL).
    m_document.transaction(
        [&] { removeFrom(m_document, objectiveSiblings(NoId, NoId), objectiveId, missingObjective(objectiveId)); });
}

int PlanRepository::objectivesEnd(Id cycleId, Id teamId) const
{
    return endPosition(m_document, objectiveSiblings(cycleId, teamId));
}

int PlanRepository::keyResultsEnd(Id objectiveId) const
{
    return endPosition(m_document, keyResultSiblings(objectiveId));
}

int PlanRepository::initiativesEnd(Id keyResultId) const
{
    return endPosition(m_document, initiativeSiblings(keyResultId));
}

void PlanRepository::gradeObjective(Id objectiveId, std::optional<double> grade, const QString &note)
{
    if (grade && !(*grade >= 0.0 && *grade <= 1.0))
        throw DocumentError(
            QCoreApplication::translate("PlanRepository", "A grade lies between 0.0 and 1.0, not %1.").arg(*grade));
    StoredText::requireFits(TextField::GradeNote, note);
    m_document.transaction([&] {
        Statement update(
            m_document,
            QStringLiteral("UPDATE objectives SET grade = :grade, grade_note = :grade_note WHERE id = :id"));
        update.bind(QStringLiteral("grade"), StoredValues::optionalDouble(grade))
            .bind(QStringLiteral("grade_note"), note)
            .bind(QStringLiteral("id"), objectiveId)
            .execOnExisting(missingObjective(objectiveId));
    });
}

// ---- Key results ------------------------------------------------------------------------------------------------

Id PlanRepository::addKeyResult(const KeyResult &keyResult)
{
    StoredText::requireFits(keyResult);
    Id id = NoId;
    m_document.transaction([&] {
        const int position = openGap(m_document, keyResultSiblings(keyResult.objectiveId), keyResult.position, NoId);
        id = insert(m_document, Tables::keyResults(), withAddedOn(m_document, keyResult), position, NoId);
    });
    return id;
}

void PlanRepository::updateKeyResult(const KeyResult &keyResult)
{
    StoredText::requireFits(keyResult);
    m_document.transaction([&] {
        const auto place = placeOf(m_document, keyResultSiblings(NoId), keyResult.id, missingKeyResult(keyResult.id));
        const int position =
            moveIfNeeded(m_document, place, keyResultSiblings(keyResult.objectiveId), keyResult.position, keyResult.id);
        update(m_document, Tables::keyResults(), withAddedOn(m_document, keyResult), position);
    });
}

void PlanRepository::removeKeyResult(Id keyResultId)
{
    m_document.transaction(
        [&] { removeFrom(m_document, keyResultSiblings(NoId), keyResultId, missingKeyResult(keyResultId)); });
}

// ---- Initiatives ------------------------------------------------------------------------------------------------

Id PlanRepository::addInitiative(const Initiative &initiative)
{
    StoredText::requireFits(initiative);
    Id id = NoId;
    m_document.transaction([&] {
        const int position = openGap(m_document, initiativeSiblings(initiative.keyResultId), initiative.position, NoId);
        id = insert(m_document, Tables::initiatives(), initiative, position, NoId);
    });
    return id;
}

void PlanRepository::updateInitiative(const Initiative &initiative)
{
    StoredText::requireFits(initiative);
    m_document.transaction([&] {
        const auto place =
            placeOf(m_document, initiativeSiblings(NoId), initiative.id, missingInitiative(initiative.id));
        const int position = moveIfNeeded(m_document, place, initiativeSiblings(initiative.keyResultId),
                                          initiative.position, initiative.id);
        update(m_document, Tables::initiatives(), initiative, position);
    });
}

void PlanRepository::removeInitiative(Id initiativeId)
{
    m_document.transaction(
        [&] { removeFrom(m_document, initiativeSiblings(NoId), initiativeId, missingInitiative(initiativeId)); });
}

Revision PlanRepository::objectiveRevision(Id objectiveId) const
{
    return revisionOf(m_document, Tables::objectives(), objectiveId);
}

Revision PlanRepository::keyResultRevision(Id keyResultId) const
{
    return revisionOf(m_document, Tables::keyResults(), keyResultId);
}

Revision PlanRepository::initiativeRevision(Id initiativeId) const
{
    return revisionOf(m_document, Tables::initiatives(), initiativeId);
}

// ---- Undoing removals -------------------------------------------------------------------------------------------

// The key results selected by `condition` (over key_results k) with their initiatives, updates, plan item links
// and comments.
void PlanRepository::readKeyResultsBelow(RemovedItems &items, const QString &condition, const QString &key, Id id) const
{
    const auto rows = [&](const QString &sql) -> Statement {
        Statement query(m_document, sql);
        query.bind(key, id).exec();
        return query;
    };
    const QString whereBelow = QStringLiteral("JOIN key_results k ON k.id = %1.key_result_id WHERE ") + condition;

    Statement keyResults = rows(Tables::keyResults().select(
        QStringLiteral("WHERE ") + condition + QStringLiteral(" ORDER BY k.position, k.id"), QStringLiteral("k")));
    while (keyResults.next())
        items.keyResults.append(Tables::keyResultFrom(keyResults));

    Statement initiatives = rows(Tables::initiatives().select(
        whereBelow.arg(QLatin1Char('i')) + QStringLiteral(" ORDER BY k.position, i.position, i.id"),
        QStringLiteral("i")));
    while (initiatives.next())
        items.initiatives.append(Tables::initiativeFrom(initiatives));

    Statement updates = rows(Tables::keyResultUpdates().select(
        whereBelow.arg(QLatin1Char('u')) + QStringLiteral(" ORDER BY u.id"), QStringLiteral("u")));
    while (updates.next())
        items.updates.append(Tables::storedUpdateFrom(updates));

    Statement links = rows(QStringLiteral("SELECT p.id, p.key_result_id FROM plan_items p ") +
                           whereBelow.arg(QLatin1Char('p')) + QStringLiteral(" ORDER BY p.id"));
    while (links.next())
        items.planItemLinks.append(
            {links.integer(QStringLiteral("id")), links.integer(QStringLiteral("key_result_id"))});

    Statement comments = rows(Tables::comments().select(
        whereBelow.arg(QLatin1Char('c')) + QStringLiteral(" ORDER BY c.id"), QStringLiteral("c")));
    while (comments.next())
        items.comments.append(Tables::commentFrom(comments));
}

RemovedItems PlanRepository::objectiveSubtree(Id objectiveId) const
{
    RemovedItems items;
    Statement objective(m_document, Tables::objectives().select(QStringLiteral("WHERE id = :id")));
    objective.bind(QStringLiteral("id"), objectiveId).exec();
    if (!objective.next())
        throw DocumentError(missingObjective(objectiveId));
    items.objectives.append(Tables::objectiveFrom(objective));
    objective.finish();

    items.comments = CheckInRepository(m_document).commentsOfObjective(objectiveId);

    readKeyResultsBelow(items, QStringLiteral("k.objective_id = :objective_id"), QStringLiteral("objective_id"),
                        objectiveId);

    Statement aligned(m_document, QStringLiteral("SELECT id FROM objectives WHERE parent_id = :id ORDER BY id"));
    aligned.bind(QStringLiteral("id"), objectiveId).exec();
    while (aligned.next())
        items.alignedObjectiveIds.append(aligned.integer(QStringLiteral("id")));
    return items;
}

RemovedItems PlanRepository::keyResultSubtree(Id keyResultId) const
{
    RemovedItems items;
    readKeyResultsBelow(items, QStringLiteral("k.id = :key_result_id"), QStringLiteral("key_result_id"), keyResultId);
    if (items.keyResults.isEmpty())
        throw DocumentError(missingKeyResult(keyResultId));
    return items;
}

RemovedItems PlanRepository::initiativeSubtree(Id initiativeId) const
{
    RemovedItems items;
    Statement initiative(m_document, Tables::initiatives().select(QStringLiteral("WHERE id = :id")));
    initiative.bind(QStringLiteral("id"), initiativeId).exec();
    if (!initiative.next())
        throw DocumentError(missingInitiative(initiativeId));
    items.initiatives.append(Tables::initiativeFrom(initiative));
    initiative.finish();
    return items;
}

void PlanRepository::restore(const RemovedItems &items)
{
    // Parents first, each at its old position (the siblings after it shift back down), with its old id.
    m_document.transaction([&] {
        for (const Objective &objective : items.objectives) {
            const int position = openGap(m_document, objectiveSiblings(objective.cycleId, objective.teamId),
                                         objective.position, objective.id);
            insert(m_document, Tables::objectives(), objective, position, objective.id);
        }
        for (const KeyResult &keyResult : items.keyResults) {
            const int position =
                openGap(m_document, keyResultSiblings(keyResult.objectiveId), keyResult.position, keyResult.id);
            insert(m_document, Tables::keyResults(), keyResult, position, keyResult.id);
        }
        for (const Initiative &initiative : items.initiatives) {
            const int position =
                openGap(m_document, initiativeSiblings(initiative.keyResultId), initiative.position, initiative.id);
            insert(m_document, Tables::initiatives(), initiative, position, initiative.id);
        }
        for (const RemovedItems::StoredUpdate &update : items.updates) {
            Statement insert(m_document, Tables::keyResultUpdates().insertWithKeys());
            Tables::bind(insert, update);
            insert.exec();
        }
        for (const Comment &comment : items.comments) {
            Statement insert(m_document, Tables::comments().insertWithKeys());
            Tables::bind(insert, comment);
            insert.bind(QStringLiteral("id"), comment.id).exec();
        }
        for (const RemovedItems::PlanItemLink &link : items.planItemLinks) {
            Statement relink(m_document,
                             QStringLiteral("UPDATE plan_items SET key_result_id = :key_result_id WHERE id = :id"));
            relink.bind(QStringLiteral("key_result_id"), link.keyResultId)
                .bind(QStringLiteral("id"), link.planItemId)
                .exec();
        }
        for (const Id alignedId : items.alignedObjectiveIds)
            alignObjective(alignedId, items.objectives.first().id);
    });
}
