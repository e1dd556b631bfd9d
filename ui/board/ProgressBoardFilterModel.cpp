#include "board/ProgressBoardFilterModel.h"

#include "board/ProgressBoardModel.h"

#include <QCollator>

#include <algorithm>
#include <tuple>

namespace {

int compareNames(const QString &left, const QString &right)
{
    static const QCollator collator = [] {
        QCollator result;
        result.setNumericMode(true); // "Team 9" before "Team 10"
        result.setCaseSensitivity(Qt::CaseInsensitive);
        return result;
    }();
    return collator.compare(left, right);
}

// -1, 0 or 1 as `left` sorts before, with or after `right` in `order`; 0 keeps the plan's order.
template <typename Card>
int compareCards(ProgressBoardFilterModel::TeamOrder order, const Card &left, const Card &right,
                 const QString &leftName, const QString &rightName)
{
    switch (order) {
    case ProgressBoardFilterModel::TeamOrder::Organisation:
    case ProgressBoardFilterModel::TeamOrder::MostCoachFlags: // teams only, by their coach tallies
        break;
    case ProgressBoardFilterModel::TeamOrder::Name:
        return compareNames(leftName, rightName);
    case ProgressBoardFilterModel::TeamOrder::LeastProgress:
        return left.progress < right.progress ? -1 : right.progress < left.progress ? 1 : 0;
    case ProgressBoardFilterModel::TeamOrder::MostWorried: {
        const ProgressBoard::Worry leftWorry = ProgressBoard::worry(left);
        const ProgressBoard::Worry rightWorry = ProgressBoard::worry(right);
        return leftWorry < rightWorry ? -1 : rightWorry < leftWorry ? 1 : 0;
    }
    }
    return 0;
}

} // namespace

ProgressBoardFilterModel::ProgressBoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
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
    if (m_board)
        m_board->setTeamLayout(order == TeamOrder::Organisation ? ProgressBoardModel::TeamLayout::Nested
                                                                : ProgressBoardModel::TeamLayout::Flat);
    invalidate();
    sort(ProgressBoardModel::TitleColumn);
}

void ProgressBoardFilterModel::countShown(const QModelIndex &parent, ShownCounts &counts) const
{
    int ownObjectives = 0;
    for (int row = 0, rows = rowCount(parent); row < rows; ++row) {
        const QModelIndex shown = index(row, ProgressBoardModel::TitleColumn, parent);
        switch (m_board->rowKind(mapToSource(shown))) {
        case ProgressBoardModel::RowKind::Team:
            countShown(shown, counts);
            break;
        case ProgressBoardModel::RowKind::Objective:
            ++ownObjectives;
            break;
        case ProgressBoardModel::RowKind::KeyResult:
            break;
        }
    }
    counts.objectives += ownObjectives;
    // A team only on the path to the teams below it is not one the filter found.
    if (ownObjectives > 0)
        ++counts.teams;
}

ProgressBoardFilterModel::ShownCounts ProgressBoardFilterModel::shownCounts() const
{
    ShownCounts counts;
    if (m_board)
        countShown({}, counts);
    return counts;
}

bool ProgressBoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_board)
        return true;
    const QModelIndex source = m_board->index(sourceRow, ProgressBoardModel::TitleColumn, sourceParent);
    const ProgressBoard::TeamCard *team = m_board->teamAt(source);
    const ProgressBoard::ObjectiveCard *objective = m_board->objectiveAt(source);
    switch (m_board->rowKind(source)) {
    case ProgressBoardModel::RowKind::Team:
        return m_filter.isEmpty() || showsBelow(source);
    case ProgressBoardModel::RowKind::Objective:
        return team && objective && objectiveShown(*team, *objective);
    case ProgressBoardModel::RowKind::KeyResult: {
        const ProgressBoard::KeyResultCard *keyResult = m_board->keyResultAt(source);
        return team && objective && keyResult && m_filter.matches(*team, *objective, *keyResult);
    }
    }
    return false;
}

