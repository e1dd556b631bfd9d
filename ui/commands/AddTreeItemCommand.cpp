#include "commands/AddTreeItemCommand.h"

#include "storage/Repository.h"

#include <QCoreApplication>

AddTreeItemCommand::AddTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem item)
    : PlanCommand(session, cycleId,
                  QCoreApplication::translate("AddTreeItemCommand", "Add “%1”").arg(TreeItems::titleOf(item)))
    , m_item(std::move(item))
{
}

DocumentChange AddTreeItemCommand::apply()
{
    if (m_undone) {
        repository().plan().restore(*m_undone);
        m_undone.reset();
    } else {
        const Id id = TreeItems::add(repository(), m_item);
        std::visit([id](auto &value) { value.id = id; }, m_item);
    }
    return TreeItems::changeOf(DocumentChange::Kind::ItemsAdded, m_item, cycleId());
}

DocumentChange AddTreeItemCommand::revert()
{
    // Read first: by now the item may have children or check-ins (added by commands since undone).
    RemovedItems removed = TreeItems::subtree(repository(), m_item);
    TreeItems::remove(repository(), m_item);
    m_undone = std::move(removed);
    return TreeItems::changeOf(DocumentChange::Kind::ItemsRemoved, *m_undone, cycleId());
}

QList<PlanCommand::StoredRow> AddTreeItemCommand::storedRows() const
{
    return TreeItems::storedSubtree(repository(), m_item, !m_undone);
}
