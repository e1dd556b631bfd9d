#pragma once

#include "PlanCommand.h"
#include "TreeItem.h"

// Changes fields of one objective, key result or initiative: from `before` to `after`, both complete items.
// Consecutive changes of the same field of the same item merge into one step (typing, spin box arrows);
// placement changes (re-aligning, reordering) never merge.
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
    };

    ChangeTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem before, TreeItem after, Field field);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;

private:
    DocumentChange::Kind changeKind() const;

    TreeItem m_before;
    TreeItem m_after;
    Field m_field;
};
