#pragma once

#include "document/PlanCommand.h"
#include "storage/RemovedItems.h"
#include "tree/TreeItem.h"

// Removes an objective, key result or initiative with everything below it (and a key result's check-in history);
// undo puts back the very same rows, and re-aligns the objectives that were aligned to a removed objective.
// Refused when another writer changed, removed or added to those rows since the view read them, and undo when
// another writer removed the row they go under (PlanCommand).
class RemoveTreeItemCommand : public PlanCommand {
public:
    RemoveTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem item);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    TreeItem m_item;
    RemovedItems m_removed;
    bool m_removedNow = false; // the last step removed the rows
};
