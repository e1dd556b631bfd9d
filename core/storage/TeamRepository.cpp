#include "storage/TeamRepository.h"

#include "storage/Document.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>

#include <vector>

namespace {

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

// The team :team and every team below it, as a table `subtree` the rest of the query reads.
const QString subtreeOfTeam =
    QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT CAST(:team AS bigint) UNION ALL "
                   "SELECT teams.id FROM teams JOIN subtree ON teams.parent_id = subtree.id) ");
const QString teamsIn = QStringLiteral("(SELECT id FROM subtree)");
const QString objectivesIn = QStringLiteral("(SELECT id FROM objectives WHERE team_id IN (SELECT id FROM subtree))");
const QString keyResultsIn = QStringLiteral(
    "(SELECT key_results.id FROM key_results JOIN objectives ON key_results.objective_id = objectives.id "
    "WHERE objectives.team_id IN (SELECT id FROM subtree))");
const QString checkInsIn = QStringLiteral("(SELECT id FROM check_ins WHERE team_id IN (SELECT id FROM subtree))");
const QString kpisIn = QStringLiteral("(SELECT id FROM kpis WHERE team_id IN (SELECT id FROM subtree))");

// Every table holding rows the removal of a team takes along, with the condition that picks them, parents first.
struct SubtreeTable {
    QString table;
    QString condition;
};
QList<SubtreeTable> subtreeTables()
{
    return {
        {QStringLiteral("teams"), QStringLiteral("id IN ") + teamsIn},
        {QStringLiteral("objectives"), QStringLiteral("team_id IN ") + teamsIn},
        {QStringLiteral("key_results"), QStringLiteral("id IN ") + keyResultsIn},
        {QStringLiteral("initiatives"), QStringLiteral("key_result_id IN ") + keyResultsIn},
        {QStringLiteral("comments"),
         QStringLiteral("objective_id IN ") + objectivesIn + QStringLiteral(" OR key_result_id IN ") + keyResultsIn},
        {QStringLiteral("check_ins"), QStringLiteral("team_id IN ") + teamsIn},
        {QStringLiteral("kr_updates"),
         QStringLiteral("check_in_id IN ") + checkInsIn + QStringLiteral(" OR key_result_id IN ") + keyResultsIn},
        {QStringLiteral("plan_items"), QStringLiteral("check_in_id IN ") + checkInsIn},
        {QStringLiteral("kpis"), QStringLiteral("team_id IN ") + teamsIn},
        {QStringLiteral("kpi_values"), QStringLiteral("kpi_id IN ") + kpisIn},
        {QStringLiteral("team_reviews"), QStringLiteral("team_id IN ") + teamsIn},
    };
}

QList<RemovedTeams::Link> linksOutside(Document &document, Id teamId, const QString &select)
{
    QSqlQuery &query = document.prepared(subtreeOfTeam + select);
    query.bindValue(QStringLiteral(":team"), teamId);
    Document::exec(query);
    QList<RemovedTeams::Link> links;
    while (query.next())
        links.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    query.finish();
    return links;
}

// The revision of a row put back is that of the change putting it back, as for any row written: left out of the
// insert, the trigger stamps it (schema version 9), so that other windows see the row again.
const QString RevisionColumn = QStringLiteral("revision");

