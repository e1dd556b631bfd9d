#pragma once

#include "charts/ChartSeries.h"
#include "model/CheckIn.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QModelIndex;
class QTreeView;
class WeekChangesModel;
class WeekChangesRangeChooser;

// The board's "since last week": a choice of weeks ("Changes after week W32 up to W33", the last week unless the
// user chose others), then what changed over them (WeekChangesModel), or a line saying nothing did. Activating an
// entry about a key result emits keyResultActivated with its objective, one about a team's problem or missed
// check-in teamActivated.
class WeekChangesView : public QWidget {
    Q_OBJECT
public:
    // The check-ins WeekChanges needs for the weeks after `after` up to `upTo` (ShownPlan::checkInsOfWeeks). May
    // throw DocumentError.
    using CheckInsOfWeeks = std::function<QList<CheckIn>(IsoWeek after, IsoWeek upTo)>;

    explicit WeekChangesView(QWidget *parent = nullptr);

    // Shows what changed in the plan's cycle over the chosen weeks, from the key results' histories and the
    // check-ins `checkIns` gives for them (none without it), read again when the user chooses other weeks. The weeks
    // the user chose stay while the same cycle is shown (an empty plan does not count: the board is emptied while
    // hidden); otherwise the last week: after the week before the one due by `referenceDate`
    // (ProgressBoard::dueCheckInWeek) up to that one.
    void showChanges(const CyclePlan &plan, const KeyResultHistories &histories, const CheckInsOfWeeks &checkIns,
                     QDate referenceDate);

    IsoWeek after() const;
    IsoWeek upTo() const;
    WeekChangesModel *changesModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

signals:
    void keyResultActivated(Id keyResultId, Id objectiveId);
    void teamActivated(Id teamId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sizeColumns();
    // Lists the changes over the chooser's weeks, keeping the groups the user folded.
    void showChosenWeeks();
    // Says why nothing is listed: nothing changed, no week begun, or the check-ins could not be read.
    void updateEmptyState(const QString &readError = {});
    void activate(const QModelIndex &index);

    CyclePlan m_plan;
    KeyResultHistories m_histories;
    CheckInsOfWeeks m_checkIns;
    // The weeks the user chose and their cycle; NoId: the last week is shown.
    Id m_chosenForCycle = NoId;
    IsoWeek m_chosenAfter;
    IsoWeek m_chosenUpTo;
    QSet<int> m_foldedGroups; // WeekChangesModel::Group values

    WeekChangesModel *m_model = nullptr;
    WeekChangesRangeChooser *m_range = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_emptyState = nullptr;
};
