#include "storage/CheckInRepository.h"

#include "storage/BulkInsert.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <utility>

CheckInRepository::CheckInRepository(Document &document)
    : m_document(document)
{
}

namespace {

void requireStorable(const CheckIn &checkIn)
{
    if (!checkIn.week.isValid())
        throw DocumentError(QCoreApplication::translate("CheckInRepository", "The check-in's week %1 does not exist.")
                                .arg(checkIn.week.toString()));
    StoredText::requireFits(checkIn);
}

void bindWeek(Statement &statement, const CheckIn &checkIn)
{
    statement.bind(QStringLiteral("team_id"), checkIn.teamId)
        .bind(QStringLiteral("iso_year"), checkIn.week.year)
        .bind(QStringLiteral("iso_week"), checkIn.week.week)
        .bind(QStringLiteral("lessons"), checkIn.lessons)
        .bind(QStringLiteral("next_priorities"), checkIn.nextPriorities);
}

} // namespace

Id CheckInRepository::save(const CheckIn &checkIn)
{
    requireStorable(checkIn);
    Id id = NoId;
    m_document.transaction([&] {
        // (team, week) is the key: saving the same week again keeps the row (and its id) and replaces the content.
        static const QString upsertWeek = Tables::checkIns().upsert(
            {QStringLiteral("team_id"), QStringLiteral("iso_year"), QStringLiteral("iso_week")});
        Statement week(m_document, upsertWeek);
        bindWeek(week, checkIn);
        id = week.execReturningId();
        saveUpdates(id, checkIn);
        savePlanItems(id, checkIn.items);
    });
    return id;
}

std::optional<Id> CheckInRepository::insert(const CheckIn &checkIn)
{
    requireStorable(checkIn);
    std::optional<Id> id;
    m_document.transaction([&] {
        // The week the team has already conflicts on (team, week): no row, and no id, comes back.
        static const QString insertNewWeek =
            Tables::checkIns().insertValues() + QStringLiteral(" ON CONFLICT DO NOTHING RETURNING id");
        Statement week(m_document, insertNewWeek);
        bindWeek(week, checkIn);
        const Id inserted = week.execReturningId();
        if (inserted == NoId)
            return;
        id = inserted;
        insertUpdates(inserted, checkIn.week, checkIn.updates);
        insertPlanItems(inserted, checkIn.items);
    });
    return id;
}

// A week's updates in statements of up to UpdatesPerInsert rows: with a statement per row, the statement's own work
// (its savepoint, the driver's call) was half of an update's cost. Ids follow the updates' order, as row by row.
void CheckInRepository::insertUpdates(Id checkInId, IsoWeek week, const QList<KeyResultUpdate> &updates)
{
    constexpr int UpdatesPerInsert = 16;
    static const QStringList insertRows = [] { // [n]: the statement of n + 1 rows, written once
        QStringList statements;
        for (int rows = 1; rows <= UpdatesPerInsert; ++rows)
            statements.append(Tables::keyResultUpdates().insertValues(rows));
        return statements;
    }();
    for (qsizetype first = 0; first < updates.size(); first += UpdatesPerInsert) {
        const QList<KeyResultUpdate> rows = updates.mid(first, UpdatesPerInsert);
        BulkInsert insert(m_document, insertRows.at(rows.size() - 1), int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            insert.forRow(row);
            Tables::bind(insert, rows.at(row));
            insert.bind(QStringLiteral("check_in_id"), checkInId)
                .bind(QStringLiteral("iso_year"), week.year)
                .bind(QStringLiteral("iso_week"), week.week);
        }
        insert.exec();
    }
}

void CheckInRepository::insertPlanItems(Id checkInId, const QList<PlanItem> &items)
{
    Statement insert(m_document, Tables::planItems().insertValues());
    for (const PlanItem &item : items) {
        Tables::bind(insert, item);
        insert.bind(QStringLiteral("check_in_id"), checkInId).exec();
    }
}

namespace {

bool sameUpdate(const KeyResultUpdate &left, const KeyResultUpdate &right)
{
    return left.keyResultId == right.keyResultId && left.value == right.value && left.confidence == right.confidence &&
           left.comment == right.comment;
}

bool samePlanItem(const PlanItem &left, const PlanItem &right)
{
    return left.person == right.person && left.kind == right.kind && left.text == right.text &&
           left.keyResultId == right.keyResultId && left.done == right.done;
}

} // namespace

