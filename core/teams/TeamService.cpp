#include "teams/TeamService.h"

#include "model/Organisation.h"
#include "model/TextLimits.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "teams/TeamError.h"

QString TeamContent::described() const
{
    QStringList parts;
    const auto add = [&parts](qsizetype count, const char *text) {
        if (count > 0)
            parts.append(TeamService::tr(text, nullptr, static_cast<int>(count)));
    };
    add(teamsBelow, QT_TRANSLATE_N_NOOP("TeamService", "%n team(s) below it"));
    add(objectives, QT_TRANSLATE_N_NOOP("TeamService", "%n objective(s)"));
    add(keyResults, QT_TRANSLATE_N_NOOP("TeamService", "%n key result(s)"));
    add(checkIns, QT_TRANSLATE_N_NOOP("TeamService", "%n check-in(s)"));
    add(kpis, QT_TRANSLATE_N_NOOP("TeamService", "%n KPI(s)"));
    return parts.join(QStringLiteral(", "));
}

TeamService::TeamService(Repository &repository)
    : m_repository(repository)
{
}

Team TeamService::teamWithId(Id teamId) const
{
    for (const Team &team : m_repository.teams().all()) {
        if (team.id == teamId)
            return team;
    }
    throw TeamError(tr("That team is no longer in the document."));
}

QString TeamService::acceptedName(const QString &name, Id teamId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw TeamError(tr("A team needs a name."));
    if (!TextLimits::fits(TextField::TeamName, trimmed))
        throw TeamError(TextLimits::tooLong(TextField::TeamName, trimmed.size()));
    for (const Team &team : m_repository.teams().all()) {
        if (team.id != teamId && team.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            throw TeamError(tr("A team is already named “%1”: each team needs a name of its own.").arg(team.name));
    }
    return trimmed;
}

Team TeamService::add(const QString &name, Id parentId)
{
    Team team;
    m_repository.document().transaction([&] {
        team.name = acceptedName(name, NoId);
        team.parentId = parentId == NoId ? Organisation(m_repository.teams().all()).company() : teamWithId(parentId).id;
        team.id = m_repository.teams().add(team);
    });
    return team;
}

Team TeamService::rename(Id teamId, const QString &name)
{
    Team team;
    m_repository.document().transaction([&] {
        team = teamWithId(teamId);
        team.name = acceptedName(name, teamId);
        m_repository.teams().rename(teamId, team.name);
    });
    return team;
}

Team TeamService::move(Id teamId, Id parentId)
{
    Team team;
    m_repository.document().transaction([&] {
        team = teamWithId(teamId);
        const Team parent = teamWithId(parentId);
        const Organisation organisation(m_repository.teams().all());
        if (parentId == teamId || organisation.isBelow(parentId, teamId))
            throw TeamError(
                tr("“%1” cannot move under “%2”: a team cannot be below itself.").arg(team.name, parent.name));
        if (team.parentId == parentId)
            throw TeamError(tr("“%1” is already directly under “%2”.").arg(team.name, parent.name));
        team.parentId = parentId;
        m_repository.teams().move(teamId, parentId);
    });
    return team;
}

TeamContent TeamService::contentOf(Id teamId) const
{
    return counted(m_repository.teams().subtree(teamWithId(teamId).id));
}

RemovedTeams TeamService::remove(Id teamId)
{
    RemovedTeams removed;
    m_repository.document().transaction([&] {
        const Team team = teamWithId(teamId);
        const Organisation organisation(m_repository.teams().all());
        if (team.parentId == NoId && organisation.childrenOf(NoId).size() == 1)
            throw TeamError(tr("“%1” is the organisation itself: rename it rather than remove it.").arg(team.name));
        removed = m_repository.teams().subtree(teamId);
        m_repository.teams().remove(teamId);
    });
    return removed;
}

TeamContent TeamService::counted(const RemovedTeams &removed)
{
    TeamContent content;
    content.teamsBelow = std::max<qsizetype>(0, removed.count(QStringLiteral("teams")) - 1);
    content.objectives = removed.count(QStringLiteral("objectives"));
    content.keyResults = removed.count(QStringLiteral("key_results"));
    content.checkIns = removed.count(QStringLiteral("check_ins"));
    content.kpis = removed.count(QStringLiteral("kpis"));
    return content;
}