// The statement putting a whole stored row back, every column as it was but its revision.
QString insertRow(const QString &table, const QSqlRecord &row)
{
    QStringList columns;
    QStringList values;
    for (int index = 0; index < row.count(); ++index) {
        if (row.fieldName(index) == RevisionColumn)
            continue;
        columns.append(row.fieldName(index));
        values.append(QLatin1Char(':') + row.fieldName(index));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

TeamRepository::TeamRepository(Document &document)
    : m_document(document)
{
}

QList<Team> TeamRepository::all() const
{
    Statement query(m_document, Tables::teams().select(QStringLiteral("ORDER BY id")));
    query.exec();
    QList<Team> teams;
    while (query.next())
        teams.append(Tables::teamFrom(query));
    return parentsFirst(teams);
}

std::optional<Team> TeamRepository::byName(const QString &name) const
{
    // In C++ rather than SQL: SQLite's NOCASE folds ASCII letters only.
    const QList<Team> teams = all();
    for (const Team &team : teams) {
        if (team.name.compare(name, Qt::CaseInsensitive) == 0)
            return team;
    }
    return std::nullopt;
}

QString TeamRepository::organisationName() const
{
    Statement query(m_document, Tables::teams().select(QStringLiteral("WHERE parent_id IS NULL ORDER BY id LIMIT 1")));
    query.exec();
    const QString name = query.next() ? query.text(QStringLiteral("name")) : QString();
    query.finish();
    return name;
}

Id TeamRepository::add(const Team &team)
{
    StoredText::requireFits(team);
    Id id = NoId;
    m_document.transaction([&] {
        Statement insert(m_document, Tables::teams().insertReturningId(NoId));
        Tables::bind(insert, team);
        id = insert.execReturningId();
    });
    return id;
}

void TeamRepository::rename(Id teamId, const QString &name)
{
    StoredText::requireFits(TextField::TeamName, name);
    m_document.transaction([&] {
        Statement update(m_document, QStringLiteral("UPDATE teams SET name = :name WHERE id = :id"));
        update.bind(QStringLiteral("name"), name).bind(QStringLiteral("id"), teamId);
        update.execOnExisting(
            QCoreApplication::translate("TeamRepository", "The team %1 does not exist in this document.").arg(teamId));
    });
}

void TeamRepository::move(Id teamId, Id parentId)
{
    m_document.transaction([&] {
        Statement update(m_document, QStringLiteral("UPDATE teams SET parent_id = :parent_id WHERE id = :id"));
        update.bind(QStringLiteral("parent_id"), parentId == NoId ? QVariant() : QVariant(parentId))
            .bind(QStringLiteral("id"), teamId);
        update.execOnExisting(
            QCoreApplication::translate("TeamRepository", "The team %1 does not exist in this document.").arg(teamId));
    });
}

Revision TeamRepository::revision(Id teamId) const
{
    return Statement(m_document, Tables::teams().selectRevision()).bind(QStringLiteral("id"), teamId).execRevision();
}

QHash<Id, Revision> TeamRepository::revisions() const
{
    Statement query(m_document, QStringLiteral("SELECT id, revision FROM teams"));
    query.exec();
    QHash<Id, Revision> revisions;
    while (query.next())
        revisions.insert(query.integer(QStringLiteral("id")), query.integer(QStringLiteral("revision")));
    return revisions;
}

RemovedTeams TeamRepository::subtree(Id teamId) const
{
    RemovedTeams removed;
    for (const SubtreeTable &each : subtreeTables()) {
        QSqlQuery &query = m_document.prepared(subtreeOfTeam + QStringLiteral("SELECT * FROM ") + each.table +
                                               QStringLiteral(" WHERE ") + each.condition);
        query.bindValue(QStringLiteral(":team"), teamId);
        Document::exec(query);
        RemovedTeams::TableRows rows{each.table, {}};
        while (query.next())
            rows.rows.append(query.record());
        query.finish();
        removed.tables.append(rows);
    }
    removed.alignedObjectives =
        linksOutside(m_document, teamId,
                     QStringLiteral("SELECT id, parent_id FROM objectives WHERE parent_id IN ") + objectivesIn +
                         QStringLiteral(" AND team_id NOT IN ") + teamsIn);
    removed.planItemLinks =
        linksOutside(m_document, teamId,
                     QStringLiteral("SELECT id, key_result_id FROM plan_items WHERE key_result_id IN ") + keyResultsIn +
                         QStringLiteral(" AND check_in_id NOT IN ") + checkInsIn);
    return removed;
}

void TeamRepository::remove(Id teamId)
{
    m_document.transaction([&] {
        Statement remove(m_document, QStringLiteral("DELETE FROM teams WHERE id = :id"));
        remove.bind(QStringLiteral("id"), teamId);
        remove.execOnExisting(
            QCoreApplication::translate("TeamRepository", "The team %1 does not exist in this document.").arg(teamId));
    });
}

void TeamRepository::restore(const RemovedTeams &removed)
{
    m_document.transaction([&] {
        // Rows refer to each other in any order (an objective aligned to a later one): checked at commit.
        m_document.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const RemovedTeams::TableRows &table : removed.tables) {
            for (const QSqlRecord &row : table.rows) {
                // Bound as read, NULLs included (Statement would turn a null text into an empty one).
                QSqlQuery &insert = m_document.prepared(insertRow(table.table, row));
                for (int index = 0; index < row.count(); ++index) {
                    if (row.fieldName(index) != RevisionColumn)
                        insert.bindValue(QLatin1Char(':') + row.fieldName(index), row.value(index));
                }
                Document::exec(insert);
            }
        }
        for (const RemovedTeams::Link &aligned : removed.alignedObjectives) {
            Statement realign(m_document,
                              QStringLiteral("UPDATE objectives SET parent_id = :parent_id WHERE id = :id"));
            realign.bind(QStringLiteral("parent_id"), aligned.targetId)
                .bind(QStringLiteral("id"), aligned.rowId)
                .exec();
        }
        for (const RemovedTeams::Link &link : removed.planItemLinks) {
            Statement relink(m_document,
                             QStringLiteral("UPDATE plan_items SET key_result_id = :key_result_id WHERE id = :id"));
            relink.bind(QStringLiteral("key_result_id"), link.targetId).bind(QStringLiteral("id"), link.rowId).exec();
        }
    });
}
