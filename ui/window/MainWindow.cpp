#include "window/MainWindow.h"

#include "board/ProgressBoardView.h"
#include "charts/ChartsView.h"
#include "checkin/CheckInDialog.h"
#include "commands/AddTreeItemCommand.h"
#include "commands/RemoveTreeItemCommand.h"
#include "cycles/CycleMenu.h"
#include "document/DocumentSession.h"
#include "history/KeyResultHistoryView.h"
#include "history/TeamNotesView.h"
#include "model/Quarter.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "tree/AlignmentFilterModel.h"
#include "tree/AlignmentTreeModel.h"
#include "tree/DetailsPanel.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ProgressBarDelegate.h"
#include "window/RecentFiles.h"
#include "window/ReportExport.h"
#include "wizard/OkrWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace {

QString settingsGroup()
{
    return QStringLiteral("MainWindow");
}

// The cycle a document opens on: the active quarter, else the latest one.
Id initialCycle(const Repository &repository, const QList<Cycle> &cycles)
{
    if (const std::optional<Cycle> active = repository.cycles().active())
        return active->id;
    return cycles.isEmpty() ? NoId : cycles.last().id;
}

// The item of `kind` that is `index` or holds it: the objective of a key result, the key result of an initiative.
QModelIndex enclosing(QModelIndex index, AlignmentTreeModel::NodeKind kind)
{
    while (index.isValid() && AlignmentTreeModel::nodeKind(index) != kind)
        index = index.parent();
    return index;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AlignmentTreeModel(this))
    , m_filter(new AlignmentFilterModel(m_model, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Quarterdeck"));
    createCycleToolBar();
    createAlignmentTree();
    createDetailsDock();
    createCheckInDocks();
    createActions();
    createProgressViews();
    createOkrWizardActions();
    createCycleMenu();
    createStatusBar();
    restoreSettings();
    updateStatusBar();
    updateEditActions();
}

MainWindow::~MainWindow()
{
    // The model and the panel refer to the session: detach them before it goes.
    m_model->setSession(nullptr);
    m_cycleMenu->setDocument(nullptr);
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Quarterdeck"));
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));

    QAction *newAction = fileMenu->addAction(tr("&New…"));
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a Quarterdeck document for an organisation"));
    connect(newAction, &QAction::triggered, this, &MainWindow::chooseNewDocument);

    QAction *openAction = fileMenu->addAction(tr("&Open…"));
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Quarterdeck document"));
    connect(openAction, &QAction::triggered, this, &MainWindow::chooseDocumentToOpen);

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    // Files can disappear while the window is open: list what exists each time the menu opens.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    m_saveAsAction = fileMenu->addAction(tr("Save &As…"));
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Every change is saved at once; this writes a copy and continues in it"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::chooseSaveAs);

    fileMenu->addSeparator();
    QAction *exportReportAction = fileMenu->addAction(tr("Export Quarter &Report…"));
    exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    exportReportAction->setStatusTip(tr("Save the shown cycle's report as a PDF"));
    connect(exportReportAction, &QAction::triggered, this, &MainWindow::exportQuarterReport);

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

    m_addObjectiveAction = editMenu->addAction(tr("New &Objective"));
    m_addObjectiveAction->setObjectName(QStringLiteral("actionAddObjective"));
    m_addObjectiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addObjectiveAction->setStatusTip(
        tr("Add an objective next to the selected one (same team and alignment), or a company objective"));
    connect(m_addObjectiveAction, &QAction::triggered, this, &MainWindow::addObjective);

    m_addBelowAction = editMenu->addAction(tr("Add &Below"));
    m_addBelowAction->setObjectName(QStringLiteral("actionAddBelow"));
    m_addBelowAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addBelowAction->setStatusTip(
        tr("Add a key result to the selected objective, or an initiative to the selected key result"));
    connect(m_addBelowAction, &QAction::triggered, this, &MainWindow::addBelow);

    m_renameAction = editMenu->addAction(tr("Re&name"));
    m_renameAction->setObjectName(QStringLiteral("actionRename"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 is also the tree's own edit key: the action must not take it from the tree's editor.
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_renameAction);
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCurrent);

    m_deleteAction = editMenu->addAction(tr("&Delete"));
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the tree: Delete in a text field deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrent);

    editMenu->addSeparator();
    m_checkInAction = editMenu->addAction(tr("&Check In…"));
    m_checkInAction->setObjectName(QStringLiteral("actionCheckIn"));
    m_checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkInAction->setStatusTip(tr("Record a team's weekly check-in: new key result values, confidence and notes"));
    m_checkInAction->setToolTip(
        tr("Weekly check-in (%1)").arg(m_checkInAction->shortcut().toString(QKeySequence::NativeText)));
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
    m_presentationAction->setStatusTip(tr("Full screen with a larger font, for a projector"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
}

void MainWindow::createProgressViews()
{
    m_board = new ProgressBoardView(this);
    m_boardDock = new QDockWidget(tr("Progress Board"), this);
    m_boardDock->setObjectName(QStringLiteral("progressBoardDock"));
    m_boardDock->setWidget(m_board);
    m_charts = new ChartsView(this);
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    // The four charts need more height than a dock beside the tree has: they scroll rather than force the window
    // taller than the screen.
    auto *chartsScroller = new QScrollArea(m_chartsDock);
    chartsScroller->setWidgetResizable(true);
    chartsScroller->setFrameShape(QFrame::NoFrame);
    chartsScroller->setWidget(m_charts);
    m_chartsDock->setWidget(chartsScroller);
    addDockWidget(Qt::BottomDockWidgetArea, m_boardDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_boardDock, m_chartsDock);
    m_boardDock->hide();
    m_chartsDock->hide();

    m_viewMenu->addSeparator();
    QAction *boardAction = m_boardDock->toggleViewAction();
    boardAction->setObjectName(QStringLiteral("actionProgressBoard"));
    boardAction->setText(tr("Progress &Board"));
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_viewMenu->addAction(boardAction);
    QAction *chartsAction = m_chartsDock->toggleViewAction();
    chartsAction->setObjectName(QStringLiteral("actionCharts"));
    chartsAction->setText(tr("&Charts"));
    chartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_viewMenu->addAction(chartsAction);

    // The two share a tab group: the one just shown comes to the front instead of opening behind the other, and
    // with a useful share of the height rather than the sliver a dock gets beside a full tree.
    for (QDockWidget *dock : {m_boardDock, m_chartsDock}) {
        connect(dock->toggleViewAction(), &QAction::triggered, this, [this, dock](bool shown) {
            if (!shown)
                return;
            dock->raise();
            // Once the show is laid out: a dock that was hidden has no height to compare yet.
            QMetaObject::invokeMethod(
                this,
                [this, dock] {
                    if (dock->height() < height() / 4)
                        resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);
                },
                Qt::QueuedConnection);
        });
    }

    // A hidden board or chart is not read: a 1,000-team cycle costs time only when someone looks.
    connect(m_boardDock, &QDockWidget::visibilityChanged, this, &MainWindow::refreshProgressViews);
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, &MainWindow::refreshProgressViews);
    connect(m_board, &ProgressBoardView::objectiveActivated, this, &MainWindow::selectObjectiveInTree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentItemInCharts);
}

