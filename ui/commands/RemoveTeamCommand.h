#pragma once

#include "document/PlanCommand.h"
#include "model/Team.h"
#include "storage/RemovedTeams.h"

// Removes a team with the teams below it and everything they hold (objectives, key results, check-ins, KPIs,
// reviews) as one undo step, by TeamService's rules; undo puts back the very same rows and re-links other teams'
// objectives and plan items that pointed into them. The first redo is refused when the team changed since
// `readRevision` (when the Teams window read it).
class RemoveTeamCommand : public PlanCommand {
public:
    RemoveTeamCommand(DocumentSession &session, const Team &team, Revision readRevision);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    Team m_team;
    RemovedTeams m_removed;
    bool m_removedNow = false; // whether the last step removed the team: the next step is undo
};
