#pragma once

#include "CheckIn.h"

#include <QUndoCommand>

#include <functional>

#include <optional>

class Repository;

// Saving a team's weekly check-in as one undo step. Redo writes the new content; undo restores exactly what that
// team and week held before, or removes the check-in when there was none.
// The first redo (inside QUndoStack::push) throws DocumentError when the document cannot be written, so the caller
// can report it with nothing pushed; a later undo or redo that fails makes the command obsolete instead, because it
// runs from the event loop.
class SaveCheckInCommand : public QUndoCommand {
public:
    // `checkIn` must have passed CheckInService::problems(); `teamName` names the step ("Check in Sales, 2026-W47").
    SaveCheckInCommand(Repository &repository, const CheckIn &checkIn, const QString &teamName,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const std::function<void()> &change);

    Repository &m_repository;
    CheckIn m_next;
    std::optional<CheckIn> m_previous;
    bool m_pushed = false;
};
