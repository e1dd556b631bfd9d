#pragma once

#include "TeamReview.h"

#include <QUndoCommand>

#include <optional>

class Repository;

// Saves a team's answers to the review questions for one cycle as one undo step; undo restores the previous
// answers, or none. A failed write is reported and the step dropped.
class SaveTeamReviewCommand : public QUndoCommand {
public:
    SaveTeamReviewCommand(Repository &repository, std::optional<TeamReview> before, TeamReview after,
                          const QString &text);

    void redo() override;
    void undo() override;

private:
    void write(const std::optional<TeamReview> &review);

    Repository &m_repository;
    Id m_cycleId;
    Id m_teamId;
    std::optional<TeamReview> m_before;
    TeamReview m_after;
};
