#pragma once

#include "document/PlanCommand.h"
#include "model/TeamReview.h"

#include <optional>

// Saves a team's answers to the review questions for one cycle as one undo step; undo restores the previous
// answers, or none. A failed write is reported and the step dropped (PlanCommand).
class SaveTeamReviewCommand : public PlanCommand {
public:
    SaveTeamReviewCommand(DocumentSession &session, std::optional<TeamReview> before, TeamReview after,
                          const QString &text);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    DocumentChange write(const std::optional<TeamReview> &review);

    Id m_teamId;
    std::optional<TeamReview> m_before;
    TeamReview m_after;
};
