#pragma once

#include "model/Ids.h"

#include <QFont>
#include <QMainWindow>

class AlignmentTreeModel;
class ChartsView;
class CycleMenu;
class TeamsMenu;
class DetailsPanel;
class DocumentController;
class DocumentNoticeBar;
class DocumentLocationLabel;
class DocumentSession;
class HelpMenu;
class ExchangeActions;
class KeyResultHistoryView;
class PlanView;
class ShownPlan;
class ProgressBoardView;
struct Preferences;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QModelIndex;
class QToolBar;
class QUndoGroup;
class TeamNotesView;
struct DocumentChange;

// The document window, as KeePassXC's MainWindow: the menus, the tool bars, the docks (details, the selected key
// result's history, the team's weekly notes and charts), the status bar, presentation mode and the saved
// geometry. The documents come from a DocumentController; the central area shows either the PlanView, where the
// plan is shown and edited, or the progress board (View > Progress Board); the window chooses the cycle both show.
// Actions carry objectNames ("actionOpen", "actionUndo", "actionAddBelow", ...) so tests and later features can find
// them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // See DocumentController.
    bool openDocument(const QString &path);
    // The document `quarterdeck [FILE]` names, opened once the window is drawn (app/gui): false, and nothing
    // opened, when the user opened or created one before then, which stands.
    bool openStartUpDocument(const QString &path);
    bool newDocument(const QString &path);
    bool saveDocumentAs(const QString &path);
    DocumentSession *session() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // A CSV or JSON file dropped on the window is imported as File > Import… imports it; other files are refused.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Where the window is and how it is laid out: what the settings keep and presentation mode puts back.
    struct WindowLayout {
        QByteArray geometry; // QWidget::saveGeometry: position, size, maximised or not
        QByteArray state;    // QMainWindow::saveState: docks and tool bars
        QByteArray treeHeader;
    };

    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createCycleToolBar();
    void createPlanToolBar();
    void createDetailsDock();
    void createProgressViews();
    void createCheckInDocks();
    void createStatusBar();
    void createCycleMenu();
    // Edit > Preferences…, last in the Edit menu.
    void createPreferencesAction();
    void editPreferences();
    // Keeps `chosen` and applies what changed since `before`: paces are read again at once, the presentation font
    // at once when presenting, the language at the next start (said in the status bar).
    void applyPreferences(const Preferences &before, const Preferences &chosen);
    // The plan view under the bar that says when the document is read-only.
    void createCentralArea();
    void restoreSettings();
    void saveSettings() const;
    void exportQuarterReport();
    // File > Print Quarter Report…: the report the PDF export writes, through the system's print dialog.
    void printQuarterReport();
    // File > Export Board… and Print Board…: the board as shown, once there is one (else says so under the title).
    bool isBoardReadyToShare(const QString &refusalTitle);
    void exportBoard();
    void printBoard();

    // Follows the DocumentController to a new session; a copy (Save As) keeps showing the cycle shown.
    void useSession(DocumentSession *session, bool continuesPrevious);
    void followConnection();

    void fillCycleSelector(Id selectedCycleId);
    void showSelectedCycle();
    // After a change of the document's cycles (DocumentChange::Kind::CyclesChanged): refill the selector and show
    // the cycle the change names while it exists.
    void showCycleAfterChange(Id changedCycleId);
    void updateStatusBar();
    void refreshProgressViews();
    // Switches the central area between the plan and the board, taking the current objective along.
    void showBoardPage(bool shown);
    bool isBoardShown() const;
    bool areChartsShown() const;
    void clearCharts();
    void showCurrentItem(const QModelIndex &itemIndex);
    void showCurrentItemInCharts();
    void followChange(const DocumentChange &change);
    void showHistoryOf(const QModelIndex &index);
    void checkIn();
    WindowLayout currentLayout() const;
    void setPresentationMode(bool on);
    // The OKR wizard wrote an objective: show its cycle and select it.
    void selectObjective(Id cycleId, Id objectiveId);

    DocumentController *m_documents = nullptr;
    ExchangeActions *m_exchange = nullptr; // File > Import… and Export…
    DocumentSession *m_session = nullptr;  // the controller's, followed through useSession
    // The shown cycle's plan, read once per change for the tree, the board, the charts and the history.
    ShownPlan *m_shownPlan = nullptr;

    QStackedWidget *m_mainViews = nullptr; // the plan view or the board
    PlanView *m_planView = nullptr;
    AlignmentTreeModel *m_model = nullptr; // the plan view's
    DetailsPanel *m_details = nullptr;
    ProgressBoardView *m_board = nullptr;
    ChartsView *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    // The check-in views read one session: made again for every document, so none outlives its session.
    KeyResultHistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    TeamNotesView *m_teamNotes = nullptr;
    QDockWidget *m_teamNotesDock = nullptr;
    bool m_teamNotesSeen = false; // its tab in front (QDockWidget::visibilityChanged)
    QUndoGroup *m_undoGroup = nullptr;
    QToolBar *m_toolBar = nullptr; // the cycle selector and filters, then the check-in
    QComboBox *m_cycleSelector = nullptr;
    QMenu *m_viewMenu = nullptr;
    CycleMenu *m_cycleMenu = nullptr;
    TeamsMenu *m_teamsMenu = nullptr;
    DocumentNoticeBar *m_documentNotice = nullptr;
    QLabel *m_cycleLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    DocumentLocationLabel *m_locationLabel = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_boardAction = nullptr; // checked while the board is the main view
    // File > Export Board… and Print Board…: enabled while the board is shown.
    QAction *m_exportBoardAction = nullptr;
    QAction *m_printBoardAction = nullptr;
    // The print key prints the report while the plan is shown, the board while the board is.
    QAction *m_printReportAction = nullptr;
    // What presentation mode puts back when it ends.
    WindowLayout m_beforePresentation;
    QFont m_normalFont;
};
