#include "MainWindow.h"

#include "AlignmentTreeModel.h"
#include "Document.h"
#include "DocumentError.h"
#include "DomainText.h"
#include "MessageBoxes.h"
#include "ProgressBarDelegate.h"
#include "RecentFiles.h"
#include "ReportExport.h"
#include "Repository.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace {

QString settingsGroup()
{
    return QStringLiteral("MainWindow");
}

// The cycle a document opens on: the active quarter, else the latest one.
Id initialCycle(const Repository &repository, const QList<Cycle> &cycles)
{
    if (const std::optional<Cycle> active = repository.activeCycle())
        return active->id;
    return cycles.isEmpty() ? NoId : cycles.last().id;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AlignmentTreeModel(this))
{
    setWindowTitle(tr("Quarterdeck"));
    createActions();
    createCycleToolBar();
    createAlignmentTree();
    createStatusBar();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));

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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Quarterdeck"));
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createCycleToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Cycle"));
    toolBar->setObjectName(QStringLiteral("cycleToolBar"));
    toolBar->setMovable(false);

    auto *label = new QLabel(tr("C&ycle:"), toolBar);
    label->setContentsMargins(4, 0, 4, 0);
    m_cycleSelector = new QComboBox(toolBar);
    m_cycleSelector->setObjectName(QStringLiteral("cycleSelector"));
    m_cycleSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cycleSelector->setToolTip(tr("The cycle whose objectives are shown"));
    m_cycleSelector->setEnabled(false);
    label->setBuddy(m_cycleSelector);
    toolBar->addWidget(label);
    toolBar->addWidget(m_cycleSelector);
    connect(m_cycleSelector, &QComboBox::currentIndexChanged, this, &MainWindow::showSelectedCycle);
}

void MainWindow::createAlignmentTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("alignmentTree"));
    m_tree->setAccessibleName(tr("Alignment tree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(AlignmentTreeModel::ProgressColumn, new ProgressBarDelegate(m_tree));
    // Every row is one line of text: lets the view skip measuring rows, which matters with thousands of teams.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlignmentTreeModel::TitleColumn, QHeaderView::Stretch);
    const int characterWidth = fontMetrics().averageCharWidth();
    header->resizeSection(AlignmentTreeModel::OwnerColumn, 24 * characterWidth);
    header->resizeSection(AlignmentTreeModel::ProgressColumn, 26 * characterWidth);
    header->resizeSection(AlignmentTreeModel::ValueColumn, 30 * characterWidth);
    header->setMinimumSectionSize(8 * characterWidth);
    setCentralWidget(m_tree);
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
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_tree->header()->restoreState(settings.value(QStringLiteral("treeHeader")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::openDocument(const QString &path)
{
    try {
        std::unique_ptr<Document> document = Document::open(path);
        auto repository = std::make_unique<Repository>(*document);
        const QList<Cycle> cycles = repository->cycles();
        const Id cycleId = initialCycle(*repository, cycles);
        CyclePlan plan = cycleId == NoId ? CyclePlan{} : repository->loadCyclePlan(cycleId);

        // Everything read: only now replace the previous document (the old repository goes before its document).
        m_repository = std::move(repository);
        m_document = std::move(document);
        fillCycleSelector(cycleId);
        m_model->setPlan(std::move(plan));
    } catch (const DocumentError &error) {
        MessageBoxes::warning(
            this, tr("Cannot Open Document"),
            tr("Quarterdeck could not open “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
        return false;
    }

    setWindowTitle(tr("%1 — Quarterdeck").arg(m_document->displayName()));
    setWindowFilePath(m_document->path());
    RecentFiles::add(m_document->path());
    rebuildRecentMenu();
    expandObjectives({});
    updateStatusBar();
    m_tree->setFocus();
    return true;
}

void MainWindow::chooseDocumentToOpen()
{
    const QString directory = m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Document"), directory, tr("Quarterdeck documents (*.okr)"));
    if (!path.isEmpty())
        openDocument(path);
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
    if (!m_repository || cycleId == NoId) {
        MessageBoxes::warning(this, tr("Cannot Export Report"), tr("Open a document with a cycle first."));
        return;
    }
    const QString path = ReportExport::exportCycle(this, *m_repository, cycleId, m_document->path());
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
    for (const Cycle &cycle : m_repository->cycles()) {
        m_cycleSelector->addItem(tr("%1 (%2)").arg(cycle.name, DomainText::cycleState(cycle.state)), cycle.id);
        m_cycleSelector->setItemData(m_cycleSelector->count() - 1, DomainText::cycleDates(cycle), Qt::ToolTipRole);
    }
    m_cycleSelector->setCurrentIndex(m_cycleSelector->findData(selectedCycleId));
    m_cycleSelector->setEnabled(m_cycleSelector->count() > 0);
}

void MainWindow::showSelectedCycle()
{
    const Id cycleId = m_cycleSelector->currentData().value<Id>();
    if (!m_repository || cycleId == NoId)
        return;
    try {
        m_model->setPlan(m_repository->loadCyclePlan(cycleId));
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Cycle"), error.message());
        return;
    }
    expandObjectives({});
    updateStatusBar();
}

void MainWindow::expandObjectives(const QModelIndex &parent)
{
    // Objectives open down to their key results; initiatives stay folded under them.
    for (int row = 0, rows = m_model->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m_model->index(row, AlignmentTreeModel::TitleColumn, parent);
        if (AlignmentTreeModel::nodeKind(child) != AlignmentTreeModel::NodeKind::Objective)
            continue;
        m_tree->expand(child);
        expandObjectives(child);
    }
}

void MainWindow::updateStatusBar()
{
    if (!m_document || m_cycleSelector->count() == 0) {
        m_cycleLabel->setText(m_document ? tr("No cycles yet") : QString());
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
