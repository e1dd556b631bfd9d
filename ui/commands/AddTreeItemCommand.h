#pragma once

#include "document/PlanCommand.h"
#include "storage/RemovedItems.h"
#include "tree/TreeItem.h"

#include <optional>

// Adds an objective, key result or initiative. Undo removes it; redo puts back the same row (same id), so later
// commands that name it stay valid. Refused when another writer removed the row it goes under, and undo when
// another writer changed the item or added below it since (PlanCommand).
class AddTreeItemCommand : public PlanCommand {
public:
    AddTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem item);

    Id addedId() const { return TreeItems::idOf(m_item); } // NoId until the first redo

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    TreeItem m_item;
    std::optional<RemovedItems> m_undone; // what undo took away, for the next redo
};
