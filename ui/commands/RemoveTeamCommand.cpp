#include "commands/RemoveTeamCommand.h"

#include "storage/Repository.h"
#include "teams/TeamService.h"

#include <QCoreApplication>

RemoveTeamCommand::RemoveTeamCommand(DocumentSession &session, const Team &team, Revision readRevision)
    : PlanCommand(session, NoId, QCoreApplication::translate("RemoveTeamCommand", "Delete Team %1").arg(team.name))
    , m_team(team)
{
    expectRevision(readRevision);
}

DocumentChange RemoveTeamCommand::apply()
{
    m_removed = TeamService(repository()).remove(m_team.id);
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

DocumentChange RemoveTeamCommand::revert()
{
    repository().teams().restore(m_removed);
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

std::optional<Revision> RemoveTeamCommand::storedRevision() const
{
    return repository().teams().revision(m_team.id);
}