void MainWindow::refreshProgressViews()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_session || cycleId == NoId)
        return;
    if (m_boardDock->isVisible() && m_board->cycleId() != cycleId)
        m_board->showCycle(cycleId);
    if (m_chartsDock->isVisible() && m_charts->cycleId() != cycleId) {
        m_charts->showCycle(cycleId);
        showCurrentItemInCharts();
    }
}

void MainWindow::selectObjectiveInTree(Id objectiveId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->objectiveIndex(objectiveId));
    if (!index.isValid())
        return; // hidden by the tree's filter
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}

void MainWindow::showCurrentItemInCharts()
{
    const QModelIndex current = currentItemIndex();
    if (!current.isValid() || !m_chartsDock->isVisible())
        return;
    const Id itemId = current.data(AlignmentTreeModel::ItemIdRole).value<Id>();
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

void MainWindow::createCycleMenu()
{
    m_cycleMenu = new CycleMenu(this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_cycleMenu);
    connect(m_cycleMenu, &CycleMenu::seedObjective, this, &MainWindow::openSeededOkrWizard);
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
    auto *teamLabel = new QLabel(tr("&Team:"), m_toolBar);
    teamLabel->setContentsMargins(4, 0, 4, 0);
    m_teamFilter = new QComboBox(m_toolBar);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamFilter->setAccessibleName(tr("Team filter"));
    m_teamFilter->setToolTip(tr("Show one team's objectives (and its teams'), in their alignment"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamFilter->setMaxVisibleItems(20);
    m_teamFilter->setEnabled(false);
    teamLabel->setBuddy(m_teamFilter);
    m_toolBar->addWidget(teamLabel);
    m_toolBar->addWidget(m_teamFilter);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTeam(m_teamFilter->currentData().value<Id>());
        restoreExpansion({});
    });

    m_toolBar->addSeparator();
    m_textFilter = new QLineEdit(m_toolBar);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setAccessibleName(tr("Text filter"));
    m_textFilter->setPlaceholderText(
        tr("Filter titles and owners (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMaximumWidth(30 * fontMetrics().averageCharWidth());
    m_toolBar->addWidget(m_textFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        restoreExpansion({});
    });
    auto *findAction = new QAction(tr("Filter"), this);
    findAction->setObjectName(QStringLiteral("actionFilter"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_textFilter->setFocus();
        m_textFilter->selectAll();
    });
    addAction(findAction);
}

void MainWindow::createAlignmentTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("alignmentTree"));
    m_tree->setAccessibleName(tr("Alignment tree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegateForColumn(AlignmentTreeModel::ProgressColumn, new ProgressBarDelegate(m_tree));
    // Every row is one line of text: lets the view skip measuring rows, which matters with thousands of teams.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Objectives dragged onto another objective re-align; key results dragged among their siblings reorder.
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlignmentTreeModel::TitleColumn, QHeaderView::Stretch);
    const int characterWidth = fontMetrics().averageCharWidth();
    header->resizeSection(AlignmentTreeModel::OwnerColumn, 18 * characterWidth);
    header->resizeSection(AlignmentTreeModel::ProgressColumn, 20 * characterWidth);
    // The status column fits its longest words beside the mark, in bold as on top-level rows.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int statusWidth = 0;
    for (const Confidence pace : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack}) {
        for (const Confidence stated : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
            statusWidth =
                std::max(statusWidth, boldMetrics.horizontalAdvance(AlignmentTreeModel::statusText(pace, stated)));
    }
    header->resizeSection(AlignmentTreeModel::StatusColumn,
                          statusWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * characterWidth);
    header->resizeSection(AlignmentTreeModel::ValueColumn, 26 * characterWidth);
    header->resizeSection(AlignmentTreeModel::GradeColumn, 8 * characterWidth);
    header->setMinimumSectionSize(8 * characterWidth);
    setCentralWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_details->showItem(m_filter->mapToSource(current));
        showHistoryOf(m_filter->mapToSource(current));
        updateEditActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_expanded.clear(); // another cycle: nothing of it was expanded yet
        updateEditActions();
    });
    // An edit that moves the current item under another parent (its team changed, it was re-aligned): follow it.
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_currentParentNode = currentItemIndex().parent().internalId(); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (!current.isValid() || m_filter->mapToSource(current).parent().internalId() == m_currentParentNode)
            return;
        for (QModelIndex above = current.parent(); above.isValid(); above = above.parent())
            m_tree->expand(above);
        m_tree->scrollTo(current);
    });
    // Remembered by item, so that rows a filter hid come back as they were.
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_expanded.insert(m_filter->mapToSource(index).internalId()); });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_expanded.remove(m_filter->mapToSource(index).internalId()); });
}

