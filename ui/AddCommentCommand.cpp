#include "AddCommentCommand.h"

#include "Repository.h"

#include <QCoreApplication>

AddCommentCommand::AddCommentCommand(Repository &repository, const Comment &comment, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_comment(comment)
{
    if (!m_comment.time.isValid())
        m_comment.time = QDateTime::currentDateTimeUtc();
    setText(QCoreApplication::translate("AddCommentCommand", "Add comment"));
}

void AddCommentCommand::redo()
{
    m_comment.id = m_repository.addComment(m_comment);
}

void AddCommentCommand::undo()
{
    m_repository.removeComment(m_comment.id);
}
