#pragma once

#include "document/PlanCommand.h"
#include "tree/TreeItem.h"

// Changes fields of one objective, key result or initiative: from `before` to `after`, both complete items.
// Consecutive changes of the same field of the same item merge into one step (typing, spin box arrows);
// changes of the tree's shape (re-aligning, reordering, an objective's team) never merge. The change is refused when
// another writer changed the item since the view read it, and undo and redo when it did since this command wrote
// it (PlanCommand).
class ChangeTreeItemCommand : public PlanCommand {
public:
    enum class Field {
        Title,
        Description,
        Owner,
        Commitment,
        Weight,
        Start,
        Target,
        Unit,
        UnitLabel,
        Kind,
        Status,
        Due,
        Placement,
        Team, // an objective's team
    };

    ChangeTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem before, TreeItem after, Field field);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    bool changesShape() const;
    DocumentChange::Kind changeKind() const;

    TreeItem m_before;
    TreeItem m_after;
    Field m_field;
};
