#include "window/MainWindow.h"

#include "board/BoardExport.h"
#include "board/ProgressBoardView.h"
#include "charts/ChartsView.h"
#include "checkin/CheckInDialog.h"
#include "checkin/CheckInRules.h"
#include "cycles/CycleMenu.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "help/HelpMenu.h"
#include "history/KeyResultHistoryView.h"
#include "history/TeamNotesView.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "teams/TeamsMenu.h"
#include "text/DomainText.h"
#include "tree/AlignmentTreeModel.h"
#include "tree/DetailsPanel.h"
#include "tree/PlanView.h"
#include "widgets/Accessibility.h"
#include "widgets/ItemRoles.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScreenFit.h"
#include "window/DocumentController.h"
#include "window/DocumentLocationLabel.h"
#include "window/DocumentNoticeBar.h"
#include "window/ExchangeActions.h"
#include "window/ReportExport.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString settingsGroup()
{
    return QStringLiteral("MainWindow");
}

// The "shownView" setting's value while the board is shown.
QString boardViewName()
{
    return QStringLiteral("board");
}

// The cycle a document opens on: the active quarter, else the latest one.
Id initialCycle(const Repository &repository, const QList<Cycle> &cycles)
{
    if (const std::optional<Cycle> active = repository.cycles().active())
        return active->id;
    return cycles.isEmpty() ? NoId : cycles.last().id;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_documents(new DocumentController(this))
    , m_exchange(new ExchangeActions(this))
    , m_shownPlan(new ShownPlan(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Quarterdeck"));
    setAcceptDrops(true);
    m_planView = new PlanView(this);
    m_model = m_planView->model();
    m_model->setShownPlan(m_shownPlan);
    createCycleToolBar();
    createDetailsDock();
    createCheckInDocks();
    createActions();
    createCentralArea();
    createProgressViews();
    createPlanToolBar();
    createPreferencesAction();
    createCycleMenu();
    createStatusBar();
    for (QToolBar *toolBar : findChildren<QToolBar *>())
        Accessibility::nameExtensionButton(toolBar);
    restoreSettings();
    updateStatusBar();
    connect(m_documents, &DocumentController::sessionChanged, this, &MainWindow::useSession);
    connect(m_planView, &PlanView::currentItemChanged, this, &MainWindow::showCurrentItem);
    connect(m_planView, &PlanView::objectiveWritten, this, &MainWindow::selectObjective);
    connect(m_planView, &PlanView::statusMessage, statusBar(), [this](const QString &message) {
        message.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(message);
    });
}

MainWindow::~MainWindow()
{
    // The model and the panel refer to the session: detach them before it goes.
    m_model->setSession(nullptr);
    m_cycleMenu->setDocument(nullptr);
    m_teamsMenu->setDocument(nullptr);
    // ~QWidget hides the docks after this object is gone: their visibility must no longer reach it.
    for (QDockWidget *dock : {m_chartsDock, m_teamNotesDock})
        disconnect(dock, nullptr, this, nullptr);
}

bool MainWindow::openDocument(const QString &path)
{
    return m_documents->open(path);
}

bool MainWindow::openStartUpDocument(const QString &path)
{
    return !session() && openDocument(path);
}

bool MainWindow::newDocument(const QString &path)
{
    return m_documents->create(path);
}

bool MainWindow::saveDocumentAs(const QString &path)
{
    return m_documents->saveCopyAs(path);
}

DocumentSession *MainWindow::session() const
{
    return m_documents->session();
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();

    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::createFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));

    QAction *newAction = fileMenu->addAction(tr("&New…"));
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a Quarterdeck document for an organisation"));
    connect(newAction, &QAction::triggered, m_documents, &DocumentController::chooseNew);

    QAction *openAction = fileMenu->addAction(tr("&Open…"));
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Quarterdeck document"));
    connect(openAction, &QAction::triggered, m_documents, &DocumentController::chooseToOpen);

    QAction *connectAction = fileMenu->addAction(tr("&Connect to Organisation Database…"));
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setStatusTip(tr("Open the OKRs your organisation keeps in a PostgreSQL database"));
    connect(connectAction, &QAction::triggered, m_documents, &DocumentController::chooseServerToOpen);

    // Offered while the connection to an organisation database is lost; the session also tries by itself.
    m_reconnectAction = fileMenu->addAction(tr("Reconnect to &Server"));
    m_reconnectAction->setObjectName(QStringLiteral("actionReconnect"));
    m_reconnectAction->setStatusTip(tr("Connect to the organisation database again and show it as it is now"));
    m_reconnectAction->setVisible(false);
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a server that does not answer takes seconds to say so
        m_session->reconnect();
        QGuiApplication::restoreOverrideCursor();
    });

    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_documents->setRecentMenu(recentMenu);

    m_saveAsAction = fileMenu->addAction(tr("Save &As…"));
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Every change is saved at once; this writes a copy and continues in it"));
    m_saveAsAction->setEnabled(false);
    connect(m_saveAsAction, &QAction::triggered, m_documents, &DocumentController::chooseSaveAs);

    // The one safe way to copy a document (file plus journal) while it is open; Save As continues in the copy.
    m_backUpAction = fileMenu->addAction(tr("&Back Up…"));
    m_backUpAction->setObjectName(QStringLiteral("actionBackUp"));
    m_backUpAction->setStatusTip(tr("Write a consistent copy of the document and keep working in this one"));
    m_backUpAction->setEnabled(false);
    connect(m_backUpAction, &QAction::triggered, m_documents, &DocumentController::chooseBackUp);
    connect(m_documents, &DocumentController::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });

    fileMenu->addSeparator();
    fileMenu->addAction(m_exchange->importAction());
    fileMenu->addAction(m_exchange->exportAction());
    connect(m_exchange, &ExchangeActions::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    QAction *exportReportAction = fileMenu->addAction(tr("Export Q&uarter Report…"));
    exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    exportReportAction->setStatusTip(tr("Save a cycle's report, of the organisation or a team, as a PDF"));
    connect(exportReportAction, &QAction::triggered, this, &MainWindow::exportQuarterReport);
    m_printReportAction = fileMenu->addAction(tr("Print Quarter Repor&t…"));
    m_printReportAction->setObjectName(QStringLiteral("actionPrintReport"));
    m_printReportAction->setShortcut(QKeySequence::Print);
    m_printReportAction->setStatusTip(tr("Print a cycle's report, of the organisation or a team"));
    connect(m_printReportAction, &QAction::triggered, this, &MainWindow::printQuarterReport);
    m_exportBoardAction = fileMenu->addAction(tr("Export Boar&d…"));
    m_exportBoardAction->setObjectName(QStringLiteral("actionExportBoard"));
    m_exportBoardAction->setStatusTip(tr("Save the progress board as it is shown, as a PDF or a PNG picture"));
    m_exportBoardAction->setEnabled(false);
    connect(m_exportBoardAction, &QAction::triggered, this, &MainWindow::exportBoard);
    m_printBoardAction = fileMenu->addAction(tr("&Print Board…"));
    m_printBoardAction->setObjectName(QStringLiteral("actionPrintBoard"));
    m_printBoardAction->setStatusTip(tr("Print the progress board as it is shown"));
    m_printBoardAction->setEnabled(false);
    connect(m_printBoardAction, &QAction::triggered, this, &MainWindow::printBoard);

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));

    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undoAction);
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();

    editMenu->addActions(m_planView->editActions());

    editMenu->addSeparator();
    m_checkInAction = editMenu->addAction(tr("Weekly &Check-In…"));
    m_checkInAction->setObjectName(QStringLiteral("actionCheckIn"));
    m_checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkInAction->setStatusTip(tr("Record a team's weekly check-in: new key result values, confidence and notes"));
    m_checkInAction->setToolTip(
        tr("Weekly check-in (%1)").arg(m_checkInAction->shortcut().toString(QKeySequence::NativeText)));
    m_checkInAction->setEnabled(false);
    connect(m_checkInAction, &QAction::triggered, this, &MainWindow::checkIn);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_checkInAction);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    QAction *detailsAction = m_detailsDock->toggleViewAction();
    detailsAction->setObjectName(QStringLiteral("actionShowDetails"));
    detailsAction->setText(tr("&Details Panel"));
    m_viewMenu->addAction(detailsAction);
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setObjectName(QStringLiteral("actionShowHistory"));
    historyAction->setText(tr("Key Result &History"));
    m_viewMenu->addAction(historyAction);
    QAction *teamNotesAction = m_teamNotesDock->toggleViewAction();
    teamNotesAction->setObjectName(QStringLiteral("actionShowTeamNotes"));
    teamNotesAction->setText(tr("&Team Notes"));
    m_viewMenu->addAction(teamNotesAction);

    m_presentationAction = m_viewMenu->addAction(tr("&Presentation Mode"));
    m_presentationAction->setObjectName(QStringLiteral("actionPresentation"));
    m_presentationAction->setCheckable(true);
    // F11 everywhere: the platform's full-screen key (none on some X11 desktops) plus the one people know.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.prepend(QKeySequence(Qt::Key_F11));
    m_presentationAction->setShortcuts(fullScreenKeys);
    m_presentationAction->setStatusTip(tr("Full screen with a larger font, for a projector; Esc leaves it"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
}

void MainWindow::createProgressViews()
{
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    // The four charts need more height than a dock beside the tree has: they scroll rather than force the window
    // taller than the screen.
    auto *chartsScroller = new QScrollArea(m_chartsDock);
    chartsScroller->setWidgetResizable(true);
    chartsScroller->setFrameShape(QFrame::NoFrame);
    m_chartsDock->setWidget(chartsScroller);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();

    m_viewMenu->addSeparator();
    m_boardAction = m_viewMenu->addAction(tr("Progress &Board"));
    m_boardAction->setObjectName(QStringLiteral("actionProgressBoard"));
    m_boardAction->setCheckable(true);
    m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_boardAction->setStatusTip(tr("Switch between the plan and the progress board of every team"));
    m_boardAction->setToolTip(
        tr("Progress board (%1)").arg(m_boardAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_boardAction, &QAction::toggled, this, &MainWindow::showBoardPage);
    QAction *chartsAction = m_chartsDock->toggleViewAction();
    chartsAction->setObjectName(QStringLiteral("actionCharts"));
    chartsAction->setText(tr("&Charts"));
    chartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_viewMenu->addAction(chartsAction);

    // Shown, the charts get a useful share of the height rather than the sliver a dock gets beside a full tree.
    connect(chartsAction, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        // Once the show is laid out: a dock that was hidden has no height to compare yet.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_chartsDock->height() < height() / 4)
                    resizeDocks({m_chartsDock}, {height() * 2 / 5}, Qt::Vertical);
            },
            Qt::QueuedConnection);
    });

    // A hidden board or chart is not read: a 1,000-team cycle costs time only when someone looks. The charts are
    // not even built until then (four charts are a part of start-up).
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this, chartsScroller](bool visible) {
        if (visible && !m_charts) {
            m_charts = new ChartsView(chartsScroller);
            m_charts->setShownPlan(m_shownPlan);
            chartsScroller->setWidget(m_charts);
        }
        refreshProgressViews();
    });
    m_board->setShownPlan(m_shownPlan);
    // After the tree has taken the change: the window's status and actions read it.
    connect(m_shownPlan, &ShownPlan::changeFollowed, this, &MainWindow::followChange);
    // The board's current objective is the tree's, so the details and history show it; activating it goes back to
    // the plan with it selected.
    connect(m_board, &ProgressBoardView::currentObjectiveChanged, this, [this](Id objectiveId) {
        if (m_planView->currentObjectiveId() != objectiveId)
            m_planView->selectObjective(objectiveId);
    });
    connect(m_board, &ProgressBoardView::objectiveActivated, this, [this](Id objectiveId) {
        m_boardAction->setChecked(false);
        m_planView->selectObjective(objectiveId);
    });
    // A key result likewise, and activating it stays on the board with its full history and chart in view.
    connect(m_board, &ProgressBoardView::currentKeyResultChanged, m_planView, &PlanView::selectKeyResult);
    connect(m_board, &ProgressBoardView::keyResultActivated, this, [this](Id keyResultId) {
        m_planView->selectKeyResult(keyResultId);
        m_historyDock->show();
        m_historyDock->raise();
    });
}

