#pragma once

#include "document/DocumentChange.h"
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

} // namespace TreeItems
