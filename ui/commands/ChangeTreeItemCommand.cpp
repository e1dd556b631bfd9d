#include "commands/ChangeTreeItemCommand.h"

#include "document/CommandIds.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace {

QString describe(ChangeTreeItemCommand::Field field, const QString &title)
{
    using Field = ChangeTreeItemCommand::Field;
    switch (field) {
    case Field::Title:
        return QCoreApplication::translate("ChangeTreeItemCommand", "Rename “%1”").arg(title);
    case Field::Placement:
        return QCoreApplication::translate("ChangeTreeItemCommand", "Move “%1”").arg(title);
    case Field::Team:
        return QCoreApplication::translate("ChangeTreeItemCommand", "Move “%1” to another team").arg(title);
    default:
        return QCoreApplication::translate("ChangeTreeItemCommand", "Edit “%1”").arg(title);
    }
}

} // namespace

ChangeTreeItemCommand::ChangeTreeItemCommand(DocumentSession &session, Id cycleId, TreeItem before, TreeItem after,
                                             Field field)
    : PlanCommand(session, cycleId, describe(field, TreeItems::titleOf(before)))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
}

int ChangeTreeItemCommand::id() const
{
    return int(CommandId::ChangeTreeItem);
}

bool ChangeTreeItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeTreeItemCommand *>(other);
    if (next->isObsolete() || changesShape() || next->m_field != m_field || next->m_after.index() != m_after.index() ||
        TreeItems::idOf(next->m_after) != TreeItems::idOf(m_after))
        return false;
    m_after = next->m_after;
    expectRevisionOf(*next); // the merged step wrote last
    return true;
}

DocumentChange ChangeTreeItemCommand::apply()
{
    TreeItems::update(repository(), m_after);
    return TreeItems::changeOf(changeKind(), m_after, cycleId());
}

DocumentChange ChangeTreeItemCommand::revert()
{
    TreeItems::update(repository(), m_before);
    return TreeItems::changeOf(changeKind(), m_before, cycleId());
}

QList<PlanCommand::StoredRow> ChangeTreeItemCommand::storedRows() const
{
    return {{TreeItems::revisionOf(repository(), m_after), StoredRow::Check::Unchanged}};
}

bool ChangeTreeItemCommand::changesShape() const
{
    return m_field == Field::Placement || m_field == Field::Team;
}

DocumentChange::Kind ChangeTreeItemCommand::changeKind() const
{
    return changesShape() ? DocumentChange::Kind::ItemsMoved : DocumentChange::Kind::ItemsEdited;
}
