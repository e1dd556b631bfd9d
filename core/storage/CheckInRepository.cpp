#include "storage/CheckInRepository.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>

CheckInRepository::CheckInRepository(Document &document)
    : m_document(document)
{
}

Id CheckInRepository::save(const CheckIn &checkIn)
{
    if (!checkIn.week.isValid())
        throw DocumentError(QCoreApplication::translate("CheckInRepository", "The check-in's week %1 does not exist.")
                                .arg(checkIn.week.toString()));
    StoredText::requireFits(checkIn);
    Id id = NoId;
    m_document.transaction([&] {
        // (team, week) is the key: saving the same week again keeps the row (and its id) and replaces the content.
        Statement week(m_document, Tables::checkIns().upsert({QStringLiteral("team_id"), QStringLiteral("iso_year"),
                                                              QStringLiteral("iso_week")}));
        id = week.bind(QStringLiteral("team_id"), checkIn.teamId)
                 .bind(QStringLiteral("iso_year"), checkIn.week.year)
                 .bind(QStringLiteral("iso_week"), checkIn.week.week)
                 .bind(QStringLiteral("lessons"), checkIn.lessons)
                 .bind(QStringLiteral("next_priorities"), checkIn.nextPriorities)
                 .execReturningId();

        for (const QString &content : {QStringLiteral("DELETE FROM kr_updates WHERE check_in_id = :check_in_id"),
                                       QStringLiteral("DELETE FROM plan_items WHERE check_in_id = :check_in_id")})
            Statement(m_document, content).bind(QStringLiteral("check_in_id"), id).exec();
        for (const KeyResultUpdate &update : checkIn.updates) {
            Statement insert(m_document, Tables::keyResultUpdates().insertValues());
            Tables::bind(insert, update);
            insert.bind(QStringLiteral("check_in_id"), id)
                .bind(QStringLiteral("iso_year"), checkIn.week.year)
                .bind(QStringLiteral("iso_week"), checkIn.week.week)
                .execReturningId();
        }
        for (const PlanItem &item : checkIn.items) {
            Statement insert(m_document, Tables::planItems().insertValues());
            Tables::bind(insert, item);
            insert.bind(QStringLiteral("check_in_id"), id).execReturningId();
        }
    });
    return id;
}

// Fills the updates and plan items of check-ins already read, with one query each; `condition` selects them over
// check_ins c.
void CheckInRepository::attachContent(QList<CheckIn> &checkIns, const QString &condition, const QString &key,
                                      Id id) const
{
    QHash<Id, qsizetype> rowOf;
    for (qsizetype row = 0; row < checkIns.size(); ++row)
        rowOf.insert(checkIns[row].id, row);
    const QString whereBelow = QStringLiteral("JOIN check_ins c ON c.id = %1.check_in_id WHERE ") + condition;

    Statement updates(m_document,
                      Tables::keyResultUpdates().select(
                          whereBelow.arg(QLatin1Char('u')) + QStringLiteral(" ORDER BY u.id"), QStringLiteral("u")));
    updates.bind(key, id).exec();
    while (updates.next())
        checkIns[rowOf.value(updates.value(QStringLiteral("check_in_id")).toLongLong())].updates.append(
            Tables::keyResultUpdateFrom(updates));

    Statement items(m_document,
                    Tables::planItems().select(whereBelow.arg(QLatin1Char('p')) + QStringLiteral(" ORDER BY p.id"),
                                               QStringLiteral("p")));
    items.bind(key, id).exec();
    while (items.next())
        checkIns[rowOf.value(items.value(QStringLiteral("check_in_id")).toLongLong())].items.append(
            Tables::planItemFrom(items));
}

namespace {

CheckIn checkInFrom(const Statement &row)
{
    CheckIn checkIn;
    checkIn.id = row.value(QStringLiteral("id")).toLongLong();
    checkIn.teamId = row.value(QStringLiteral("team_id")).toLongLong();
    checkIn.week = {row.value(QStringLiteral("iso_year")).toInt(), row.value(QStringLiteral("iso_week")).toInt()};
    checkIn.lessons = row.value(QStringLiteral("lessons")).toString();
    checkIn.nextPriorities = row.value(QStringLiteral("next_priorities")).toString();
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
    attachContent(found, QStringLiteral("c.id = :check_in_id"), QStringLiteral("check_in_id"), found.first().id);
    return found.first();
}

QList<CheckIn> CheckInRepository::ofTeam(Id teamId) const
{
    Statement query(m_document,
                    Tables::checkIns().select(QStringLiteral("WHERE team_id = :team_id ORDER BY iso_year, iso_week")));
    query.bind(QStringLiteral("team_id"), teamId).exec();
    QList<CheckIn> checkIns;
    while (query.next())
        checkIns.append(checkInFrom(query));
    attachContent(checkIns, QStringLiteral("c.team_id = :team_id"), QStringLiteral("team_id"), teamId);
    return checkIns;
}

void CheckInRepository::remove(Id teamId, IsoWeek week)
{
    m_document.transaction([&] {
        // Updates and plan items cascade.
        Statement(m_document,
                  QStringLiteral("DELETE FROM check_ins"
                                 " WHERE team_id = :team_id AND iso_year = :iso_year AND iso_week = :iso_week"))
            .bind(QStringLiteral("team_id"), teamId)
            .bind(QStringLiteral("iso_year"), week.year)
            .bind(QStringLiteral("iso_week"), week.week)
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
        teamIds.append(query.value(QStringLiteral("team_id")).toLongLong());
    return teamIds;
}

Id CheckInRepository::addComment(const Comment &comment)
{
    StoredText::requireFits(comment);
    Id id = NoId;
    m_document.transaction([&] {
        Comment stamped = comment;
        if (!stamped.time.isValid())
            stamped.time = QDateTime::currentDateTimeUtc();
        Statement insert(m_document, Tables::comments().insertValues());
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
