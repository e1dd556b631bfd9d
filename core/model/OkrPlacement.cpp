#include "model/OkrPlacement.h"

#include <algorithm>

OkrPlacement OkrPlacement::from(const Objective &selected, const QList<Team> &teams)
{
    const auto child = std::find_if(teams.begin(), teams.end(),
                                    [&selected](const Team &team) { return team.parentId == selected.teamId; });
    if (child != teams.end())
        return {child->id, selected.id};
    return {selected.teamId, selected.parentId};
}

Id OkrPlacement::companyTeam(const QList<Team> &teams)
{
    const auto company =
        std::find_if(teams.begin(), teams.end(), [](const Team &team) { return team.parentId == NoId; });
    return company != teams.end() ? company->id : NoId;
}
