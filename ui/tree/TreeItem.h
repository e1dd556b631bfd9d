#pragma once

#include "document/DocumentChange.h"
#include "document/PlanCommand.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"
#include "storage/RemovedItems.h"

#include <QString>

#include <variant>

class Repository;

// One node of the alignment tree as a value: what the tree's commands add, change and remove.
using TreeItem = std::variant<Objective, KeyResult, Initiative>;

namespace TreeItems {

Id idOf(const TreeItem &item);
QString titleOf(const TreeItem &item);

// A change of `kind` naming this item.
DocumentChange changeOf(DocumentChange::Kind kind, const TreeItem &item, Id cycleId);
// A change of `kind` naming every item in `items`.
DocumentChange changeOf(DocumentChange::Kind kind, const RemovedItems &items, Id cycleId);

// Repository calls on the item's kind.
Id add(Repository &repository, const TreeItem &item);
void update(Repository &repository, const TreeItem &item);
RemovedItems subtree(const Repository &repository, const TreeItem &item);
void remove(Repository &repository, const TreeItem &item);

// The item's stored revision (NotStored when it is not, or no more, in the document).
Revision revisionOf(const Repository &repository, const TreeItem &item);
// What a step that adds, removes or restores the item builds on (PlanCommand::storedRows): the row it hangs from,
// which must be there, and the item with everything below it, which no other writer may have changed.
// `itemThere`: the step expects the item stored (to remove it), so its removal by another writer is a conflict.
QList<PlanCommand::StoredRow> storedSubtree(const Repository &repository, const TreeItem &item, bool itemThere);

} // namespace TreeItems
