#pragma once

#include "document/PlanCommand.h"
#include "model/CheckIn.h"

#include <optional>

class DocumentSession;

// Saving a team's weekly check-in as one undo step. Redo writes the new content; undo restores exactly what that
// team and week held before, or removes the check-in when there was none. A write that fails is reported through
// DocumentSession::writeFailed and drops the command (PlanCommand), so a failed first save leaves nothing pushed.
// Neither step writes over a change it did not make: the week's revision is checked (PlanCommand).
class SaveCheckInCommand : public PlanCommand {
public:
    // `checkIn` must have passed CheckInService::problems(); `teamName` names the step ("Check in Sales, 2026-W47").
    // `readRevision`: the week's revision when the form read it (CheckInRepository::revision); the save is refused
    // when the week changed since. Without it, the first save writes whatever is stored.
    SaveCheckInCommand(DocumentSession &session, const CheckIn &checkIn, const QString &teamName,
                       std::optional<Revision> readRevision = std::nullopt);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    DocumentChange change() const;

    CheckIn m_next;
    std::optional<CheckIn> m_previous;
};