bool MainWindow::isBoardShown() const
{
    return m_mainViews->currentWidget() == m_board;
}

bool MainWindow::areChartsShown() const
{
    return m_charts && m_chartsDock->isVisible(); // built when the dock is first shown
}

void MainWindow::showBoardPage(bool shown)
{
    QWidget *page = shown ? static_cast<QWidget *>(m_board) : m_planView;
    QWidget *hiddenPage = shown ? static_cast<QWidget *>(m_planView) : m_board;
    // A QStackedLayout is as large as its largest page at least: the hidden one must not hold the window wider.
    hiddenPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_mainViews->setCurrentWidget(page);
    m_exportBoardAction->setEnabled(shown);
    m_printBoardAction->setEnabled(shown);
    m_printBoardAction->setShortcut(shown ? QKeySequence(QKeySequence::Print) : QKeySequence());
    m_printReportAction->setShortcut(shown ? QKeySequence() : QKeySequence(QKeySequence::Print));
    if (!shown) {
        m_planView->focusTree();
        return;
    }
    refreshProgressViews();
    // The key result of the current key result or initiative, else the current objective.
    const QModelIndex keyResult =
        PlanView::enclosing(m_planView->currentItemIndex(), AlignmentTreeModel::NodeKind::KeyResult);
    if (keyResult.isValid())
        m_board->selectKeyResult(std::get<KeyResult>(m_model->item(keyResult)).id);
    else
        m_board->selectObjective(m_planView->currentObjectiveId());
    m_board->setFocus();
}

