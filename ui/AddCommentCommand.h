#pragma once

#include "Comment.h"

#include <QUndoCommand>

class Repository;

// Adding a comment to an objective or a key result as one undo step; undo removes it again.
class AddCommentCommand : public QUndoCommand {
public:
    AddCommentCommand(Repository &repository, const Comment &comment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Repository &m_repository;
    Comment m_comment; // its time is fixed at construction so redo writes the same comment again
};
