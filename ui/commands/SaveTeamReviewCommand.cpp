#include "commands/SaveTeamReviewCommand.h"

#include "storage/Repository.h"

#include <utility>

SaveTeamReviewCommand::SaveTeamReviewCommand(DocumentSession &session, std::optional<TeamReview> before,
                                             TeamReview after, const QString &text)
    : PlanCommand(session, after.cycleId, text)
    , m_teamId(after.teamId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

DocumentChange SaveTeamReviewCommand::apply()
{
    return write(m_after);
}

DocumentChange SaveTeamReviewCommand::revert()
{
    return write(m_before);
}

QList<PlanCommand::StoredRow> SaveTeamReviewCommand::storedRows() const
{
    return {{repository().reviews().revision(cycleId(), m_teamId), StoredRow::Check::UnchangedOrMissing}};
}

DocumentChange SaveTeamReviewCommand::write(const std::optional<TeamReview> &review)
{
    if (review)
        repository().reviews().save(*review);
    else
        repository().reviews().remove(cycleId(), m_teamId);
    // The answers belong to the cycle, not to an item of its tree.
    return {DocumentChange::Kind::ItemsEdited, cycleId(), {}, {}, {}};
}
