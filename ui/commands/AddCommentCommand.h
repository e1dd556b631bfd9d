#pragma once

#include "document/PlanCommand.h"
#include "model/Comment.h"

class DocumentSession;

// Adding a comment to an objective or a key result as one undo step; undo removes it again. Refused when another
// writer removed the objective or key result meanwhile (PlanCommand).
class AddCommentCommand : public PlanCommand {
public:
    AddCommentCommand(DocumentSession &session, const Comment &comment);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    DocumentChange change() const;

    Comment m_comment; // its time is fixed at construction so redo writes the same comment again
};
