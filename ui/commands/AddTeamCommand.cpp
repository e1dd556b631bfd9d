#include "commands/AddTeamCommand.h"

#include "storage/Repository.h"
#include "teams/TeamService.h"

#include <QCoreApplication>

AddTeamCommand::AddTeamCommand(DocumentSession &session, const QString &name, Id parentId)
    : PlanCommand(session, NoId, QCoreApplication::translate("AddTeamCommand", "Add Team %1").arg(name.trimmed()))
    , m_team{NoId, parentId, name}
{
}

DocumentChange AddTeamCommand::apply()
{
    if (m_team.id == NoId)
        m_team = TeamService(repository()).add(m_team.name, m_team.parentId);
    else
        repository().teams().restore(m_removed); // a redo: the rules passed the first time, on this same document
    m_added = true;
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

DocumentChange AddTeamCommand::revert()
{
    m_removed = repository().teams().subtree(m_team.id);
    repository().teams().remove(m_team.id);
    m_added = false;
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

QList<PlanCommand::StoredRow> AddTeamCommand::storedRows() const
{
    QList<StoredRow> rows;
    if (m_team.parentId != NoId)
        rows.append({repository().teams().revision(m_team.parentId), StoredRow::Check::Present});
    if (m_team.id != NoId) // undo takes the team as this command wrote it; redo puts it back where it is missing
        rows.append({repository().teams().revision(m_team.id),
                     m_added ? StoredRow::Check::Unchanged : StoredRow::Check::UnchangedOrMissing});
    return rows;
}