void MainWindow::refreshProgressViews()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_session || cycleId == NoId)
        return;
    if (isBoardShown() && m_board->cycleId() != cycleId)
        m_board->refresh();
    if (areChartsShown() && m_charts->cycleId() != cycleId) {
        m_charts->refresh();
        showCurrentItemInCharts();
    }
}

void MainWindow::showCurrentItem(const QModelIndex &itemIndex)
{
    m_details->showItem(itemIndex);
    showHistoryOf(itemIndex);
    showCurrentItemInCharts();
}

void MainWindow::showCurrentItemInCharts()
{
    const QModelIndex current = m_planView->currentItemIndex();
    if (!current.isValid() || !areChartsShown())
        return;
    const Id itemId = current.data(ItemRoles::ItemIdRole).value<Id>();
    switch (AlignmentTreeModel::nodeKind(current)) {
    case AlignmentTreeModel::NodeKind::Objective:
        m_charts->showObjective(itemId);
        break;
    case AlignmentTreeModel::NodeKind::KeyResult:
        m_charts->showKeyResult(itemId);
        break;
    case AlignmentTreeModel::NodeKind::Initiative:
    case AlignmentTreeModel::NodeKind::Team:
        break;
    }
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_documentNotice = new DocumentNoticeBar(m_saveAsAction, m_reconnectAction, central);
    layout->addWidget(m_documentNotice);
    // The plan or the progress board, switched by View > Progress Board: each takes the whole window.
    m_board = new ProgressBoardView(central);
    m_mainViews = new QStackedWidget(central);
    m_mainViews->setObjectName(QStringLiteral("mainViews"));
    m_mainViews->addWidget(m_planView);
    m_mainViews->addWidget(m_board);
    m_board->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // see showBoardPage
    layout->addWidget(m_mainViews, 1);
    setCentralWidget(central);
}

