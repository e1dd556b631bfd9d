#pragma once

#include "board/ProgressBoard.h"
#include "model/Ids.h"

#include <QSortFilterProxyModel>

class ProgressBoardModel;

// Filters the board's objectives and key results (ProgressBoard::Filter) and sorts every level of it. A row stays
// while one below it is shown: the team and objective rows are the path to a key result that matches. Decided from
// the cards rather than by visiting the rows below, so the key results of objectives nobody opened cost nothing.
class ProgressBoardFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class TeamOrder {
        Organisation,  // the organisation's order, teams nested under their departments; objectives in plan order
        Name,          // alphabetical
        LeastProgress, // least progress first
        MostWorried,   // ProgressBoard::Worry: off track, at risk, missing check-in, stalled, then furthest behind
        // The teams that most need help writing OKRs first: by the Coach column's status, then the share and the
        // count of their own key results flagged; objectives and key results in plan order
        MostCoachFlags,
    };

    explicit ProgressBoardFilterModel(QObject *parent = nullptr);

    void setBoardModel(ProgressBoardModel *model);

    void setFilter(const ProgressBoard::Filter &filter);
    const ProgressBoard::Filter &filter() const { return m_filter; }
    // Every order but the organisation's ranks teams across it: the board model lays them out flat for those.
    void setTeamOrder(TeamOrder order);
    TeamOrder teamOrder() const { return m_teamOrder; }

    struct ShownCounts {
        int objectives = 0;
        int teams = 0;
    };
    // The objectives shown at any depth, and the team cards showing one of theirs.
    ShownCounts shownCounts() const;

    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Adds the objectives and team cards shown below `parent`.
    void countShown(const QModelIndex &parent, ShownCounts &counts) const;
    // By itself or by one of its key results: the path to those that match.
    bool objectiveShown(const ProgressBoard::TeamCard &team, const ProgressBoard::ObjectiveCard &objective) const;
    // Whether a team row's objectives or teams below it show.
    bool showsBelow(const QModelIndex &sourceTeam) const;
    // -1, 0 or 1 as the team `left` needs more, as much or less help writing OKRs than `right`.
    int compareCoachFlags(Id left, Id right) const;

    ProgressBoardModel *m_board = nullptr;
    ProgressBoard::Filter m_filter;
    TeamOrder m_teamOrder = TeamOrder::Organisation;
};
