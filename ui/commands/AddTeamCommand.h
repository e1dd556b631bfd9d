#pragma once

#include "document/PlanCommand.h"
#include "model/Team.h"
#include "storage/RemovedTeams.h"

// Adds a team (TeamService::add's rules) as one undo step. Undo removes it again, and redo puts back the very same
// row (same id), so later steps that name the team stay valid. Undo and redo are refused when the team changed since
// this command wrote it (PlanCommand).
class AddTeamCommand : public PlanCommand {
public:
    // `parentId` NoId: below the company.
    AddTeamCommand(DocumentSession &session, const QString &name, Id parentId);

    Id addedId() const { return m_team.id; } // NoId until the first redo

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    Team m_team;
    RemovedTeams m_removed; // the team's row as undo took it, for redo
    bool m_added = false;   // whether the team is in the document: the next step is undo
};