void MainWindow::createCycleMenu()
{
    m_cycleMenu = new CycleMenu(this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_cycleMenu);
    connect(m_cycleMenu, &CycleMenu::seedObjective, m_planView, &PlanView::openSeededOkrWizard);
    m_teamsMenu = new TeamsMenu([this] { return m_planView->currentTeamId(); }, this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_teamsMenu);
    m_planView->setTeamActions(m_teamsMenu->teamsAction(), m_teamsMenu->newTeamAction());
    connect(m_planView, &PlanView::carryOverRequested, m_cycleMenu, &CycleMenu::carryOverFrom);
}

void MainWindow::createCycleToolBar()
{
    m_toolBar = addToolBar(tr("Cycle"));
    m_toolBar->setObjectName(QStringLiteral("cycleToolBar"));
    m_toolBar->setMovable(false);

    auto *label = new QLabel(tr("C&ycle:"), m_toolBar);
    label->setContentsMargins(4, 0, 4, 0);
    m_cycleSelector = new QComboBox(m_toolBar);
    m_cycleSelector->setObjectName(QStringLiteral("cycleSelector"));
    m_cycleSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cycleSelector->setToolTip(tr("The cycle whose objectives are shown"));
    m_cycleSelector->setEnabled(false);
    label->setBuddy(m_cycleSelector);
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_cycleSelector);
    connect(m_cycleSelector, &QComboBox::currentIndexChanged, this, &MainWindow::showSelectedCycle);

    m_toolBar->addSeparator();
    m_planView->addFiltersTo(m_toolBar);
}

void MainWindow::createPlanToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Plan"));
    toolBar->setObjectName(QStringLiteral("planToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_planView->newOkrAction());
    toolBar->addAction(m_boardAction);
    if (QMenu *editMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        editMenu->addSeparator();
        editMenu->addAction(m_planView->newOkrAction());
        editMenu->addAction(m_planView->reworkOkrAction());
    }
}

void MainWindow::createPreferencesAction()
{
    auto *editMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("Pre&ferences…"));
    preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (none on some X11 desktops), else Ctrl+, as most Linux apps take it.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setShortcuts(keys);
    preferencesAction->setStatusTip(
        tr("Choose the language, the check-in day, the pace thresholds, the default cycle length and the "
           "presentation font size"));
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
}

