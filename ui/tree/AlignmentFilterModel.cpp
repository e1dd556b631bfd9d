#include "tree/AlignmentFilterModel.h"

#include "tree/AlignmentTreeModel.h"

AlignmentFilterModel::AlignmentFilterModel(AlignmentTreeModel *tree, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_tree(tree)
{
    // A row also shows when one below it matches: a key result found by its title appears under its objective.
    setRecursiveFilteringEnabled(true);
    setSourceModel(tree);
}

void AlignmentFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void AlignmentFilterModel::setTeam(Id teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    refilter();
}

void AlignmentFilterModel::refilter()
{
    // One layout change instead of invalidateFilter()'s row removals and insertions per parent: on a thousand
    // teams those cost the tree seconds of relayout, this costs one. Rows that stay keep their expansion.
    invalidate();
}

bool AlignmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = m_tree->index(sourceRow, AlignmentTreeModel::TitleColumn, sourceParent);
    // A team node shows when one of its objectives does (recursive filtering), never for its own sake.
    if (AlignmentTreeModel::nodeKind(index) == AlignmentTreeModel::NodeKind::Team)
        return false;
    if (m_teamId != NoId && !m_tree->plan().organisation().isWithin(m_tree->teamId(index), m_teamId))
        return false;
    if (m_text.isEmpty())
        return true;
    if (TreeItems::titleOf(m_tree->item(index)).contains(m_text, Qt::CaseInsensitive))
        return true;
    return index.siblingAtColumn(AlignmentTreeModel::OwnerColumn)
        .data()
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}