bool ProgressBoardFilterModel::hasChildren(const QModelIndex &parent) const
{
    // From the cards: the base class would filter and sort the key results of every objective a view lays out,
    // opened or not. Any key result at all, as a lazy model says it may have rows: asking the filter here could
    // disagree with the rows while the filter model is being brought up to a new filter.
    const QModelIndex source = mapToSource(parent);
    if (m_board && source.isValid() && source.column() == ProgressBoardModel::TitleColumn &&
        m_board->rowKind(source) == ProgressBoardModel::RowKind::Objective)
        return !m_board->objectiveAt(source)->keyResultCards.isEmpty();
    return QSortFilterProxyModel::hasChildren(parent);
}

bool ProgressBoardFilterModel::objectiveShown(const ProgressBoard::TeamCard &team,
                                              const ProgressBoard::ObjectiveCard &objective) const
{
    if (m_filter.matches(team, objective))
        return true;
    return std::any_of(
        objective.keyResultCards.cbegin(), objective.keyResultCards.cend(),
        [&](const ProgressBoard::KeyResultCard &card) { return m_filter.matches(team, objective, card); });
}

bool ProgressBoardFilterModel::showsBelow(const QModelIndex &sourceTeam) const
{
    for (int row = 0, rows = m_board->rowCount(sourceTeam); row < rows; ++row) {
        const QModelIndex below = m_board->index(row, ProgressBoardModel::TitleColumn, sourceTeam);
        const bool shown = m_board->rowKind(below) == ProgressBoardModel::RowKind::Team
                               ? showsBelow(below)
                               : objectiveShown(*m_board->teamAt(below), *m_board->objectiveAt(below));
        if (shown)
            return true;
    }
    return false;
}

int ProgressBoardFilterModel::compareCoachFlags(Id left, Id right) const
{
    const CycleReview::Tally leftTally = m_board->coachTally(left);
    const CycleReview::Tally rightTally = m_board->coachTally(right);
    // The Coach column's shape first, so the order reads down it.
    const auto need = [](const CycleReview::Tally &tally) {
        return std::tuple(int(ProgressBoardModel::coachStatus(tally)), tally.flaggedKeyResultShare(),
                          tally.flaggedKeyResults, tally.unmeasuredObjectives);
    };
    return need(leftTally) > need(rightTally) ? -1 : need(rightTally) > need(leftTally) ? 1 : 0;
}

bool ProgressBoardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    int order = 0;
    if (m_board && m_board->rowKind(left) == m_board->rowKind(right)) {
        switch (m_board->rowKind(left)) {
        case ProgressBoardModel::RowKind::Team: {
            const ProgressBoard::TeamCard &leftTeam = *m_board->teamAt(left);
            const ProgressBoard::TeamCard &rightTeam = *m_board->teamAt(right);
            order = m_teamOrder == TeamOrder::MostCoachFlags
                        ? compareCoachFlags(leftTeam.id, rightTeam.id)
                        : compareCards(m_teamOrder, leftTeam, rightTeam, leftTeam.name, rightTeam.name);
            break;
        }
        case ProgressBoardModel::RowKind::Objective: {
            const ProgressBoard::ObjectiveCard &leftObjective = *m_board->objectiveAt(left);
            const ProgressBoard::ObjectiveCard &rightObjective = *m_board->objectiveAt(right);
            order = compareCards(m_teamOrder, leftObjective, rightObjective, leftObjective.title, rightObjective.title);
            break;
        }
        case ProgressBoardModel::RowKind::KeyResult: {
            const ProgressBoard::KeyResultCard &leftKeyResult = *m_board->keyResultAt(left);
            const ProgressBoard::KeyResultCard &rightKeyResult = *m_board->keyResultAt(right);
            order = compareCards(m_teamOrder, leftKeyResult, rightKeyResult, leftKeyResult.keyResult.title,
                                 rightKeyResult.keyResult.title);
            break;
        }
        }
    }
    // Ties, and a team's objectives against the teams below it, keep the model's order.
    return order != 0 ? order < 0 : left.row() < right.row();
}
