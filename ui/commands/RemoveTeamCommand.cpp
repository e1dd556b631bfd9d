#include "commands/RemoveTeamCommand.h"

#include "storage/Repository.h"
#include "teams/TeamService.h"

#include <QCoreApplication>

RemoveTeamCommand::RemoveTeamCommand(DocumentSession &session, const Team &team, Revision readRevision)
    : PlanCommand(session, NoId, QCoreApplication::translate("RemoveTeamCommand", "Delete Team %1").arg(team.name))
    , m_team(team)
{
    expectUnchangedSince(readRevision);
}

DocumentChange RemoveTeamCommand::apply()
{
    m_removed = TeamService(repository()).remove(m_team.id);
    m_removedNow = true;
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

DocumentChange RemoveTeamCommand::revert()
{
    repository().teams().restore(m_removed);
    m_removedNow = false;
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

QList<PlanCommand::StoredRow> RemoveTeamCommand::storedRows() const
{
    QList<StoredRow> rows;
    if (m_team.parentId != NoId) // undo puts the team back under it
        rows.append({repository().teams().revision(m_team.parentId), StoredRow::Check::Present});
    rows.append({repository().teams().revision(m_team.id),
                 m_removedNow ? StoredRow::Check::UnchangedOrMissing : StoredRow::Check::Unchanged});
    return rows;
}
