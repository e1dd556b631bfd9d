#include "storage/TeamRepository.h"

#include "storage/Document.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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
    const QString name = query.next() ? query.value(QStringLiteral("name")).toString() : QString();
    query.finish();
    return name;
}

Id TeamRepository::add(const Team &team)
{
    StoredText::requireFits(team);
    Id id = NoId;
    m_document.transaction([&] {
        Statement insert(m_document, Tables::teams().insertValues());
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