void MainWindow::editPreferences()
{
    const Preferences before = Preferences::load();
    // Window-modal and not exec(), as the check-in: a test can reach the open dialog.
    auto *dialog = new PreferencesDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, before] { applyPreferences(before, dialog->preferences()); });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &before, const Preferences &chosen)
{
    chosen.save();
    if (chosen.pace != before.pace && m_session) {
        // Every pace shown is read again with the new thresholds.
        showSelectedCycle();
        if (isBoardShown())
            m_board->refresh();
        if (areChartsShown())
            m_charts->refresh();
    }
    if (chosen.presentationScalePercent != before.presentationScalePercent && m_presentationAction->isChecked()) {
        QFont large = m_normalFont;
        large.setPointSizeF(m_normalFont.pointSizeF() * chosen.presentationScalePercent / 100.0);
        setFont(large);
    }
    if (chosen.language != before.language)
        statusBar()->showMessage(tr("The new language takes effect at the next start."), 8000);
}

void MainWindow::createDetailsDock()
{
    m_details = new DetailsPanel(m_model, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    // The editors and the chart need more height than a dock beside the board has: they scroll up and down instead
    // of holding the board to a sliver, but keep the width their fields need.
    auto *detailsScroller = new QScrollArea(m_detailsDock);
    detailsScroller->setWidgetResizable(true);
    detailsScroller->setFrameShape(QFrame::NoFrame);
    detailsScroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroller->setWidget(m_details);
    const auto keepWidth = [this, detailsScroller](int detailsWidth) {
        detailsScroller->setMinimumWidth(detailsWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    };
    keepWidth(m_details->minimumSizeHint().width());
    connect(m_details, &DetailsPanel::minimumWidthChanged, detailsScroller, keepWidth);
    m_detailsDock->setWidget(detailsScroller);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
}

void MainWindow::createCheckInDocks()
{
    // Next to the details as tabs: all three describe the selected item, the tree keeps its width.
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_detailsDock, m_historyDock);
    m_teamNotesDock = new QDockWidget(tr("Team Notes"), this);
    m_teamNotesDock->setObjectName(QStringLiteral("teamNotesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_teamNotesDock);
    tabifyDockWidget(m_historyDock, m_teamNotesDock);
    // A tab behind another stays visible to Qt: the dock says when its tab comes to the front or leaves it.
    connect(m_teamNotesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_teamNotesSeen = visible;
        if (m_teamNotes)
            m_teamNotes->setSeen(visible);
    });
    m_detailsDock->raise();
}

void MainWindow::createStatusBar()
{
    m_cycleLabel = new QLabel(statusBar());
    m_cycleLabel->setObjectName(QStringLiteral("cycleLabel"));
    m_progressLabel = new QLabel(statusBar());
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_locationLabel = new DocumentLocationLabel(statusBar());
    statusBar()->addWidget(m_cycleLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_locationLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First start: the whole room the screen has, so the status bar, the dock tabs and the scroll bars are on it.
        const QRect available = ScreenFit::availableGeometry(this);
        ScreenFit::fit(this, available.size());
        move(available.topLeft());
    } else if (!isMaximized() && !isFullScreen()) {
        // Saved on a larger screen: no larger than this one.
        ScreenFit::fit(this, size());
    }
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // The tree is the main view: the details take what their forms need, not a third of the window.
        resizeDocks({m_detailsDock}, {36 * fontMetrics().averageCharWidth()}, Qt::Horizontal);
    }
    // A header saved with other columns would put their widths on the wrong ones.
    if (settings.value(QStringLiteral("treeColumns")).toInt() == AlignmentTreeModel::ColumnCount)
        m_planView->restoreHeaderState(settings.value(QStringLiteral("treeHeader")).toByteArray());
    m_boardAction->setChecked(settings.value(QStringLiteral("shownView")).toString() == boardViewName());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    // Closed while presenting: the next start opens as the window was before.
    const WindowLayout layout = m_presentationAction->isChecked() ? m_beforePresentation : currentLayout();
    settings.setValue(QStringLiteral("geometry"), layout.geometry);
    settings.setValue(QStringLiteral("state"), layout.state);
    settings.setValue(QStringLiteral("treeHeader"), layout.treeHeader);
    settings.setValue(QStringLiteral("treeColumns"), int(AlignmentTreeModel::ColumnCount));
    settings.setValue(QStringLiteral("shownView"), isBoardShown() ? boardViewName() : QStringLiteral("plan"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

namespace {

// The one local file a drag carries, else empty.
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    return data->urls().first().toLocalFile();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Any one file is taken, so that a wrong one is refused in words rather than by a forbidden cursor alone.
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (!m_session) {
        MessageBoxes::warning(
            this, tr("Nothing Imported"),
            tr("Open or create a document first, then drop %1 on it to import it.").arg(QFileInfo(path).fileName()));
        return;
    }
    m_exchange->importPath(path);
}

// On a server: the notice bar and File > Reconnect to Server follow the connection.
void MainWindow::followConnection()
{
    m_reconnectAction->setVisible(m_session->document().isOnServer());
    m_reconnectAction->setEnabled(false);
    connect(m_session, &DocumentSession::connectionLost, this, [this](const QString &message) {
        m_documentNotice->showConnectionLost(message);
        m_reconnectAction->setEnabled(true);
    });
    connect(m_session, &DocumentSession::reconnectFailed, m_documentNotice, &DocumentNoticeBar::showConnectionLost);
    connect(m_session, &DocumentSession::reconnected, this, [this] {
        m_documentNotice->showNoticeFor(m_session->document());
        m_reconnectAction->setEnabled(false);
        statusBar()->showMessage(tr("Reconnected to %1").arg(m_session->document().displayName()), 8000);
    });
}

void MainWindow::useSession(DocumentSession *session, bool continuesPrevious)
{
    const Id shownCycleId = m_model->plan().cycle.id;
    m_session = session;
    // The tree, the board, the charts and then the window follow the document's changes through the shown plan,
    // which reads the plan once per change and tells them in that order.
    connect(m_session, &DocumentSession::changed, m_shownPlan, &ShownPlan::followChange);
    connect(m_shownPlan, &ShownPlan::readFailed, m_session, &DocumentSession::reportReadFailure);
    m_planView->setSession(m_session);
    m_cycleMenu->setDocument(m_session);
    m_teamsMenu->setDocument(m_session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    delete m_history;
    m_history = new KeyResultHistoryView(*m_session, *m_shownPlan, m_historyDock);
    m_historyDock->setWidget(m_history);
    delete m_teamNotes;
    m_teamNotes = new TeamNotesView(*m_session, m_teamNotesDock);
    m_teamNotes->setSeen(m_teamNotesSeen);
    m_teamNotesDock->setWidget(m_teamNotes);
    m_shownPlan->setRepository(&m_session->repository());
    m_board->clear();
    clearCharts();
    const Document &document = m_session->document();
    // A server database is copied with quarterdeck copy, not as a file.
    m_saveAsAction->setEnabled(!document.isOnServer());
    m_backUpAction->setEnabled(!document.isOnServer());
    m_exchange->setSession(m_session);
    m_checkInAction->setEnabled(!document.isReadOnly());
    m_documentNotice->showNoticeFor(document);
    m_locationLabel->showLocationOf(document);
    m_helpMenu->setDocumentLocation(DocumentLocationLabel::describe(document));
    followConnection();
    setWindowTitle(document.isReadOnly() ? tr("%1 (read-only) — Quarterdeck").arg(document.displayName())
                                         : tr("%1 — Quarterdeck").arg(document.displayName()));
    setWindowFilePath(document.isOnServer() ? QString() : document.path());

    // Nothing of the previous document stays shown, even when this one cannot be read.
    m_shownPlan->show({});
    Id cycleId = NoId;
    try {
        const QList<Cycle> cycles = m_session->repository().cycles().all();
        const bool keepsShownCycle =
            continuesPrevious && std::any_of(cycles.cbegin(), cycles.cend(),
                                             [shownCycleId](const Cycle &cycle) { return cycle.id == shownCycleId; });
        cycleId = keepsShownCycle ? shownCycleId : initialCycle(m_session->repository(), cycles);
    } catch (const DocumentError &error) {
        m_session->reportReadFailure(error.message());
    }
    m_cycleMenu->setCurrentCycle(cycleId);
    fillCycleSelector(cycleId);
    showSelectedCycle();
    updateStatusBar();
    m_planView->updateEditActions();
    refreshProgressViews();
    m_planView->focusTree();
}

void MainWindow::exportQuarterReport()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_session || cycleId == NoId) {
        MessageBoxes::warning(this, tr("Cannot Export Report"), tr("Open a document with a cycle first."));
        return;
    }
    const QString path =
        ReportExport::exportCycle(this, m_session->repository(), cycleId, m_session->document().path());
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printQuarterReport()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_session || cycleId == NoId) {
        MessageBoxes::warning(this, tr("Cannot Print Report"), tr("Open a document with a cycle first."));
        return;
    }
    if (ReportExport::printCycle(this, m_session->repository(), cycleId))
        statusBar()->showMessage(tr("Report sent to the printer"), 8000);
}

bool MainWindow::isBoardReadyToShare(const QString &refusalTitle)
{
    const bool ready = m_session && m_board->cycleId() != NoId;
    if (!ready)
        MessageBoxes::warning(this, refusalTitle, tr("Open a document with a cycle first."));
    return ready;
}

void MainWindow::exportBoard()
{
    if (!isBoardReadyToShare(tr("Cannot Export Board")))
        return;
    const QString path = BoardExport::exportBoard(this, *m_board, m_session->document().path());
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Board written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printBoard()
{
    if (isBoardReadyToShare(tr("Cannot Print Board")) && BoardExport::printBoard(this, *m_board))
        statusBar()->showMessage(tr("Board sent to the printer"), 8000);
}

void MainWindow::fillCycleSelector(Id selectedCycleId)
{
    // Filling is not a choice of the user: no reload per added item.
    const QSignalBlocker blocker(m_cycleSelector);
    m_cycleSelector->clear();
    for (const Cycle &cycle : m_session->repository().cycles().all()) {
        m_cycleSelector->addItem(tr("%1 (%2)").arg(cycle.name, DomainText::cycleState(cycle.state)), cycle.id);
        m_cycleSelector->setItemData(m_cycleSelector->count() - 1, DomainText::cycleDates(cycle), Qt::ToolTipRole);
    }
    m_cycleSelector->setCurrentIndex(m_cycleSelector->findData(selectedCycleId));
    m_cycleSelector->setEnabled(m_cycleSelector->count() > 0);
}

void MainWindow::showSelectedCycle()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_session || cycleId == NoId)
        return;
    const bool historiesSeen = isBoardShown() || areChartsShown();
    try {
        m_shownPlan->showCycle(cycleId, historiesSeen ? ShownPlan::Reading::Alongside : ShownPlan::Reading::OnFirstUse);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Cycle"), error.message());
        return;
    }
    m_cycleMenu->setCurrentCycle(cycleId);
    m_planView->expandObjectives();
    updateStatusBar();
    refreshProgressViews();
}

void MainWindow::showCycleAfterChange(Id changedCycleId)
{
    // The cycle the change names, else the one shown, else the document's usual first: never one an undo removed.
    const QList<Cycle> cycles = m_session->repository().cycles().all();
    const auto exists = [&cycles](Id cycleId) {
        return std::any_of(cycles.cbegin(), cycles.cend(),
                           [cycleId](const Cycle &cycle) { return cycle.id == cycleId; });
    };
    const Id shownCycleId = m_model->plan().cycle.id;
    const Id cycleId = exists(changedCycleId)                         ? changedCycleId
                       : shownCycleId != NoId && exists(shownCycleId) ? shownCycleId
                                                                      : initialCycle(m_session->repository(), cycles);
    fillCycleSelector(cycleId);
    if (cycleId == shownCycleId)
        return; // the tree has followed the change already (or it did not concern the shown cycle)
    if (cycleId == NoId) {
        // No cycle left: nothing to show, and the board and charts forget the removed one.
        m_shownPlan->show({});
        m_cycleMenu->setCurrentCycle(NoId);
        m_board->clear();
        clearCharts();
    } else {
        showSelectedCycle();
    }
}

void MainWindow::updateStatusBar()
{
    if (!m_session || m_cycleSelector->count() == 0) {
        m_cycleLabel->setText(m_session ? tr("No cycles yet") : QString());
        m_progressLabel->clear();
        return;
    }
    const Cycle &cycle = m_model->plan().cycle;
    m_cycleLabel->setText(
        tr("%1: %2, %3").arg(cycle.name, DomainText::cycleDates(cycle), DomainText::cycleState(cycle.state)));
    // An empty plan has no progress to report: "0 %, expected 70 %" would read as falling behind.
    m_progressLabel->setText(m_model->plan().keyResults.isEmpty()
                                 ? tr("No key results to measure yet")
                                 : tr("Overall progress %1 (expected %2)")
                                       .arg(DomainText::percent(m_model->progress().cycle()),
                                            DomainText::percent(m_model->expectedProgress())));
}

void MainWindow::followChange(const DocumentChange &change)
{
    if (change.mayChangeCycles())
        showCycleAfterChange(change.cycleId);
    updateStatusBar();
    m_planView->updateEditActions();
    if (change.kind == DocumentChange::Kind::KpisChanged)
        return; // the board and the charts show no KPIs
    // The board and the charts take the shown plan again when seen (the charts' grades span other cycles too);
    // hidden, they are emptied, so showing them takes it afresh.
    if (isBoardShown())
        m_board->refresh();
    else
        m_board->clear();
    if (areChartsShown())
        m_charts->refresh();
    else
        clearCharts();
}

void MainWindow::clearCharts()
{
    if (m_charts)
        m_charts->clear();
}

void MainWindow::showHistoryOf(const QModelIndex &index)
{
    if (!m_session)
        return;
    // An initiative shows the history of the key result it serves.
    const QModelIndex keyResult = PlanView::enclosing(index, AlignmentTreeModel::NodeKind::KeyResult);
    const QModelIndex objective = PlanView::enclosing(index, AlignmentTreeModel::NodeKind::Objective);
    if (keyResult.isValid()) {
        m_history->setKeyResult(std::get<KeyResult>(m_model->item(keyResult)).id);
    } else if (objective.isValid()) {
        const Objective shown = std::get<Objective>(m_model->item(objective));
        m_history->setObjective(shown.id, shown.title);
    } else {
        m_history->setKeyResult(NoId);
    }
    // Without a selection the notes stay on the team last looked at.
    if (const Id teamId = m_model->teamId(index); teamId != NoId)
        m_teamNotes->setTeam(teamId);
}

void MainWindow::checkIn()
{
    if (!m_session)
        return;
    // A company objective has no key results of its own: the check-in is that of the teams owning those below it.
    const Id selectedTeam = m_planView->currentTeamId();
    const QList<Id> teams =
        CheckInRules::teamsCheckingIn(m_model->plan(), selectedTeam, m_planView->currentObjectiveId());
    if (selectedTeam != NoId && teams.isEmpty()) {
        MessageBoxes::warning(this, tr("Check In"),
                              tr("No team owns key results in or below “%1” yet: add key results to it, or align "
                                 "team objectives to it, to check in.")
                                  .arg(m_planView->currentItemIndex().data().toString()));
        return;
    }
    // Window-modal and not exec(): the tree stays painted behind it and a test can reach the open dialog.
    auto *dialog = new CheckInDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!teams.isEmpty())
        dialog->setTeamAndWeek(teams.first(), dialog->week());
    if (teams.size() > 1)
        statusBar()->showMessage(tr("The key results below belong to %n teams: choose the next one in the check-in.",
                                    nullptr, int(teams.size())));
    dialog->open();
}

