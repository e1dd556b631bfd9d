#include "commands/AddCommentCommand.h"

#include "document/DocumentSession.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace {

// The repository names the cycle of a key result only; a comment on an objective concerns NoId (every view checks).
Id cycleOf(const Repository &repository, const Comment &comment)
{
    if (comment.keyResultId == NoId)
        return NoId;
    const std::optional<Cycle> cycle = repository.cycles().ofKeyResult(comment.keyResultId);
    return cycle ? cycle->id : NoId;
}

Comment stamped(Comment comment)
{
    if (!comment.time.isValid())
        comment.time = QDateTime::currentDateTimeUtc();
    return comment;
}

} // namespace

AddCommentCommand::AddCommentCommand(DocumentSession &session, const Comment &comment)
    : PlanCommand(session, cycleOf(session.repository(), comment),
                  QCoreApplication::translate("AddCommentCommand", "Add comment"))
    , m_comment(stamped(comment))
{
}

DocumentChange AddCommentCommand::apply()
{
    m_comment.id = repository().checkIns().addComment(m_comment);
    return change();
}

DocumentChange AddCommentCommand::revert()
{
    repository().checkIns().removeComment(m_comment.id);
    return change();
}

QList<PlanCommand::StoredRow> AddCommentCommand::storedRows() const
{
    const PlanRepository &plan = repository().plan();
    return {{m_comment.keyResultId != NoId ? plan.keyResultRevision(m_comment.keyResultId)
                                           : plan.objectiveRevision(m_comment.objectiveId),
             StoredRow::Check::Present}};
}

DocumentChange AddCommentCommand::change() const
{
    DocumentChange result{DocumentChange::Kind::ItemsEdited, cycleId(), {}, {}, {}};
    if (m_comment.keyResultId != NoId)
        result.keyResultIds.append(m_comment.keyResultId);
    else
        result.objectiveIds.append(m_comment.objectiveId);
    return result;
}