// Rows are written only where the content changed, so that unchanged rows stay as they are, ids included: an update
// of a key result already in the week is rewritten in its row, a new one is added, those no longer named go.
void CheckInRepository::saveUpdates(Id checkInId, const CheckIn &checkIn)
{
    QHash<Id, KeyResultUpdate> stored; // by key result
    Statement read(m_document, Tables::keyResultUpdates().select(QStringLiteral("WHERE check_in_id = :check_in_id")));
    read.bind(QStringLiteral("check_in_id"), checkInId).exec();
    while (read.next()) {
        const KeyResultUpdate update = Tables::keyResultUpdateFrom(read);
        stored.insert(update.keyResultId, update);
    }

    static const QString upsertUpdate =
        Tables::keyResultUpdates().upsert({QStringLiteral("check_in_id"), QStringLiteral("key_result_id")});
    Statement upsert(m_document, upsertUpdate);
    for (const KeyResultUpdate &update : checkIn.updates) {
        const auto found = stored.constFind(update.keyResultId);
        if (found != stored.cend() && sameUpdate(*found, update)) {
            stored.erase(found);
            continue;
        }
        stored.remove(update.keyResultId);
        Tables::bind(upsert, update);
        upsert.bind(QStringLiteral("check_in_id"), checkInId)
            .bind(QStringLiteral("iso_year"), checkIn.week.year)
            .bind(QStringLiteral("iso_week"), checkIn.week.week)
            .execReturningId();
    }
    for (auto gone = stored.cbegin(); gone != stored.cend(); ++gone)
        Statement(m_document, QStringLiteral("DELETE FROM kr_updates"
                                             " WHERE check_in_id = :check_in_id AND key_result_id = :key_result_id"))
            .bind(QStringLiteral("check_in_id"), checkInId)
            .bind(QStringLiteral("key_result_id"), gone.key())
            .exec();
}

// Plan items have no identity of their own but their place (rows keep CheckIn::items' order by id): the n-th item
// rewrites the n-th row when it differs, items beyond the stored rows are added and rows beyond the items go.
void CheckInRepository::savePlanItems(Id checkInId, const QList<PlanItem> &items)
{
    QList<std::pair<Id, PlanItem>> stored; // row id and content, in order
    Statement read(m_document,
                   Tables::planItems().select(QStringLiteral("WHERE check_in_id = :check_in_id ORDER BY id")));
    read.bind(QStringLiteral("check_in_id"), checkInId).exec();
    while (read.next())
        stored.append({read.integer(QStringLiteral("id")), Tables::planItemFrom(read)});

    for (qsizetype row = 0; row < std::min(items.size(), stored.size()); ++row) {
        const PlanItem &item = items.at(row);
        if (samePlanItem(stored.at(row).second, item))
            continue;
        Statement update(m_document, Tables::planItems().update());
        Tables::bind(update, item);
        update.bind(QStringLiteral("id"), stored.at(row).first).bind(QStringLiteral("check_in_id"), checkInId).exec();
    }
    insertPlanItems(checkInId, items.mid(stored.size()));
    for (qsizetype row = items.size(); row < stored.size(); ++row)
        Statement(m_document, QStringLiteral("DELETE FROM plan_items WHERE id = :id"))
            .bind(QStringLiteral("id"), stored.at(row).first)
            .exec();
}

namespace {

Statement &bindAll(Statement &statement, const QVariantHash &bindings)
{
    for (auto binding = bindings.constBegin(); binding != bindings.constEnd(); ++binding)
        statement.bind(binding.key(), binding.value());
    return statement;
}

} // namespace

