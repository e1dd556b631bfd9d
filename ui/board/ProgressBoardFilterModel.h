#pragma once

#include "board/ProgressBoard.h"

#include <QSortFilterProxyModel>

class ProgressBoardModel;

// Filters the board's objectives (ProgressBoard::Filter) and sorts its team cards. A team card stays while one of
// its objectives is shown; objectives keep their plan order within a card.
class ProgressBoardFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class TeamOrder {
        Organisation,         // the organisation's order: parents first
        Name,                 // alphabetical
        LeastProgress,        // least progress first
        MostObjectivesBehind, // most objectives off track, then at risk, then least progress
    };

    explicit ProgressBoardFilterModel(QObject *parent = nullptr);

    void setBoardModel(ProgressBoardModel *model);

    void setFilter(const ProgressBoard::Filter &filter);
    const ProgressBoard::Filter &filter() const { return m_filter; }
    void setTeamOrder(TeamOrder order);
    TeamOrder teamOrder() const { return m_teamOrder; }

    int shownObjectiveCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ProgressBoardModel *m_board = nullptr;
    ProgressBoard::Filter m_filter;
    TeamOrder m_teamOrder = TeamOrder::Organisation;
};
