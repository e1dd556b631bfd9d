#include "SaveTeamReviewCommand.h"

#include "DocumentError.h"
#include "MessageBoxes.h"
#include "Repository.h"

#include <QCoreApplication>

#include <utility>

SaveTeamReviewCommand::SaveTeamReviewCommand(Repository &repository, std::optional<TeamReview> before, TeamReview after,
                                             const QString &text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_cycleId(after.cycleId)
    , m_teamId(after.teamId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SaveTeamReviewCommand::redo()
{
    write(m_after);
}

void SaveTeamReviewCommand::undo()
{
    write(m_before);
}

void SaveTeamReviewCommand::write(const std::optional<TeamReview> &review)
{
    try {
        if (review)
            m_repository.saveTeamReview(*review);
        else
            m_repository.removeTeamReview(m_cycleId, m_teamId);
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, QCoreApplication::translate("SaveTeamReviewCommand", "Cannot Save Review"),
                              error.message());
    }
}
