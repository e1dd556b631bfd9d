#include "commands/RemoveTreeItemCommand.h"

#include "storage/Repository.h"

#include <QCoreApplication>

RemoveTreeItemCommand::RemoveTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem item)
    : PlanCommand(session, cycleId,
                  QCoreApplication::translate("RemoveTreeItemCommand", "Delete “%1”").arg(TreeItems::titleOf(item)))
    , m_item(std::move(item))
{
}

DocumentChange RemoveTreeItemCommand::apply()
{
    // Read again on every redo: the rows are the same, but this keeps the snapshot and the file in step.
    RemovedItems removed = TreeItems::subtree(repository(), m_item);
    TreeItems::remove(repository(), m_item);
    m_removed = std::move(removed);
    m_removedNow = true;
    return TreeItems::changeOf(DocumentChange::Kind::ItemsRemoved, m_removed, cycleId());
}

DocumentChange RemoveTreeItemCommand::revert()
{
    repository().plan().restore(m_removed);
    m_removedNow = false;
    return TreeItems::changeOf(DocumentChange::Kind::ItemsAdded, m_removed, cycleId());
}

QList<PlanCommand::StoredRow> RemoveTreeItemCommand::storedRows() const
{
    return TreeItems::storedSubtree(repository(), m_item, !m_removedNow);
}
