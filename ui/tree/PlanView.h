#pragma once

#include "model/Ids.h"
#include "tree/AlignmentTreeModel.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class AlignmentFilterModel;
class AlignmentTreeView;
class DocumentSession;
class EmptyPlanPanel;
class OkrWizard;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QToolBar;
class QTreeView;

// One cycle's plan as the window shows and edits it: the alignment tree with its text and team filters, the
// expansion and current item kept across filters and edits, and the plan's edit actions (add an objective, add
// below, rename, delete, the OKR wizard) enabled for what is selected. The window puts the actions in its menus
// and chooses the cycle; the view asks the document's session for the edits (see DocumentSession.h).
class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    AlignmentTreeModel *model() const { return m_model; }
    // The item of `kind` that is `index` or holds it: the objective of a key result, the key result of an initiative.
    static QModelIndex enclosing(QModelIndex index, AlignmentTreeModel::NodeKind kind);
    // The document the view edits; its teams fill the team filter.
    void setSession(DocumentSession *session);

    // The filters belong in the window's tool bar: they go after what it holds already.
    void addFiltersTo(QToolBar *toolBar);
    // Add an objective, add below, rename and delete, in the Edit menu's order.
    QList<QAction *> editActions() const;
    QAction *newOkrAction() const { return m_newOkrAction; }
    QAction *reworkOkrAction() const { return m_reworkOkrAction; }

    // The current row's index in the tree model (not the filter's); invalid without one.
    QModelIndex currentItemIndex() const;
    // The team of the current row (a team node's own), NoId without a current row.
    Id currentTeamId() const;
    Id currentObjectiveId() const; // the current objective, or the one of the current key result or initiative
    // The Teams window's actions: in the tree's context menu, after its own; New Team also where there are none.
    void setTeamActions(QAction *teams, QAction *newTeam);
    // Opens team nodes and objectives down to their key results; initiatives stay folded. Hidden (the board page is
    // shown), the tree opens them when it is shown again: a hidden view does no work.
    void expandObjectives();
    void updateEditActions();
    // Makes the objective or key result current when the filters show it.
    void selectObjective(Id objectiveId);
    void selectKeyResult(Id keyResultId);
    // Makes the objective current and unfolds it, clearing the filters when they hide it.
    void revealObjective(Id objectiveId);
    void focusTree();

    // Column widths for the window's settings and for presentation mode.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // Presentation mode: the columns beside the title grow with the font by `fontScale`, but together take at most
    // half the tree's width whatever the screen, so the room reads the titles first. Until endPresentation(), which
    // leaves the widths to the caller (the window puts back the header state it saved).
    void presentTitlesFirst(double fontScale);
    void endPresentation();

    // A KPI fell behind: the OKR wizard for `teamId` (NoId, a company-wide KPI: the company) with `title` as the
    // objective to start from.
    void openSeededOkrWizard(Id teamId, const QString &title);

signals:
    // The current row changed; `itemIndex` is in the tree model (see currentItemIndex).
    void currentItemChanged(const QModelIndex &itemIndex);
    // The OKR wizard wrote an objective, possibly in another cycle than the one shown.
    void objectiveWritten(Id cycleId, Id objectiveId);
    // A passing message for the status bar (where a dragged item would land, or why not); empty clears it.
    void statusMessage(const QString &message);
    // The shown cycle has no objectives: carry some over into it from `fromCycleId`, the cycle before.
    void carryOverRequested(Id fromCycleId);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createTree();
    void createFilters();
    void keepExpansionAndCurrentItem();
    void createEditActions();
    void createOkrWizardActions();
    void createEmptyState();
    // The empty state's advice and the carry-over it offers follow the shown plan.
    void updateEmptyState();
    void restoreExpansion(const QModelIndex &parent);
    void expandObjectivesBelow(const QModelIndex &parent);
    // Every team, `chosenTeamId` chosen while it exists (else all teams).
    void fillTeamFilter(Id chosenTeamId);
    void showGradeColumnWhenClosed();
    // Presentation mode: the columns beside the title at their presented widths, shrunk to half the tree (the
    // owner first).
    void fitPresentedColumns();

    void addObjective();
    void addBelow();
    void renameCurrent();
    void deleteCurrent();
    void selectAndRename(const QModelIndex &index);
    // Makes the tree model's item current when the filters show it.
    void selectItem(const QModelIndex &itemIndex);
    // The OKR wizard: a new OKR (NoId) or a rework of an objective; Finish selects the objective in the tree.
    void openOkrWizard(Id reworkedObjectiveId);
    OkrWizard *createOkrWizard(Id reworkedObjectiveId); // null when no OKR can be written now

    DocumentSession *session() const;
    bool isEditable() const;

    AlignmentTreeModel *m_model = nullptr;
    AlignmentFilterModel *m_filter = nullptr;
    AlignmentTreeView *m_tree = nullptr;
    QHash<int, int> m_presentedWidths; // column -> width in presentation mode (scaled with the font); else empty
    QSet<quintptr> m_expanded;         // internalIds of the expanded rows, kept across filter changes
    quintptr m_currentParentNode = 0;  // internalId of the current row's parent while the layout changes
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QAction *m_addObjectiveAction = nullptr;
    QAction *m_addBelowAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newOkrAction = nullptr;
    QAction *m_carryOverAction = nullptr; // into the shown cycle, from m_earlierCycleId
    Id m_earlierCycleId = NoId;
    EmptyPlanPanel *m_emptyPanel = nullptr;
    QAction *m_reworkOkrAction = nullptr;
    bool m_expandWhenShown = false; // expandObjectives() was asked while hidden
};
