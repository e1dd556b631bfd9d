#pragma once

#include "board/ProgressBoard.h"
#include "board/WeekChangesView.h"
#include "charts/ChartSeries.h"
#include "model/CyclePlan.h"
#include "model/Ids.h"

#include <QDate>
#include <QModelIndex>
#include <QSet>
#include <QWidget>

class ProgressBoardFilterModel;
class ProgressBoardModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTreeView;
class ShownPlan;

// The manager's progress board for one cycle: a line on the whole organisation (progress against expected, key
// results by status, teams missing the due check-in, stalled key results), then a card per team (a bold header row
// with the team's progress, its most worried stated confidence, key results by status, latest check-in and a missing
// one) with each objective's progress bar and pace marker, status, key results, last check-in and notes; filters
// and a card order above. A view over ProgressBoardModel, so 1,000 teams cost only their visible rows.
// Each objective opens on its key results: owner, value against target, status, last check-in and comment, and a
// sparkline of the values. Below the cards, what changed since last week (WeekChangesView), whose entries select
// their objective or team. Enter or a double click on an objective emits objectiveActivated, on a key result
// keyResultActivated.
// The controls are built when the board is first shown, given a plan or asked about them (the accessors that are not
// const), so that the window's board page, hidden at start-up, does not delay the window's first frame.
class ProgressBoardView : public QWidget {
    Q_OBJECT
public:
    explicit ProgressBoardView(QWidget *parent = nullptr);

    // Where the plan comes from (not owned; null shows nothing). Empties the board until refresh().
    void setShownPlan(const ShownPlan *shownPlan);
    // Empties the board until refresh(): a hidden board is not kept up to date.
    void clear();
    // The cycle the board shows; NoId when empty.
    Id cycleId() const { return m_cycleId; }
    // Shows a plan directly, without a ShownPlan, keeping the folds of the rows shown. `checkIns` give the week
    // changes their problems and missed check-ins.
    void showPlan(const CyclePlan &plan, const KeyResultHistories &histories,
                  const WeekChangesView::CheckInsOfWeeks &checkIns = {});

    // The day pace and missing check-ins are judged on: today unless set (tests pin it).
    void setReferenceDate(QDate day);
    QDate referenceDate() const { return m_referenceDate; }

    // Sets the filter controls and applies them.
    void setFilter(const ProgressBoard::Filter &filter);
    ProgressBoard::Filter filter();

    ProgressBoardModel *boardModel() const { return m_model; }
    ProgressBoardFilterModel *filterModel() const { return m_filterModel; }
    QTreeView *treeView();
    WeekChangesView *weekChangesView();

    // What the board shows above its cards, in its words, for an export or a print of it: the organisation line
    // (once the coach's review of the plan arrived), and the filters, type and team order chosen (the ticked
    // filters only).
    QString organisationLine();
    QStringList choicesInWords();

    // Makes the objective's row current and visible, if shown.
    void selectObjective(Id objectiveId);
    // Makes the key result's row current, opening its objective and teams, if shown.
    void selectKeyResult(Id keyResultId);

public slots:
    // Shows the shown plan as it is now, keeping folded cards, the current objective and the scroll position (of
    // the same cycle): call it after each change the board should follow.
    void refresh();
    // Builds the controls before the first show.
    void setVisible(bool visible) override;

signals:
    void objectiveActivated(Id objectiveId);
    // An objective's row became current (a team's row says nothing).
    void currentObjectiveChanged(Id objectiveId);
    void keyResultActivated(Id keyResultId);
    void currentKeyResultChanged(Id keyResultId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Builds the controls, once.
    void ensureControls();
    void createControls();
    // Widths in characters of the font: what each column's words need.
    void sizeColumns();
    // The title column: the room the others leave, at least a readable minimum.
    void fitTitleColumn();
    void applyFilter();
    void applyOrder();
    // Which teams are folded and which objectives open, at and below `parent` of the filter model.
    void rememberFolds(const QModelIndex &parent = {});
    // Teams open unless folded, objectives folded unless opened.
    void restoreFolds(const QModelIndex &parent = {});
    void restoreViewState(const QModelIndex &current, int scrollPosition);
    // showPlan without reading the folds of the rows shown: they are of another cycle, or none.
    void replacePlan(const CyclePlan &plan, const KeyResultHistories &histories,
                     const WeekChangesView::CheckInsOfWeeks &checkIns);
    void updateSummary();
    void updateOrganisationLine();
    void activate(const QModelIndex &proxyIndex);
    // Places the week changes below the cards, in a splitter that keeps its sizes in the settings.
    void addWeekChanges(QWidget *cards);
    void selectRow(const QModelIndex &sourceIndex);

    const ShownPlan *m_shownPlan = nullptr;
    Id m_cycleId = NoId;
    QDate m_referenceDate;
    QSet<Id> m_foldedTeams;
    QSet<Id> m_expandedObjectives;

    ProgressBoardModel *m_model = nullptr;
    ProgressBoardFilterModel *m_filterModel = nullptr;
    QTreeView *m_tree = nullptr;
    QCheckBox *m_atRisk = nullptr;
    QCheckBox *m_offTrack = nullptr;
    QCheckBox *m_stalled = nullptr;
    QCheckBox *m_missingCheckIn = nullptr;
    QComboBox *m_commitment = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_organisation = nullptr;                   // the whole organisation at a glance, above the teams
    ProgressBoard::StatusCounts m_keyResultsWeekBefore; // for the organisation line's change since last week
    QSplitter *m_cardsAndChanges = nullptr;
    WeekChangesView *m_changes = nullptr;
};
