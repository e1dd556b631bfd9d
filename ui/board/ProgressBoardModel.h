#pragma once

#include "board/BoardSummary.h"
#include "charts/ChartSeries.h"
#include "coach/Coach.h"
#include "coach/CycleReview.h"
#include "coach/ReviewMemo.h"
#include "model/CyclePlan.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QMutex>

#include <memory>
#include <optional>

// The progress board as a tree: a row per team card (BoardSummary::build), its objectives below, their key results
// below them. Nested, a team's row also holds the teams directly below it in the organisation (after its own
// objectives), so a manager drills from the organisation to a department, a team and its key results; flat, every
// team card is a top-level row, for the orders that rank teams across the organisation.
// Cheap with 1,000 teams: the cards are plain values built once per plan, rows are found through a few tables
// computed once, and views draw only the visible rows. The rows answer the ItemRoles the tree answers, so
// ProgressBarDelegate draws the progress column with the same bar and pace marker.
class ProgressBoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        ProgressColumn,
        HistoryColumn, // a key result's sparkline
        ConfidenceColumn,
        KeyResultsColumn, // a key result's row: its value against its target
        CheckInColumn,
        NotesColumn, // a key result's row: its latest check-in's comment
        CoachColumn, // a team's row: how many of its own key results the coach flagged
        ColumnCount
    };
    enum class RowKind { Team, Objective, KeyResult };
    enum class TeamLayout { Nested, Flat };

    explicit ProgressBoardModel(QObject *parent = nullptr);

    // A team row's status: what its team said ("team says off track"). The view sizes the column to these words.
    static QString teamConfidenceText(Confidence stated);

    // Replaces every card (a model reset). `histories` (PlanQueries::keyResultHistoriesOfCycle) tells which key
    // results stalled and draws their sparklines.
    void setPlan(const CyclePlan &plan, const KeyResultHistories &histories, QDate referenceDate);
    // A model reset when it changes.
    void setTeamLayout(TeamLayout layout);
    TeamLayout teamLayout() const { return m_layout; }

    const Cycle &cycle() const { return m_cycle; }
    QDate referenceDate() const { return m_referenceDate; }
    double expectedProgress() const { return m_expectedProgress; } // the share of the cycle elapsed
    // The organisation at a glance and a card per team.
    const BoardSummary &summary() const { return m_summary; }
    const QList<BoardSummary::TeamLine> &teams() const { return m_summary.teams; }
    qsizetype objectiveCount() const { return m_objectivePlaces.size(); }
    // The coach's review of the cycle in numbers, made once per plan: the organisation's, and each team's own
    // objectives' (an empty tally for a team without). It runs on a thread of its own, so that reading 10,000 texts
    // does not hold up the board's refresh: empty until coachReviewed().
    const CycleReview::Tally &coachTally() const { return m_coachTally; }
    CycleReview::Tally coachTally(Id teamId) const { return m_teamCoachTallies.value(teamId); }
    bool isCoachReviewed() const { return m_coachReviewed; }
    // Waits for the review of the plan last set (a print, an export and tests show it whole); coachReviewed() is
    // emitted before it returns.
    void waitForCoachReview();
    // How much help a tally says its team needs writing OKRs, in the status shapes: nothing flagged (on track),
    // something flagged (at risk), half its key results or more flagged or an objective nothing measures (off track).
    static Confidence coachStatus(const CycleReview::Tally &tally);

    RowKind rowKind(const QModelIndex &index) const;
    // The card of a team row, or of the team an objective or key result row belongs to.
    const ProgressBoard::TeamCard *teamAt(const QModelIndex &index) const;
    // The card of an objective row, or of the objective a key result row belongs to; null for a team row.
    const ProgressBoard::ObjectiveCard *objectiveAt(const QModelIndex &index) const;
    const ProgressBoard::KeyResultCard *keyResultAt(const QModelIndex &index) const; // null but on its row
    QModelIndex teamIndex(Id teamId, int column = TitleColumn) const;
    QModelIndex objectiveIndex(Id objectiveId, int column = TitleColumn) const;
    QModelIndex keyResultIndex(Id keyResultId, int column = TitleColumn) const;
    // The row of that kind and id: one of the three above.
    QModelIndex indexOf(RowKind kind, Id id, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The coach's review of the plan last set arrived: coachTally() and the Coach column say it now.
    void coachReviewed();

private:
    struct CoachTallies {
        CycleReview::Tally organisation;
        QHash<Id, CycleReview::Tally> teams;
    };
    // The memo of the last review that ended, for the next to start from: handed from one review to the next on
    // the pool's threads, whether or not its result reached the board (refreshes may come faster than the events).
    struct CoachMemoSlot {
        QMutex mutex;
        ReviewMemo memo;
    };
    static CoachTallies reviewed(const Coach &coach, const CyclePlan &plan, CoachMemoSlot &slot);
    void applyCoachReview();

    // A team card's place in the layout; node i is m_summary.teams[i].
    struct TeamNode {
        int department = -1;    // the nearest team above it with a card, -1 for none
        int parent = -1;        // the node whose row holds it in the current layout, -1 at the top
        int row = 0;            // under its parent, or at the top
        int firstObjective = 0; // its first objective's number in m_objectivePlaces
        QList<int> childTeams;  // nested layout only
    };
    // An objective by its number: its team node and row below it.
    struct ObjectivePlace {
        int teamNode = 0;
        int row = 0;
    };
    // What a row shows: its team node, its objective's number and its key result's row, -1 where not one.
    struct RowPath {
        RowKind kind = RowKind::Team;
        int teamNode = -1;
        int objective = -1;
        int keyResult = -1;
    };

    void layOutTeams();
    RowPath pathOf(const QModelIndex &index) const;
    QModelIndex teamNodeIndex(int node, int column) const;
    const ProgressBoard::ObjectiveCard &objectiveCard(int number) const;

    QVariant teamData(const ProgressBoard::TeamCard &team, int column, int role) const;
    QVariant objectiveData(const ProgressBoard::ObjectiveCard &objective, int column, int role) const;
    QVariant keyResultData(const ProgressBoard::KeyResultCard &keyResult, int column, int role) const;
    QVariant progressData(double progress, double expected, std::optional<Confidence> pace,
                          std::optional<Confidence> stated, int role) const;
    static QVariant keyResultsData(const ProgressBoard::StatusCounts &counts, int role);
    QVariant coachData(const ProgressBoard::TeamCard &team, int role) const;
    void reviewPlan(const CyclePlan &plan);

    Cycle m_cycle;
    QDate m_referenceDate;
    double m_expectedProgress = 0.0;
    BoardSummary m_summary;
    KeyResultHistories m_histories;
    TeamLayout m_layout = TeamLayout::Nested;
    QList<TeamNode> m_teamNodes;
    QList<int> m_topTeams; // the top-level rows' team nodes
    QList<ObjectivePlace> m_objectivePlaces;
    QHash<Id, int> m_teamNodeOf;
    QHash<Id, int> m_objectiveNumberOf;
    QHash<Id, std::pair<int, int>> m_keyResultPlaceOf; // (objective number, row)
    ColumnHeaders m_headers;
    std::optional<Coach> m_coach; // made with the first plan: reading the lexicon is no part of an empty board
    CycleReview::Tally m_coachTally;
    QHash<Id, CycleReview::Tally> m_teamCoachTallies;
    bool m_coachReviewed = true;
    std::shared_ptr<CoachMemoSlot> m_coachMemo = std::make_shared<CoachMemoSlot>();
    QHash<int, QIcon> m_coachIcons;             // by Confidence
    QFutureWatcher<CoachTallies> m_coachReview; // of the plan last set, on Qt's global thread pool
};
