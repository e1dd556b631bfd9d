#pragma once

#include "board/BoardSummary.h"
#include "charts/ChartSeries.h"
#include "model/CyclePlan.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

// The progress board as a two-level model: a row per team card (BoardSummary::build), its objectives below.
// Cheap with 1,000 teams: the cards are plain values and views draw only the visible rows. The rows answer the
// ItemRoles the tree answers, so ProgressBarDelegate draws the progress column with the same bar and pace marker.
class ProgressBoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        ProgressColumn,
        ConfidenceColumn,
        KeyResultsColumn,
        CheckInColumn,
        NotesColumn,
        ColumnCount
    };

    explicit ProgressBoardModel(QObject *parent = nullptr);

    // Replaces every card (a model reset). `histories` (PlanQueries::keyResultHistoriesOfCycle) tells which key
    // results stalled.
    void setPlan(const CyclePlan &plan, const KeyResultHistories &histories, QDate referenceDate);

    const Cycle &cycle() const { return m_cycle; }
    QDate referenceDate() const { return m_referenceDate; }
    double expectedProgress() const { return m_expectedProgress; } // the share of the cycle elapsed
    // The organisation at a glance and a card per team.
    const BoardSummary &summary() const { return m_summary; }
    const QList<BoardSummary::TeamLine> &teams() const { return m_summary.teams; }
    qsizetype objectiveCount() const { return m_objectiveCount; }

    // The card of a team row, or of the team an objective row belongs to.
    const ProgressBoard::TeamCard *teamAt(const QModelIndex &index) const;
    const ProgressBoard::ObjectiveCard *objectiveAt(const QModelIndex &index) const; // null for a team row
    QModelIndex objectiveIndex(Id objectiveId, int column = TitleColumn) const;
    QModelIndex teamIndex(Id teamId, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant teamData(const ProgressBoard::TeamCard &team, int column, int role) const;
    QVariant objectiveData(const ProgressBoard::ObjectiveCard &objective, int column, int role) const;
    QVariant progressData(double progress, double expected, Confidence pace, std::optional<Confidence> stated,
                          int role) const;
    static QVariant keyResultsData(const ProgressBoard::StatusCounts &counts, int role);

    Cycle m_cycle;
    QDate m_referenceDate;
    double m_expectedProgress = 0.0;
    BoardSummary m_summary;
    qsizetype m_objectiveCount = 0;
    // Where each objective sits: (team row, objective row).
    QHash<Id, std::pair<int, int>> m_objectiveRows;
    QHash<Id, int> m_teamRows;
    ColumnHeaders m_headers;
};