// Fills the updates (unless only plan items are asked for) and plan items of check-ins already read, with one query
// each; `condition` selects them over check_ins c.
void CheckInRepository::attachContent(QList<CheckIn> &checkIns, const QString &condition, const QVariantHash &bindings,
                                      Content content) const
{
    QHash<Id, qsizetype> rowOf;
    for (qsizetype row = 0; row < checkIns.size(); ++row)
        rowOf.insert(checkIns[row].id, row);
    const QString whereBelow = QStringLiteral("JOIN check_ins c ON c.id = %1.check_in_id WHERE ") + condition;

    if (content == Content::UpdatesAndPlanItems) {
        Statement updates(m_document, Tables::keyResultUpdates().select(whereBelow.arg(QLatin1Char('u')) +
                                                                            QStringLiteral(" ORDER BY u.id"),
                                                                        QStringLiteral("u")));
        bindAll(updates, bindings).exec();
        while (updates.next())
            checkIns[rowOf.value(updates.integer(QStringLiteral("check_in_id")))].updates.append(
                Tables::keyResultUpdateFrom(updates));
    }

    Statement items(m_document,
                    Tables::planItems().select(whereBelow.arg(QLatin1Char('p')) + QStringLiteral(" ORDER BY p.id"),
                                               QStringLiteral("p")));
    bindAll(items, bindings).exec();
    while (items.next())
        checkIns[rowOf.value(items.integer(QStringLiteral("check_in_id")))].items.append(Tables::planItemFrom(items));
}

namespace {

CheckIn checkInFrom(const Statement &row)
{
    CheckIn checkIn;
    checkIn.id = row.integer(QStringLiteral("id"));
    checkIn.teamId = row.integer(QStringLiteral("team_id"));
    checkIn.week = {int(row.integer(QStringLiteral("iso_year"))), int(row.integer(QStringLiteral("iso_week")))};
    checkIn.lessons = row.text(QStringLiteral("lessons"));
    checkIn.nextPriorities = row.text(QStringLiteral("next_priorities"));
    return checkIn;
}

} // namespace

std::optional<CheckIn> CheckInRepository::find(Id teamId, IsoWeek week) const
{
    Statement query(m_document, Tables::checkIns().select(QStringLiteral(
                                    "WHERE team_id = :team_id AND iso_year = :iso_year AND iso_week = :iso_week")));
    query.bind(QStringLiteral("team_id"), teamId)
        .bind(QStringLiteral("iso_year"), week.year)
        .bind(QStringLiteral("iso_week"), week.week)
        .exec();
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    QList<CheckIn> found{checkInFrom(query)};
    query.finish();
    attachContent(found, QStringLiteral("c.id = :check_in_id"), {{QStringLiteral("check_in_id"), found.first().id}},
                  Content::UpdatesAndPlanItems);
    return found.first();
}

QList<CheckIn> CheckInRepository::ofTeam(Id teamId) const
{
    QList<CheckIn> checkIns;
    eachOfTeam(teamId, [&](const CheckIn &checkIn) { checkIns.append(checkIn); });
    return checkIns;
}

// Three cursors in the same order, by week: each check-in takes the updates and plan items that follow in theirs.
// A check-in's updates come in the order of their (check_in_id, key_result_id) key and are put in id order here:
// ordered by id in SQL, each check-in's few rows took a temporary B-tree of their own: a quarter of reading them.
void CheckInRepository::eachOfTeam(Id teamId, const std::function<void(const CheckIn &)> &visit) const
{
    const QString ofTeamByWeek = QStringLiteral("c.team_id = :team_id ORDER BY c.iso_year, c.iso_week");
    const QString belowOfTeamByWeek = QStringLiteral("JOIN check_ins c ON c.id = %1.check_in_id WHERE ") + ofTeamByWeek;
    Statement checkIns(m_document,
                       Tables::checkIns().select(QStringLiteral("WHERE ") + ofTeamByWeek, QStringLiteral("c")));
    Statement updates(m_document,
                      Tables::keyResultUpdates().select(belowOfTeamByWeek.arg(QLatin1Char('u')), QStringLiteral("u")));
    Statement items(m_document,
                    Tables::planItems().select(belowOfTeamByWeek.arg(QLatin1Char('p')) + QStringLiteral(", p.id"),
                                               QStringLiteral("p")));
    for (Statement *query : {&checkIns, &updates, &items})
        query->bind(QStringLiteral("team_id"), teamId).exec();
    const QString checkInId = QStringLiteral("check_in_id");
    bool updatesLeft = updates.next();
    bool itemsLeft = items.next();
    QList<std::pair<Id, KeyResultUpdate>> weekUpdates; // by row id
    while (checkIns.next()) {
        CheckIn checkIn = checkInFrom(checkIns);
        weekUpdates.clear();
        for (; updatesLeft && updates.integer(checkInId) == checkIn.id; updatesLeft = updates.next())
            weekUpdates.append({updates.integer(QStringLiteral("id")), Tables::keyResultUpdateFrom(updates)});
        std::sort(weekUpdates.begin(), weekUpdates.end(),
                  [](const auto &left, const auto &right) { return left.first < right.first; });
        for (std::pair<Id, KeyResultUpdate> &update : weekUpdates)
            checkIn.updates.append(std::move(update.second));
        for (; itemsLeft && items.integer(checkInId) == checkIn.id; itemsLeft = items.next())
            checkIn.items.append(Tables::planItemFrom(items));
        visit(checkIn);
    }
}

