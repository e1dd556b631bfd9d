#include "board/ProgressBoardFilterModel.h"

#include "board/ProgressBoardModel.h"

#include <QCollator>

#include <tuple>

namespace {

int countWithStatus(const ProgressBoard::TeamCard &team, Confidence status)
{
    int count = 0;
    for (const ProgressBoard::ObjectiveCard &objective : team.objectives)
        count += objective.hasKeyResults && objective.paceStatus == status ? 1 : 0;
    return count;
}

} // namespace

ProgressBoardFilterModel::ProgressBoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A team card is shown while one of its objectives is.
    setRecursiveFilteringEnabled(true);
}

void ProgressBoardFilterModel::setBoardModel(ProgressBoardModel *model)
{
    m_board = model;
    setSourceModel(model);
    sort(ProgressBoardModel::TitleColumn);
}

void ProgressBoardFilterModel::setFilter(const ProgressBoard::Filter &filter)
{
    m_filter = filter;
    // One layout change rather than rows removed and inserted under each of 1,000 team cards (invalidateRowsFilter):
    // the view re-expands the cards anyway (ProgressBoardView::applyFilter), and this is ten times faster.
    invalidate();
}

void ProgressBoardFilterModel::setTeamOrder(TeamOrder order)
{
    m_teamOrder = order;
    invalidate();
    sort(ProgressBoardModel::TitleColumn);
}

int ProgressBoardFilterModel::shownObjectiveCount() const
{
    int count = 0;
    for (int row = 0, rows = rowCount(); row < rows; ++row)
        count += rowCount(index(row, ProgressBoardModel::TitleColumn));
    return count;
}

bool ProgressBoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_board)
        return true;
    if (!sourceParent.isValid())
        return m_filter.isEmpty(); // otherwise shown through its objectives
    const QModelIndex source = m_board->index(sourceRow, ProgressBoardModel::TitleColumn, sourceParent);
    const ProgressBoard::TeamCard *team = m_board->teamAt(source);
    const ProgressBoard::ObjectiveCard *objective = m_board->objectiveAt(source);
    return team && objective && m_filter.matches(*team, *objective);
}

bool ProgressBoardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ProgressBoard::TeamCard *leftTeam = m_board ? m_board->teamAt(left) : nullptr;
    const ProgressBoard::TeamCard *rightTeam = m_board ? m_board->teamAt(right) : nullptr;
    if (left.parent().isValid() || !leftTeam || !rightTeam)
        return left.row() < right.row();
    switch (m_teamOrder) {
    case TeamOrder::Organisation:
        break;
    case TeamOrder::Name: {
        static const QCollator collator = [] {
            QCollator result;
            result.setNumericMode(true); // "Team 9" before "Team 10"
            result.setCaseSensitivity(Qt::CaseInsensitive);
            return result;
        }();
        const int order = collator.compare(leftTeam->name, rightTeam->name);
        if (order != 0)
            return order < 0;
        break;
    }
    case TeamOrder::LeastProgress:
        if (leftTeam->progress != rightTeam->progress)
            return leftTeam->progress < rightTeam->progress;
        break;
    case TeamOrder::MostObjectivesBehind: {
        // More behind sorts first: compare negated counts, then progress upwards.
        const auto key = [](const ProgressBoard::TeamCard &team) {
            return std::make_tuple(-countWithStatus(team, Confidence::OffTrack),
                                   -countWithStatus(team, Confidence::AtRisk), team.progress);
        };
        const auto leftKey = key(*leftTeam);
        const auto rightKey = key(*rightTeam);
        if (leftKey != rightKey)
            return leftKey < rightKey;
        break;
    }
    }
    return left.row() < right.row();
}
