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
    if (trimmed == m_textMatcher.pattern())
        return;
    m_textMatcher = QStringMatcher(trimmed, Qt::CaseInsensitive);
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
    return m_textMatcher.pattern().isEmpty() || textMatches(index);
}

bool AlignmentFilterModel::textMatches(const QModelIndex &index) const
{
    // Read from the plan: every row of a thousand teams is asked, and a copy of its item or a cell's QVariant for
    // each was half the time of typing a letter.
    const CyclePlan &plan = m_tree->plan();
    const Id id = AlignmentTreeModel::itemId(index);
    const auto contains = [this](const QString &text) { return m_textMatcher.indexIn(text) >= 0; };
    switch (AlignmentTreeModel::nodeKind(index)) {
    case AlignmentTreeModel::NodeKind::Objective: {
        const Objective *objective = plan.objective(id);
        const Team *team = objective ? plan.team(objective->teamId) : nullptr;
        return objective && (contains(objective->title) || (team && contains(team->name)));
    }
    case AlignmentTreeModel::NodeKind::KeyResult: {
        const KeyResult *keyResult = plan.keyResult(id);
        return keyResult && (contains(keyResult->title) || contains(keyResult->owner));
    }
    case AlignmentTreeModel::NodeKind::Initiative: {
        const Initiative *initiative = plan.initiative(id);
        return initiative && (contains(initiative->title) || contains(initiative->owner));
    }
    case AlignmentTreeModel::NodeKind::Team:
        break;
    }
    return false;
}