namespace {

// Bindings of the weeks `first` to `last` for the condition weeksFromFirstToLastOf writes.
QVariantHash weeksFromFirstToLast(IsoWeek first, IsoWeek last)
{
    return {{QStringLiteral("first_year"), first.year},
            {QStringLiteral("first_week"), first.week},
            {QStringLiteral("last_year"), last.year},
            {QStringLiteral("last_week"), last.week}};
}

// Row values, not one number per week: SQLite then walks check_ins_by_week and each check-in's updates through
// their index, instead of scanning every update of every cycle.
QString weeksFromFirstToLastOf(QChar table)
{
    return QStringLiteral("(%1.iso_year, %1.iso_week) >= (:first_year, :first_week) AND "
                          "(%1.iso_year, %1.iso_week) <= (:last_year, :last_week)")
        .arg(table);
}

} // namespace

QList<CheckIn> CheckInRepository::ofWeeks(IsoWeek first, IsoWeek last) const
{
    return selected(weeksFromFirstToLastOf(QLatin1Char('c')), weeksFromFirstToLast(first, last),
                    Content::UpdatesAndPlanItems);
}

QList<CheckIn> CheckInRepository::ofWeeksAndBefore(IsoWeek earliest, IsoWeek first, IsoWeek last) const
{
    // Each team's latest week before `first` is one seek in the (team, week) key; the list of ids is made once.
    const QString chosen = QStringLiteral("c.id IN (SELECT w.id FROM check_ins w WHERE %1 UNION ALL"
                                          " SELECT (SELECT b.id FROM check_ins b WHERE b.team_id = t.id"
                                          "  AND (b.iso_year, b.iso_week) < (:first_year, :first_week)"
                                          "  AND (b.iso_year, b.iso_week) >= (:earliest_year, :earliest_week)"
                                          "  ORDER BY b.iso_year DESC, b.iso_week DESC LIMIT 1) FROM teams t)")
                               .arg(weeksFromFirstToLastOf(QLatin1Char('w')));
    QVariantHash bindings = weeksFromFirstToLast(first, last);
    bindings.insert(QStringLiteral("earliest_year"), earliest.year);
    bindings.insert(QStringLiteral("earliest_week"), earliest.week);
    return selected(chosen, bindings, Content::PlanItems);
}

std::optional<CheckIn> CheckInRepository::latestOfTeam(Id teamId, IsoWeek first, IsoWeek last) const
{
    const QString latest = QStringLiteral("c.id = (SELECT l.id FROM check_ins l WHERE l.team_id = :team_id AND %1"
                                          " ORDER BY l.iso_year DESC, l.iso_week DESC LIMIT 1)")
                               .arg(weeksFromFirstToLastOf(QLatin1Char('l')));
    QVariantHash bindings = weeksFromFirstToLast(first, last);
    bindings.insert(QStringLiteral("team_id"), teamId);
    const QList<CheckIn> found = selected(latest, bindings, Content::PlanItems);
    return found.isEmpty() ? std::nullopt : std::optional<CheckIn>(found.first());
}

QString CheckInRepository::latestLessonsOfTeam(Id teamId, IsoWeek first, IsoWeek last) const
{
    // Blank lessons are skipped here rather than in SQL, whose trim() knows fewer spaces than QString's.
    Statement query(m_document, QStringLiteral("SELECT c.lessons FROM check_ins c WHERE c.team_id = :team_id AND ") +
                                    weeksFromFirstToLastOf(QLatin1Char('c')) +
                                    QStringLiteral(" AND c.lessons <> '' ORDER BY c.iso_year DESC, c.iso_week DESC"));
    QVariantHash bindings = weeksFromFirstToLast(first, last);
    bindings.insert(QStringLiteral("team_id"), teamId);
    bindAll(query, bindings).exec();
    while (query.next()) {
        const QString lessons = query.text(QStringLiteral("lessons"));
        if (!lessons.trimmed().isEmpty()) {
            query.finish();
            return lessons;
        }
    }
    return {};
}

