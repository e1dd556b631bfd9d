#include "AlignmentFilterModel.h"

#include "AlignmentTreeModel.h"

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
    const CyclePlan &plan = m_tree->plan();
    const TreeItem item = m_tree->item(index);
    if (m_teamId != NoId) {
        Id objectiveId = NoId;
        if (const auto *objective = std::get_if<Objective>(&item))
            objectiveId = objective->id;
        else if (const auto *keyResult = std::get_if<KeyResult>(&item))
            objectiveId = keyResult->objectiveId;
        else if (const KeyResult *keyResult = plan.keyResult(std::get<Initiative>(item).keyResultId))
            objectiveId = keyResult->objectiveId;
        const Objective *objective = plan.objective(objectiveId);
        if (!objective || !inTeam(objective->teamId))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    if (TreeItems::titleOf(item).contains(m_text, Qt::CaseInsensitive))
        return true;
    return index.siblingAtColumn(AlignmentTreeModel::OwnerColumn)
        .data()
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

bool AlignmentFilterModel::inTeam(Id teamId) const
{
    const CyclePlan &plan = m_tree->plan();
    for (const Team *team = plan.team(teamId); team; team = plan.team(team->parentId)) {
        if (team->id == m_teamId)
            return true;
    }
    return false;
}
