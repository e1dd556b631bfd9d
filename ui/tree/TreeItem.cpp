#include "tree/TreeItem.h"

#include "storage/Repository.h"

namespace {

template <typename... Visitors> struct Overloaded : Visitors... {
    using Visitors::operator()...;
};

} // namespace

namespace TreeItems {

Id idOf(const TreeItem &item)
{
    return std::visit([](const auto &value) { return value.id; }, item);
}

QString titleOf(const TreeItem &item)
{
    return std::visit([](const auto &value) { return value.title; }, item);
}

DocumentChange changeOf(DocumentChange::Kind kind, const TreeItem &item, Id cycleId)
{
    DocumentChange change{kind, cycleId, {}, {}, {}};
    std::visit(Overloaded{
                   [&](const Objective &objective) { change.objectiveIds.append(objective.id); },
                   [&](const KeyResult &keyResult) { change.keyResultIds.append(keyResult.id); },
                   [&](const Initiative &initiative) { change.initiativeIds.append(initiative.id); },
               },
               item);
    return change;
}

DocumentChange changeOf(DocumentChange::Kind kind, const RemovedItems &items, Id cycleId)
{
    DocumentChange change{kind, cycleId, {}, {}, {}};
    for (const Objective &objective : items.objectives)
        change.objectiveIds.append(objective.id);
    change.objectiveIds.append(items.alignedObjectiveIds);
    for (const KeyResult &keyResult : items.keyResults)
        change.keyResultIds.append(keyResult.id);
    for (const Initiative &initiative : items.initiatives)
        change.initiativeIds.append(initiative.id);
    return change;
}

Id add(Repository &repository, const TreeItem &item)
{
    return std::visit(Overloaded{
                          [&](const Objective &objective) { return repository.plan().addObjective(objective); },
                          [&](const KeyResult &keyResult) { return repository.plan().addKeyResult(keyResult); },
                          [&](const Initiative &initiative) { return repository.plan().addInitiative(initiative); },
                      },
                      item);
}

void update(Repository &repository, const TreeItem &item)
{
    std::visit(Overloaded{
                   [&](const Objective &objective) { repository.plan().updateObjective(objective); },
                   [&](const KeyResult &keyResult) { repository.plan().updateKeyResult(keyResult); },
                   [&](const Initiative &initiative) { repository.plan().updateInitiative(initiative); },
               },
               item);
}

RemovedItems subtree(const Repository &repository, const TreeItem &item)
{
    return std::visit(
        Overloaded{
            [&](const Objective &objective) { return repository.plan().objectiveSubtree(objective.id); },
            [&](const KeyResult &keyResult) { return repository.plan().keyResultSubtree(keyResult.id); },
            [&](const Initiative &initiative) { return repository.plan().initiativeSubtree(initiative.id); },
        },
        item);
}

void remove(Repository &repository, const TreeItem &item)
{
    std::visit(Overloaded{
                   [&](const Objective &objective) { repository.plan().removeObjective(objective.id); },
                   [&](const KeyResult &keyResult) { repository.plan().removeKeyResult(keyResult.id); },
                   [&](const Initiative &initiative) { repository.plan().removeInitiative(initiative.id); },
               },
               item);
}

} // namespace TreeItems