MainWindow::WindowLayout MainWindow::currentLayout() const
{
    return {saveGeometry(), saveState(), m_planView->headerState()};
}

void MainWindow::setPresentationMode(bool on)
{
    // A larger font everywhere in the window, the charts' too, and the whole screen: readable from the back of the
    // room. The titles come first in the tree; Esc leaves, and leaving puts the window back exactly as it was
    // (maximised or not, where it was, its docks and columns).
    const double scale = Preferences::load().presentationScalePercent / 100.0; // 1.6 unless chosen otherwise
    const QKeySequence leaveKey(Qt::Key_Escape);
    QList<QKeySequence> keys = m_presentationAction->shortcuts();
    if (on) {
        m_beforePresentation = currentLayout();
        m_normalFont = font();
        QFont large = m_normalFont;
        large.setPointSizeF(m_normalFont.pointSizeF() * scale);
        setFont(large);
        // The panels about the selected item are for editing, not for the room: the tree takes their width.
        for (QDockWidget *itemDock : {m_detailsDock, m_historyDock, m_teamNotesDock})
            itemDock->hide();
        showFullScreen();
        m_planView->presentTitlesFirst(scale);
        keys.append(leaveKey);
    } else {
        m_planView->endPresentation();
        setFont(m_normalFont);
        showNormal();
        restoreGeometry(m_beforePresentation.geometry);
        restoreState(m_beforePresentation.state);
        m_planView->restoreHeaderState(m_beforePresentation.treeHeader);
        keys.removeAll(leaveKey);
    }
    m_presentationAction->setShortcuts(keys);
}

void MainWindow::selectObjective(Id cycleId, Id objectiveId)
{
    if (cycleId != m_model->plan().cycle.id)
        m_cycleSelector->setCurrentIndex(m_cycleSelector->findData(cycleId)); // shows that cycle
    m_planView->revealObjective(objectiveId);
}