QList<CheckIn> CheckInRepository::selected(const QString &condition, const QVariantHash &bindings,
                                           Content content) const
{
    Statement query(m_document,
                    Tables::checkIns().select(QStringLiteral("WHERE ") + condition +
                                                  QStringLiteral(" ORDER BY c.iso_year, c.iso_week, c.team_id"),
                                              QStringLiteral("c")));
    bindAll(query, bindings).exec();
    QList<CheckIn> checkIns;
    while (query.next())
        checkIns.append(checkInFrom(query));
    attachContent(checkIns, condition, bindings, content);
    return checkIns;
}

namespace {

// One team's check-in of one week: the check-in's other key, bound by ofTeamWeek.
const QString TeamWeek = QStringLiteral("team_id = :team_id AND iso_year = :iso_year AND iso_week = :iso_week");

Statement &ofTeamWeek(Statement &&statement, Id teamId, IsoWeek week)
{
    return statement.bind(QStringLiteral("team_id"), teamId)
        .bind(QStringLiteral("iso_year"), week.year)
        .bind(QStringLiteral("iso_week"), week.week);
}

} // namespace

void CheckInRepository::remove(Id teamId, IsoWeek week)
{
    m_document.transaction([&] {
        // Updates and plan items cascade.
        ofTeamWeek(Statement(m_document, QStringLiteral("DELETE FROM check_ins WHERE ") + TeamWeek), teamId, week)
            .exec();
    });
}

QList<Id> CheckInRepository::teamsCheckedIn(IsoWeek week) const
{
    Statement query(m_document,
                    QStringLiteral("SELECT DISTINCT team_id FROM check_ins"
                                   " WHERE iso_year = :iso_year AND iso_week = :iso_week ORDER BY team_id"));
    query.bind(QStringLiteral("iso_year"), week.year).bind(QStringLiteral("iso_week"), week.week).exec();
    QList<Id> teamIds;
    while (query.next())
        teamIds.append(query.integer(QStringLiteral("team_id")));
    return teamIds;
}

Revision CheckInRepository::revision(Id teamId, IsoWeek week) const
{
    return ofTeamWeek(Statement(m_document,
                                QStringLiteral("SELECT max(revision) AS revision FROM check_ins WHERE ") + TeamWeek),
                      teamId, week)
        .execRevision();
}

Id CheckInRepository::addComment(const Comment &comment)
{
    StoredText::requireFits(comment);
    Id id = NoId;
    m_document.transaction([&] {
        Comment stamped = comment;
        if (!stamped.time.isValid())
            stamped.time = QDateTime::currentDateTimeUtc();
        Statement insert(m_document, Tables::comments().insertReturningId(NoId));
        Tables::bind(insert, stamped);
        id = insert.execReturningId();
    });
    return id;
}

void CheckInRepository::removeComment(Id commentId)
{
    m_document.transaction([&] {
        Statement(m_document, QStringLiteral("DELETE FROM comments WHERE id = :id"))
            .bind(QStringLiteral("id"), commentId)
            .exec();
    });
}

QList<Comment> CheckInRepository::comments(const QString &column, Id id) const
{
    Statement query(m_document, Tables::comments().select(QStringLiteral("WHERE ") + column + QStringLiteral(" = :") +
                                                          column + QStringLiteral(" ORDER BY created_at, id")));
    query.bind(column, id).exec();
    QList<Comment> found;
    while (query.next())
        found.append(Tables::commentFrom(query));
    return found;
}

QList<Comment> CheckInRepository::commentsOfObjective(Id objectiveId) const
{
    return comments(QStringLiteral("objective_id"), objectiveId);
}

QList<Comment> CheckInRepository::commentsOfKeyResult(Id keyResultId) const
{
    return comments(QStringLiteral("key_result_id"), keyResultId);
}
