#include "commands/ChangeTeamCommand.h"

#include "storage/Repository.h"
#include "teams/TeamService.h"

#include <QCoreApplication>

ChangeTeamCommand *ChangeTeamCommand::rename(DocumentSession &session, const Team &team, Revision readRevision,
                                             const QString &name)
{
    Team after = team;
    after.name = name;
    return new ChangeTeamCommand(session,
                                 QCoreApplication::translate("ChangeTeamCommand", "Rename Team %1").arg(team.name),
                                 team, after, readRevision);
}

ChangeTeamCommand *ChangeTeamCommand::move(DocumentSession &session, const Team &team, Revision readRevision,
                                           Id parentId, const QString &parentName)
{
    Team after = team;
    after.parentId = parentId;
    return new ChangeTeamCommand(
        session, QCoreApplication::translate("ChangeTeamCommand", "Move Team %1 under %2").arg(team.name, parentName),
        team, after, readRevision);
}

ChangeTeamCommand::ChangeTeamCommand(DocumentSession &session, const QString &text, Team before, Team after,
                                     Revision readRevision)
    : PlanCommand(session, NoId, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    expectUnchangedSince(readRevision);
}

DocumentChange ChangeTeamCommand::apply()
{
    TeamService service(repository());
    if (m_after.parentId != m_before.parentId)
        service.move(m_after.id, m_after.parentId);
    else
        m_after = service.rename(m_after.id, m_after.name);
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

DocumentChange ChangeTeamCommand::revert()
{
    // Back to what it was, which the rules allowed then; the team's row is ours since (the revision check).
    if (m_after.parentId != m_before.parentId)
        repository().teams().move(m_before.id, m_before.parentId);
    else
        repository().teams().rename(m_before.id, m_before.name);
    return {DocumentChange::Kind::TeamsChanged, NoId, {}, {}, {}};
}

QList<PlanCommand::StoredRow> ChangeTeamCommand::storedRows() const
{
    const TeamRepository &teams = repository().teams();
    QList<StoredRow> rows{{teams.revision(m_before.id), StoredRow::Check::Unchanged}};
    // A move builds on both parents: the one it moves to, and the one undo moves back to.
    for (const Id parentId : {m_before.parentId, m_after.parentId}) {
        if (parentId != NoId)
            rows.append({teams.revision(parentId), StoredRow::Check::Present});
    }
    return rows;
}