QModelIndex MainWindow::currentItemIndex() const
{
    return m_filter->mapToSource(m_tree->currentIndex());
}

void MainWindow::restoreExpansion(const QModelIndex &parent)
{
    for (int row = 0, rows = m_filter->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m_filter->index(row, AlignmentTreeModel::TitleColumn, parent);
        if (!m_expanded.contains(m_filter->mapToSource(child).internalId()))
            continue;
        m_tree->expand(child);
        restoreExpansion(child);
    }
}

void MainWindow::fillTeamFilter()
{
    const QSignalBlocker blocker(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), NoId);
    QHash<Id, int> depth;
    for (const Team &team : m_session->repository().teams().all()) {
        const int level = team.parentId == NoId ? 0 : depth.value(team.parentId) + 1;
        depth.insert(team.id, level);
        m_teamFilter->addItem(QString(2 * level, QLatin1Char(' ')) + team.name, team.id);
    }
    m_teamFilter->setEnabled(true);
    m_filter->setTeam(NoId);
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
    detailsScroller->setMinimumWidth(m_details->minimumSizeHint().width() +
                                     style()->pixelMetric(QStyle::PM_ScrollBarExtent));
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
    m_detailsDock->raise();
}

void MainWindow::createStatusBar()
{
    m_cycleLabel = new QLabel(statusBar());
    m_cycleLabel->setObjectName(QStringLiteral("cycleLabel"));
    m_progressLabel = new QLabel(statusBar());
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addWidget(m_cycleLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // The tree is the main view: the details take what their forms need, not a third of the window.
        resizeDocks({m_detailsDock}, {36 * fontMetrics().averageCharWidth()}, Qt::Horizontal);
    }
    // A header saved with other columns would put their widths on the wrong ones.
    if (settings.value(QStringLiteral("treeColumns")).toInt() == AlignmentTreeModel::ColumnCount)
        m_tree->header()->restoreState(settings.value(QStringLiteral("treeHeader")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("treeColumns"), int(AlignmentTreeModel::ColumnCount));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::openDocument(const QString &path)
{
    try {
        return useSession(DocumentSession::open(path));
    } catch (const DocumentError &error) {
        MessageBoxes::warning(
            this, tr("Cannot Open Document"),
            tr("Quarterdeck could not open “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
    }
    return false;
}

bool MainWindow::newDocument(const QString &path)
{
    try {
        // The file dialog asked before replacing: a new document starts from an empty file.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        std::unique_ptr<DocumentSession> session = DocumentSession::open(path, Document::OpenMode::CreateIfMissing);
        Repository &repository = session->repository();
        session->document().transaction([&] {
            repository.teams().add({NoId, NoId, QFileInfo(path).completeBaseName()});
            Cycle quarter = Quarter::containing(QDate::currentDate());
            quarter.state = CycleState::Active;
            repository.cycles().add(quarter);
        });
        return useSession(std::move(session));
    } catch (const DocumentError &error) {
        MessageBoxes::warning(
            this, tr("Cannot Create Document"),
            tr("Quarterdeck could not create “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
    }
    return false;
}

bool MainWindow::saveDocumentAs(const QString &path)
{
    if (!m_session)
        return false;
    try {
        if (QFileInfo(path).absoluteFilePath() != QFileInfo(m_session->document().path()).absoluteFilePath()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        m_session->document().saveCopyAs(path);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Save Document"),
                              tr("Quarterdeck could not save a copy as “%1”.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), error.message()));
        return false;
    }
    const Id cycleId = m_model->plan().cycle.id;
    if (!openDocument(path))
        return false;
    fillCycleSelector(cycleId);
    showSelectedCycle();
    return true;
}

bool MainWindow::useSession(std::unique_ptr<DocumentSession> session)
{
    const QList<Cycle> cycles = session->repository().cycles().all();
    const Id cycleId = initialCycle(session->repository(), cycles);
    CyclePlan plan = cycleId == NoId ? CyclePlan{} : session->repository().queries().loadCyclePlan(cycleId);

    // Everything read: only now replace the previous document.
    // Before the model's reload: a cycle that an undo removed is not read again.
    connect(session.get(), &DocumentSession::changed, this, &MainWindow::leaveRemovedCycle);
    m_model->setSession(session.get());
    m_cycleMenu->setDocument(session.get());
    // After the model's: a change of the shown cycle has reloaded the tree when the window follows it.
    connect(session.get(), &DocumentSession::changed, this, &MainWindow::followChange);
    connect(session.get(), &DocumentSession::writeFailed, this, [this](const QString &message) {
        MessageBoxes::warning(this, tr("Cannot Save Change"),
                              tr("The change was not saved and the document is as it was.\n\n%1").arg(message));
    });
    connect(session.get(), &DocumentSession::refused, this, [this](const QString &stepText, const QString &reason) {
        MessageBoxes::warning(this, tr("Not Done: %1").arg(stepText), reason);
    });
    connect(session.get(), &DocumentSession::readFailed, this, [this](const QString &message) {
        MessageBoxes::warning(this, tr("Cannot Read Document"),
                              tr("The document could not be read, so the window may not show its latest "
                                 "state.\n\n%1")
                                  .arg(message));
    });
    m_undoGroup->addStack(session->undoStack());
    m_undoGroup->setActiveStack(session->undoStack());
    delete m_history;
    m_history = new KeyResultHistoryView(*session, m_historyDock);
    m_historyDock->setWidget(m_history);
    delete m_teamNotes;
    m_teamNotes = new TeamNotesView(*session, m_teamNotesDock);
    m_teamNotesDock->setWidget(m_teamNotes);
    m_session = std::move(session);
    m_cycleMenu->setCurrentCycle(cycleId);
    m_board->setRepository(&m_session->repository());
    m_charts->setRepository(&m_session->repository());
    fillCycleSelector(cycleId);
    fillTeamFilter();
    m_model->setPlan(std::move(plan));

    setWindowTitle(tr("%1 — Quarterdeck").arg(m_session->document().displayName()));
    setWindowFilePath(m_session->document().path());
    RecentFiles::add(m_session->document().path());
    rebuildRecentMenu();
    expandObjectives({});
    updateStatusBar();
    updateEditActions();
    refreshProgressViews();
    m_tree->setFocus();
    return true;
}

QString MainWindow::documentFolder() const
{
    return m_session ? QFileInfo(m_session->document().path()).absolutePath() : QDir::homePath();
}

void MainWindow::chooseDocumentToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Document"), documentFolder(), tr("Quarterdeck documents (*.okr)"));
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::chooseNewDocument()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Document"), documentFolder(), tr("Quarterdeck documents (*.okr)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".okr");
    newDocument(path);
}

void MainWindow::chooseSaveAs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save a Copy As"), documentFolder(), tr("Quarterdeck documents (*.okr)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".okr");
    saveDocumentAs(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        // Numbered 1-8 as mnemonics, so the menu works from the keyboard; a "&" in a name is not one.
        const QString name = QFileInfo(path).completeBaseName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDocument(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clearAction = m_recentMenu->addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
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

void MainWindow::showAbout()
{
    MessageBoxes::about(this, tr("About Quarterdeck"),
                        tr("<h3>Quarterdeck %1</h3>"
                           "<p>Plan and track OKRs on your own machine: one local file per organisation.</p>")
                            .arg(QStringLiteral(QUARTERDECK_VERSION)));
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
    try {
        m_model->setPlan(m_session->repository().queries().loadCyclePlan(cycleId));
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Cycle"), error.message());
        return;
    }
    m_cycleMenu->setCurrentCycle(cycleId);
    expandObjectives({});
    updateStatusBar();
    refreshProgressViews();
}

void MainWindow::leaveRemovedCycle(const DocumentChange &change)
{
    const Id shownCycleId = m_model->plan().cycle.id;
    if (change.kind == DocumentChange::Kind::CyclesChanged && shownCycleId != NoId &&
        !m_session->repository().cycles().byId(shownCycleId))
        showCycleAfterChange(change.cycleId);
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
        m_model->setPlan(CyclePlan{});
        m_cycleMenu->setCurrentCycle(NoId);
        m_board->setRepository(&m_session->repository());
        m_charts->setRepository(&m_session->repository());
    } else {
        showSelectedCycle();
    }
}

void MainWindow::expandObjectives(const QModelIndex &parent)
{
    // Team nodes and objectives open down to the key results; initiatives stay folded under them.
    for (int row = 0, rows = m_filter->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m_filter->index(row, AlignmentTreeModel::TitleColumn, parent);
        const AlignmentTreeModel::NodeKind kind = AlignmentTreeModel::nodeKind(m_filter->mapToSource(child));
        if (kind != AlignmentTreeModel::NodeKind::Objective && kind != AlignmentTreeModel::NodeKind::Team)
            continue;
        m_tree->expand(child);
        expandObjectives(child);
    }
}

void MainWindow::updateStatusBar()
{
    // Grades are given at the review, when the cycle closes.
    m_tree->setColumnHidden(AlignmentTreeModel::GradeColumn,
                            !m_session || m_model->plan().cycle.state != CycleState::Closed);
    if (!m_session || m_cycleSelector->count() == 0) {
        m_cycleLabel->setText(m_session ? tr("No cycles yet") : QString());
        m_progressLabel->clear();
        return;
    }
    const Cycle &cycle = m_model->plan().cycle;
    m_cycleLabel->setText(
        tr("%1: %2, %3").arg(cycle.name, DomainText::cycleDates(cycle), DomainText::cycleState(cycle.state)));
    m_progressLabel->setText(
        tr("Overall progress %1 (expected %2)")
            .arg(DomainText::percent(m_model->progress().cycle()), DomainText::percent(m_model->expectedProgress())));
}

void MainWindow::followChange(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::CyclesChanged)
        showCycleAfterChange(change.cycleId);
    updateStatusBar();
    updateEditActions();
    if (change.kind == DocumentChange::Kind::KpisChanged)
        return; // the board and the charts show no KPIs
    // The board and the charts read the document again when shown; hidden, they are only marked out of date
    // (setRepository forgets the cycle, so showing them reads it afresh).
    if (m_boardDock->isVisible())
        m_board->reload();
    else
        m_board->setRepository(&m_session->repository());
    if (m_chartsDock->isVisible())
        m_charts->reload();
    else
        m_charts->setRepository(&m_session->repository());
}

void MainWindow::updateEditActions()
{
    const bool editable = m_session && m_model->plan().cycle.id != NoId;
    const QModelIndex current = currentItemIndex();
    // A team node is no item of the document: nothing to rename or delete, but objectives can be added to it.
    const bool onItem =
        current.isValid() && AlignmentTreeModel::nodeKind(current) != AlignmentTreeModel::NodeKind::Team;
    m_saveAsAction->setEnabled(m_session != nullptr);
    m_addObjectiveAction->setEnabled(editable && !m_model->plan().teams.isEmpty());
    m_addBelowAction->setEnabled(editable && current.isValid());
    m_renameAction->setEnabled(editable && onItem);
    m_deleteAction->setEnabled(editable && onItem);
    m_newOkrAction->setEnabled(editable && !m_model->plan().teams.isEmpty());
    m_reworkOkrAction->setEnabled(editable && onItem);
    m_checkInAction->setEnabled(m_session != nullptr);
}

void MainWindow::showHistoryOf(const QModelIndex &index)
{
    if (!m_session)
        return;
    // An initiative shows the history of the key result it serves.
    const QModelIndex keyResult = enclosing(index, AlignmentTreeModel::NodeKind::KeyResult);
    const QModelIndex objective = enclosing(index, AlignmentTreeModel::NodeKind::Objective);
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
    // Window-modal and not exec(): the tree stays painted behind it and a test can reach the open dialog.
    auto *dialog = new CheckInDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Id teamId = m_model->teamId(currentItemIndex()); teamId != NoId)
        dialog->setTeamAndWeek(teamId, dialog->week());
    dialog->open();
}

void MainWindow::addObjective()
{
    if (!m_addObjectiveAction->isEnabled())
        return;
    const CyclePlan &plan = m_model->plan();
    Objective objective;
    objective.cycleId = plan.cycle.id;
    objective.title = tr("New objective");
    objective.position = -1;
    // Next to the selected objective, in its team and alignment; on a team node, one of that team aligned to
    // nothing; without a selection, a company objective.
    const QModelIndex current = currentItemIndex();
    const QModelIndex selected = enclosing(current, AlignmentTreeModel::NodeKind::Objective);
    if (selected.isValid()) {
        const Objective sibling = std::get<Objective>(m_model->item(selected));
        objective.teamId = sibling.teamId;
        objective.parentId = sibling.parentId;
        objective.position = sibling.position + 1;
    } else if (current.isValid()) {
        objective.teamId = m_model->teamId(current);
    } else {
        objective.teamId = plan.teams.first().id; // parents come first: the company
    }
    auto *command = new AddTreeItemCommand(*m_session, plan.cycle.id, objective);
    if (m_session->push(command).isDone()) // else it was reported, and the stack deleted it
        selectAndRename(m_model->objectiveIndex(command->addedId()));
}

void MainWindow::addBelow()
{
    const QModelIndex current = currentItemIndex();
    if (!m_addBelowAction->isEnabled() || !current.isValid())
        return;
    const Id cycleId = m_model->plan().cycle.id;
    if (AlignmentTreeModel::nodeKind(current) == AlignmentTreeModel::NodeKind::Team) {
        addObjective(); // below a team node go the team's objectives
        return;
    }
    const TreeItem selected = m_model->item(current);
    TreeItem added;
    if (const auto *objective = std::get_if<Objective>(&selected)) {
        KeyResult keyResult;
        keyResult.objectiveId = objective->id;
        keyResult.title = tr("New key result");
        keyResult.target = 100;
        keyResult.position = -1;
        added = keyResult;
    } else {
        Initiative initiative;
        initiative.keyResultId = std::holds_alternative<KeyResult>(selected)
                                     ? std::get<KeyResult>(selected).id
                                     : std::get<Initiative>(selected).keyResultId;
        initiative.title = tr("New initiative");
        initiative.position =
            std::holds_alternative<Initiative>(selected) ? std::get<Initiative>(selected).position + 1 : -1;
        added = initiative;
    }
    auto *command = new AddTreeItemCommand(*m_session, cycleId, added);
    if (!m_session->push(command).isDone())
        return; // reported by the session; the stack deleted the command
    const Id id = command->addedId();
    selectAndRename(std::holds_alternative<KeyResult>(added) ? m_model->keyResultIndex(id)
                                                             : m_model->initiativeIndex(id));
}

void MainWindow::selectAndRename(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex shown = m_filter->mapFromSource(index);
    m_tree->expand(shown.parent());
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
    m_tree->edit(shown.siblingAtColumn(AlignmentTreeModel::TitleColumn));
}

void MainWindow::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_renameAction->isEnabled() && current.isValid())
        m_tree->edit(current.siblingAtColumn(AlignmentTreeModel::TitleColumn));
}

void MainWindow::deleteCurrent()
{
    const QModelIndex current = currentItemIndex();
    if (!m_deleteAction->isEnabled() || !current.isValid())
        return;
    const TreeItem item = m_model->item(current);
    const RemovedItems removed = TreeItems::subtree(m_session->repository(), item);
    const qsizetype children =
        removed.keyResults.size() + removed.initiatives.size() - (std::holds_alternative<Objective>(item) ? 0 : 1);
    if (children > 0 || !removed.alignedObjectiveIds.isEmpty()) {
        QString text =
            tr("Delete “%1” with %n item(s) below it?", nullptr, int(children)).arg(TreeItems::titleOf(item));
        if (!removed.updates.isEmpty())
            text += QLatin1Char(' ') + tr("Their %n check-in value(s) go too.", nullptr, int(removed.updates.size()));
        if (!removed.alignedObjectiveIds.isEmpty())
            text += QLatin1Char(' ') + tr("%n aligned objective(s) stay, no longer aligned.", nullptr,
                                          int(removed.alignedObjectiveIds.size()));
        text += QLatin1Char('\n') + tr("You can undo this.");
        if (!MessageBoxes::question(this, tr("Delete"), text, tr("&Delete")))
            return;
    }
    // The row below (or above) takes the selection, so Delete can be pressed again.
    const QModelIndex neighbour =
        current.siblingAtRow(current.row() + 1).isValid()
            ? current.siblingAtRow(current.row() + 1)
            : (current.row() > 0 ? current.siblingAtRow(current.row() - 1) : current.parent());
    const QPersistentModelIndex next(neighbour);
    m_session->push(new RemoveTreeItemCommand(*m_session, m_model->plan().cycle.id, item));
    if (next.isValid())
        m_tree->setCurrentIndex(m_filter->mapFromSource(next));
}

void MainWindow::setPresentationMode(bool on)
{
    // A larger font everywhere in the window, and the whole screen: readable from the back of the room. The tree's
    // fixed columns grow and shrink with the font, so their larger text is not cut; the title takes the rest.
    constexpr double scale = 1.6;
    if (on) {
        m_normalFont = font();
        QFont large = m_normalFont;
        large.setPointSizeF(m_normalFont.pointSizeF() * scale);
        setFont(large);
        showFullScreen();
    } else {
        setFont(m_normalFont);
        showNormal();
    }
    QHeaderView *header = m_tree->header();
    for (int column = 0; column < header->count(); ++column) {
        if (column != AlignmentTreeModel::TitleColumn)
            header->resizeSection(column, qRound(header->sectionSize(column) * (on ? scale : 1.0 / scale)));
    }
}

void MainWindow::createOkrWizardActions()
{
    QToolBar *toolBar = addToolBar(tr("Plan"));
    toolBar->setObjectName(QStringLiteral("planToolBar"));
    toolBar->setMovable(false);

    m_newOkrAction = new QAction(tr("New O&KR…"), this);
    m_newOkrAction->setObjectName(QStringLiteral("actionNewOkr"));
    m_newOkrAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newOkrAction->setStatusTip(tr("Write an objective with its key results and initiatives, step by step, with the "
                                    "coach's advice"));
    connect(m_newOkrAction, &QAction::triggered, this, [this] { openOkrWizard(NoId); });

    m_reworkOkrAction = new QAction(tr("Re&work Key Results…"), this);
    m_reworkOkrAction->setObjectName(QStringLiteral("actionReworkOkr"));
    m_reworkOkrAction->setStatusTip(tr("Open the selected objective in the OKR wizard; the coach reviews its key "
                                       "results again"));
    connect(m_reworkOkrAction, &QAction::triggered, this, [this] {
        const QModelIndex objective = enclosing(currentItemIndex(), AlignmentTreeModel::NodeKind::Objective);
        if (objective.isValid())
            openOkrWizard(std::get<Objective>(m_model->item(objective)).id);
    });

    toolBar->addAction(m_newOkrAction);
    if (QMenu *editMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        editMenu->addSeparator();
        editMenu->addAction(m_newOkrAction);
        editMenu->addAction(m_reworkOkrAction);
    }
    // The tree's context menu lists its actions: the wizard's, then renaming and deleting.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->insertActions(m_tree->actions().value(0), {m_newOkrAction, m_reworkOkrAction});
}

OkrWizard *MainWindow::createOkrWizard(Id reworkedObjectiveId)
{
    if (!m_newOkrAction->isEnabled())
        return nullptr;
    auto *wizard = new OkrWizard(*m_session, m_model->plan().cycle.id, reworkedObjectiveId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OkrWizard::okrSaved, this, &MainWindow::selectObjective);
    return wizard;
}

void MainWindow::openOkrWizard(Id reworkedObjectiveId)
{
    OkrWizard *wizard = createOkrWizard(reworkedObjectiveId);
    if (!wizard)
        return;
    const QModelIndex current = currentItemIndex();
    const QModelIndex selected = enclosing(current, AlignmentTreeModel::NodeKind::Objective);
    if (reworkedObjectiveId == NoId && !selected.isValid() && current.isValid()) {
        wizard->suggestPlacement(m_model->teamId(current), NoId); // a team node: an objective of that team
    } else if (reworkedObjectiveId == NoId && selected.isValid()) {
        // A new OKR from a selected objective: a team below it contributes to it; without one, a sibling.
        const Objective objective = std::get<Objective>(m_model->item(selected));
        const QList<Team> &teams = m_model->plan().teams;
        const auto child = std::find_if(teams.begin(), teams.end(),
                                        [&objective](const Team &team) { return team.parentId == objective.teamId; });
        if (child != teams.end())
            wizard->suggestPlacement(child->id, objective.id);
        else
            wizard->suggestPlacement(objective.teamId, objective.parentId);
    }
    wizard->open();
}

void MainWindow::openSeededOkrWizard(Id teamId, const QString &title)
{
    OkrWizard *wizard = createOkrWizard(NoId);
    if (!wizard) {
        MessageBoxes::warning(this, tr("Cannot Write an Objective"),
                              tr("Objectives belong to a cycle: add one first (Cycle > New Cycle…)."));
        return;
    }
    if (teamId == NoId) {
        // A company-wide KPI has no team of its own: the company (the root team) writes the objective.
        const QList<Team> &teams = m_model->plan().teams;
        const auto company =
            std::find_if(teams.begin(), teams.end(), [](const Team &team) { return team.parentId == NoId; });
        teamId = company != teams.end() ? company->id : NoId;
    }
    wizard->suggestPlacement(teamId, NoId);
    wizard->suggestTitle(title);
    // The request came from the KPI window: bring the plan forward, with the wizard over it.
    raise();
    activateWindow();
    wizard->open();
}

void MainWindow::selectObjective(Id cycleId, Id objectiveId)
{
    if (cycleId != m_model->plan().cycle.id)
        m_cycleSelector->setCurrentIndex(m_cycleSelector->findData(cycleId)); // shows that cycle
    // A filter may hide the objective: show it anyway, it is what the user just wrote.
    QModelIndex index = m_filter->mapFromSource(m_model->objectiveIndex(objectiveId));
    if (!index.isValid()) {
        m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(NoId)));
        m_textFilter->clear();
        index = m_filter->mapFromSource(m_model->objectiveIndex(objectiveId));
    }
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->expand(index);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}
