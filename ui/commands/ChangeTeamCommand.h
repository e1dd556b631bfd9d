#pragma once

#include "document/PlanCommand.h"
#include "model/Team.h"

// Renames a team or moves it (with the teams below it) under another, by TeamService's rules, as one undo step.
// Undo and redo are refused when the team changed since this command wrote it, and the first redo when it changed
// since `readRevision` (when the Teams window read it).
class ChangeTeamCommand : public PlanCommand {
public:
    static ChangeTeamCommand *rename(DocumentSession &session, const Team &team, Revision readRevision,
                                     const QString &name);
    static ChangeTeamCommand *move(DocumentSession &session, const Team &team, Revision readRevision, Id parentId,
                                   const QString &parentName);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    ChangeTeamCommand(DocumentSession &session, const QString &text, Team before, Team after, Revision readRevision);

    Team m_before;
    Team m_after;
};
