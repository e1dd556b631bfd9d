#include "tree/TreeItem.h"

#include "storage/Repository.h"

namespace {

template <typename... Visitors> struct Overloaded : Visitors... {
    using Visitors::operator()...;
};
// C++20 deduces this itself; clang before 17 (the sanitizer build) needs the guide.
template <typename... Visitors> Overloaded(Visitors...) -> Overloaded<Visitors...>;

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

Revision revisionOf(const Repository &repository, const TreeItem &item)
{
    return std::visit(
        Overloaded{
            [&](const Objective &objective) { return repository.plan().objectiveRevision(objective.id); },
            [&](const KeyResult &keyResult) { return repository.plan().keyResultRevision(keyResult.id); },
            [&](const Initiative &initiative) { return repository.plan().initiativeRevision(initiative.id); },
        },
        item);
}

QList<PlanCommand::StoredRow> storedSubtree(const Repository &repository, const TreeItem &item, bool itemThere)
{
    using Check = PlanCommand::StoredRow::Check;
    const PlanRepository &plan = repository.plan();
    QList<PlanCommand::StoredRow> rows;
    std::visit(Overloaded{
                   [&](const Objective &objective) {
                       if (objective.parentId != NoId)
                           rows.append({plan.objectiveRevision(objective.parentId), Check::Present});
                   },
                   [&](const KeyResult &keyResult) {
                       rows.append({plan.objectiveRevision(keyResult.objectiveId), Check::Present});
                   },
                   [&](const Initiative &initiative) {
                       rows.append({plan.keyResultRevision(initiative.keyResultId), Check::Present});
                   },
               },
               item);
    if (idOf(item) == NoId) // not added yet
        return rows;
    const Revision itemRevision = revisionOf(repository, item);
    rows.append({itemRevision, itemThere ? Check::Unchanged : Check::UnchangedOrMissing});
    if (itemRevision == NotStored) // taken away: nothing below it either
        return rows;
    const RemovedItems below = subtree(repository, item);
    for (const Objective &objective : below.objectives)
        rows.append({plan.objectiveRevision(objective.id), Check::UnchangedOrMissing});
    for (const Id aligned : below.alignedObjectiveIds)
        rows.append({plan.objectiveRevision(aligned), Check::UnchangedOrMissing});
    for (const KeyResult &keyResult : below.keyResults)
        rows.append({plan.keyResultRevision(keyResult.id), Check::UnchangedOrMissing});
    for (const Initiative &initiative : below.initiatives)
        rows.append({plan.initiativeRevision(initiative.id), Check::UnchangedOrMissing});
    return rows;
}

} // namespace TreeItems
