#pragma once

#include "model/Ids.h"

#include <QFont>
#include <QMainWindow>
#include <QSet>

#include <memory>

class AlignmentFilterModel;
class AlignmentTreeModel;
class ChartsView;
class CycleMenu;
class DetailsPanel;
class DocumentSession;
class ProgressBoardView;
class KeyResultHistoryView;
class ShownPlan;
class OkrWizard;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QToolBar;
class QMenu;
class QModelIndex;
class QTreeView;
class QUndoGroup;
class TeamNotesView;
struct DocumentChange;

// The document window: one cycle's alignment tree with docks for the details, the selected key result's history
// and the team's weekly notes, a cycle selector and the File, Edit, View and Help menus; Edit > Check In opens the
// weekly check-in. Actions carry objectNames ("actionOpen", "actionUndo", "actionAddBelow", ...) so tests and later
// features can find them. Edits go through the open DocumentSession's undo stack (see DocumentSession.h).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows the document's clear message and keeps the current document.
    bool openDocument(const QString &path);
    // Creates a document at `path` (replacing a file there) with a company and the current quarter, and opens it.
    bool newDocument(const QString &path);
    // Writes a consistent copy of the open document to `path` and continues in the copy.
    bool saveDocumentAs(const QString &path);

    DocumentSession *session() const { return m_session.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createCycleToolBar();
    void createAlignmentTree();
    void createDetailsDock();
    void createProgressViews();
    void createCheckInDocks();
    void createStatusBar();
    void createOkrWizardActions();
    void createCycleMenu();
    void restoreSettings();
    void saveSettings() const;

    void chooseDocumentToOpen();
    void chooseNewDocument();
    void chooseSaveAs();
    void rebuildRecentMenu();
    void showAbout();
    bool useSession(std::unique_ptr<DocumentSession> session);
    QString documentFolder() const; // where file dialogs start
    void exportQuarterReport();

    void fillCycleSelector(Id selectedCycleId);
    void showSelectedCycle();
    // After a change of the document's cycles (DocumentChange::Kind::CyclesChanged): refill the selector and show
    // the cycle the change names while it exists.
    void showCycleAfterChange(Id changedCycleId);
    void expandObjectives(const QModelIndex &parent);
    void restoreExpansion(const QModelIndex &parent);
    void fillTeamFilter();
    QModelIndex currentItemIndex() const; // in the tree model, not the filter
    void updateStatusBar();
    void updateEditActions();
    void refreshProgressViews();
    void selectObjectiveInTree(Id objectiveId);
    void showCurrentItemInCharts();
    void followChange(const DocumentChange &change);
    void showHistoryOf(const QModelIndex &index);
    void checkIn();

    void addObjective();
    void addBelow();
    void renameCurrent();
    void deleteCurrent();
    void selectAndRename(const QModelIndex &index);
    void setPresentationMode(bool on);
    // The OKR wizard: a new OKR (NoId) or a rework of an objective; Finish selects the objective in the tree.
    void openOkrWizard(Id reworkedObjectiveId);
    // A KPI fell behind: the wizard on the shown cycle for `teamId` (NoId, a company-wide KPI: the company) with
    // `title` as the objective to start from.
    void openSeededOkrWizard(Id teamId, const QString &title);
    OkrWizard *createOkrWizard(Id reworkedObjectiveId); // null when no OKR can be written now
    void selectObjective(Id cycleId, Id objectiveId);

    std::unique_ptr<DocumentSession> m_session;
    // The shown cycle's plan, read once per change for the tree, the board and the charts.
    ShownPlan *m_shownPlan = nullptr;

    AlignmentTreeModel *m_model = nullptr;
    AlignmentFilterModel *m_filter = nullptr;
    QSet<quintptr> m_expanded;        // internalIds of the expanded rows, kept across filter changes
    quintptr m_currentParentNode = 0; // internalId of the current row's parent while the layout changes
    QTreeView *m_tree = nullptr;
    DetailsPanel *m_details = nullptr;
    ProgressBoardView *m_board = nullptr;
    ChartsView *m_charts = nullptr;
    QDockWidget *m_boardDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    // The check-in views read one session: made again for every document, so none outlives its session.
    KeyResultHistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    TeamNotesView *m_teamNotes = nullptr;
    QDockWidget *m_teamNotesDock = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QToolBar *m_toolBar = nullptr; // the cycle selector and filters, then the check-in
    QComboBox *m_cycleSelector = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    CycleMenu *m_cycleMenu = nullptr;
    QLabel *m_cycleLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_addObjectiveAction = nullptr;
    QAction *m_addBelowAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_newOkrAction = nullptr;
    QAction *m_reworkOkrAction = nullptr;
    QFont m_normalFont;
};
