#include "tree/PlanView.h"

#include "commands/AddTreeItemCommand.h"
#include "commands/RemoveTreeItemCommand.h"
#include "document/DocumentSession.h"
#include "model/NewPlanItems.h"
#include "model/OkrPlacement.h"
#include "model/Organisation.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/StatusWords.h"
#include "tree/AlignmentFilterModel.h"
#include "tree/AlignmentTreeView.h"
#include "tree/EmptyPlanPanel.h"
#include "tree/TreeCellPresenter.h"
#include "widgets/Accessibility.h"
#include "widgets/ColumnWidths.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ProgressBarDelegate.h"
#include "widgets/TextLimitDelegate.h"
#include "wizard/OkrWizard.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlignmentTreeModel(this))
    , m_filter(new AlignmentFilterModel(m_model, this))
{
    createTree();
    createFilters();
    keepExpansionAndCurrentItem();
    createEditActions();
    createOkrWizardActions();
    createEmptyState();
    showGradeColumnWhenClosed();
    updateEditActions();
}

PlanView::~PlanView() = default;

QModelIndex PlanView::enclosing(QModelIndex index, AlignmentTreeModel::NodeKind kind)
{
    while (index.isValid() && AlignmentTreeModel::nodeKind(index) != kind)
        index = index.parent();
    return index;
}

DocumentSession *PlanView::session() const
{
    return m_model->session();
}

bool PlanView::isEditable() const
{
    return session() && !session()->document().isReadOnly() && m_model->plan().cycle.id != NoId;
}

void PlanView::setSession(DocumentSession *session)
{
    m_model->setSession(session);
    fillTeamFilter(NoId);
    if (session) {
        connect(session, &DocumentSession::changed, this, [this](const DocumentChange &change) {
            if (!change.mayChangeTeams())
                return;
            fillTeamFilter(m_teamFilter->currentData().value<Id>());
            updateEmptyState();
        });
    }
}

void PlanView::createTree()
{
    m_tree = new AlignmentTreeView(this);
    m_tree->setObjectName(QStringLiteral("alignmentTree"));
    m_tree->setAccessibleName(tr("Alignment tree"));
    m_tree->setModel(m_filter);
    // Titles of every kind share one limit; the owner column edits owners (an objective's team is not edited here).
    m_tree->setItemDelegate(new TextLimitDelegate({{AlignmentTreeModel::TitleColumn, TextField::ObjectiveTitle},
                                                   {AlignmentTreeModel::OwnerColumn, TextField::Owner}},
                                                  m_tree));
    m_tree->setItemDelegateForColumn(AlignmentTreeModel::ProgressColumn, new ProgressBarDelegate(m_tree));
    // Every row is one line of text: lets the view skip measuring rows, which matters with thousands of teams.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Objectives dragged onto another objective re-align; key results dragged among their siblings reorder: the
    // view says which while dragging, and the status bar keeps it.
    connect(m_tree, &AlignmentTreeView::dropHintChanged, this, &PlanView::statusMessage);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlignmentTreeModel::TitleColumn, QHeaderView::Stretch);
    // The title takes what the numbers leave: they get what their usual text needs ("12,749 / 15,000 views"), and
    // a longer title loses its middle, not its end (the tooltip has it whole).
    m_tree->setTextElideMode(Qt::ElideMiddle);
    const int characterWidth = fontMetrics().averageCharWidth();
    // A team's name in bold, as on the top rows ("Northwind Labs", "Customer Success"), or an owner's.
    ColumnWidths::fit(header, AlignmentTreeModel::OwnerColumn, 20 * characterWidth);
    ColumnWidths::fit(header, AlignmentTreeModel::ProgressColumn, 13 * characterWidth);
    // The status column fits its longest words beside the mark on a key result's row (a bold team row may lose
    // the end of its reason, which the tooltip has).
    int statusWidth = 0;
    for (const Confidence pace : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack}) {
        for (const Confidence stated : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
            statusWidth = std::max(statusWidth, fontMetrics().horizontalAdvance(StatusWords::brief(pace, stated)));
    }
    ColumnWidths::fit(header, AlignmentTreeModel::StatusColumn,
                      statusWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * characterWidth);
    ColumnWidths::fit(header, AlignmentTreeModel::ValueColumn, 24 * characterWidth);
    ColumnWidths::fit(header, AlignmentTreeModel::GradeColumn, 8 * characterWidth);
    header->setMinimumSectionSize(8 * characterWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
}

void PlanView::keepExpansionAndCurrentItem()
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateEditActions();
        emit currentItemChanged(m_filter->mapToSource(current));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_expanded.clear(); // another cycle: nothing of it was expanded yet
        showGradeColumnWhenClosed();
        updateEmptyState();
        updateEditActions();
    });
    // An edit that moves the current item under another parent (its team changed, it was re-aligned): follow it.
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_currentParentNode = currentItemIndex().parent().internalId(); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        showGradeColumnWhenClosed();
        updateEmptyState();
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

void PlanView::showGradeColumnWhenClosed()
{
    // Grades are given at the review, when the cycle closes.
    m_tree->setColumnHidden(AlignmentTreeModel::GradeColumn,
                            !session() || m_model->plan().cycle.state != CycleState::Closed);
}

void PlanView::createFilters()
{
    m_teamLabel = new QLabel(tr("&Team:"), this);
    m_teamLabel->setContentsMargins(4, 0, 4, 0);
    m_teamFilter = new QComboBox(this);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamFilter->setAccessibleName(tr("Team filter"));
    m_teamFilter->setToolTip(tr("Show one team's objectives (and its teams'), in their alignment"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamFilter->setMaxVisibleItems(20);
    m_teamFilter->setEnabled(false);
    m_teamLabel->setBuddy(m_teamFilter);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTeam(m_teamFilter->currentData().value<Id>());
        restoreExpansion({});
    });

    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setAccessibleName(tr("Text filter"));
    m_textFilter->setPlaceholderText(
        tr("Filter titles and owners (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_textFilter->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_textFilter);
    m_textFilter->setMaximumWidth(30 * fontMetrics().averageCharWidth());
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

void PlanView::addFiltersTo(QToolBar *toolBar)
{
    toolBar->addWidget(m_teamLabel);
    toolBar->addWidget(m_teamFilter);
    toolBar->addSeparator();
    toolBar->addWidget(m_textFilter);
}

void PlanView::fillTeamFilter(Id chosenTeamId)
{
    const QSignalBlocker blocker(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), NoId);
    const QList<Team> teams = session()->repository().teams().all();
    const Organisation organisation(teams);
    for (const Team &team : teams)
        m_teamFilter->addItem(QString(2 * organisation.depth(team.id), QLatin1Char(' ')) + team.name, team.id);
    m_teamFilter->setEnabled(true);
    const int chosenRow = std::max(0, m_teamFilter->findData(chosenTeamId));
    m_teamFilter->setCurrentIndex(chosenRow);
    m_filter->setTeam(m_teamFilter->itemData(chosenRow).value<Id>());
}

void PlanView::restoreExpansion(const QModelIndex &parent)
{
    for (int row = 0, rows = m_filter->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m_filter->index(row, AlignmentTreeModel::TitleColumn, parent);
        if (!m_expanded.contains(m_filter->mapToSource(child).internalId()))
            continue;
        m_tree->expand(child);
        restoreExpansion(child);
    }
}

void PlanView::expandObjectives()
{
    m_expandWhenShown = isHidden();
    if (!m_expandWhenShown)
        expandObjectivesBelow({});
}

bool PlanView::event(QEvent *event)
{
    // Sent when the stack shows this page again, even in a window not on screen yet.
    if (event->type() == QEvent::ShowToParent && m_expandWhenShown) {
        m_expandWhenShown = false;
        expandObjectivesBelow({});
    }
    return QWidget::event(event);
}

void PlanView::expandObjectivesBelow(const QModelIndex &parent)
{
    // Team nodes and objectives open down to the key results; initiatives stay folded under them.
    for (int row = 0, rows = m_filter->rowCount(parent); row < rows; ++row) {
        const QModelIndex child = m_filter->index(row, AlignmentTreeModel::TitleColumn, parent);
        const AlignmentTreeModel::NodeKind kind = AlignmentTreeModel::nodeKind(m_filter->mapToSource(child));
        if (kind != AlignmentTreeModel::NodeKind::Objective && kind != AlignmentTreeModel::NodeKind::Team)
            continue;
        m_tree->expand(child);
        expandObjectivesBelow(child);
    }
}

QModelIndex PlanView::currentItemIndex() const
{
    return m_filter->mapToSource(m_tree->currentIndex());
}

Id PlanView::currentTeamId() const
{
    return m_model->teamId(currentItemIndex());
}

Id PlanView::currentObjectiveId() const
{
    return m_model->objectiveId(currentItemIndex());
}

void PlanView::setTeamActions(QAction *teams, QAction *newTeam)
{
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addActions({separator, teams, newTeam});
    m_emptyPanel->setNewTeamAction(newTeam);
}

void PlanView::createEmptyState()
{
    m_carryOverAction = new QAction(tr("Carry Over…"), this);
    m_carryOverAction->setObjectName(QStringLiteral("actionCarryOverIntoShown"));
    connect(m_carryOverAction, &QAction::triggered, this, [this] { emit carryOverRequested(m_earlierCycleId); });
    m_emptyPanel = new EmptyPlanPanel(m_newOkrAction, m_carryOverAction, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_emptyPanel);
}

void PlanView::updateEmptyState()
{
    const CyclePlan &plan = m_model->plan();
    std::optional<Cycle> earlier;
    bool hasTeams = true;
    try {
        if (session() && plan.cycle.id != NoId && plan.objectives.isEmpty()) {
            // The latest cycle of the same kind that started before this one: where unfinished objectives come from.
            for (const Cycle &cycle : session()->repository().cycles().all()) {
                if (cycle.start < plan.cycle.start && cycle.annual == plan.cycle.annual)
                    earlier = cycle;
            }
        }
        hasTeams = !session() || !session()->repository().teams().organisationName().isEmpty();
    } catch (const DocumentError &) {
        // A damaged document: the window says so once (DocumentController); no advice meanwhile.
        m_emptyPanel->hide();
        return;
    }
    m_earlierCycleId = earlier ? earlier->id : NoId;
    m_carryOverAction->setText(earlier ? tr("Carry Over from %1…").arg(earlier->name) : tr("Carry Over…"));
    m_carryOverAction->setEnabled(earlier && isEditable());
    if (session())
        m_emptyPanel->showFor(hasTeams, plan, earlier ? earlier->name : QString());
    else
        m_emptyPanel->hide();
}

void PlanView::focusTree()
{
    m_tree->setFocus();
}

QByteArray PlanView::headerState() const
{
    return m_tree->header()->saveState();
}

void PlanView::restoreHeaderState(const QByteArray &state)
{
    m_tree->header()->restoreState(state);
}

void PlanView::presentTitlesFirst(double fontScale)
{
    QHeaderView *header = m_tree->header();
    m_presentedWidths.clear();
    for (int column = 0; column < header->count(); ++column) {
        if (column != AlignmentTreeModel::TitleColumn)
            m_presentedWidths.insert(column, qRound(header->sectionSize(column) * fontScale));
    }
    fitPresentedColumns();
}

void PlanView::endPresentation()
{
    m_presentedWidths.clear();
}

void PlanView::fitPresentedColumns()
{
    if (m_presentedWidths.isEmpty())
        return;
    QHash<int, int> widths = m_presentedWidths;
    int wanted = 0;
    for (auto column = widths.cbegin(); column != widths.cend(); ++column) {
        if (!m_tree->isColumnHidden(column.key()))
            wanted += column.value();
    }
    // Half of the room a vertical scroll bar leaves: the title, which stretches, gets the other half at least.
    const int room = std::max(
        0, (m_tree->maximumViewportSize().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tree)) /
               2);
    // The owners give way first: the room reads what is to be achieved and how far it is, then who does it.
    int &owner = widths[AlignmentTreeModel::OwnerColumn];
    const int ownerGives = std::clamp(wanted - room, 0, std::max(0, owner - m_tree->header()->minimumSectionSize()));
    owner -= ownerGives;
    wanted -= ownerGives;
    const double shrink = wanted > room ? double(room) / wanted : 1.0;
    for (auto column = widths.cbegin(); column != widths.cend(); ++column)
        m_tree->header()->resizeSection(column.key(), int(column.value() * shrink));
}

void PlanView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPresentedColumns();
}

void PlanView::createEditActions()
{
    m_addObjectiveAction = new QAction(tr("New &Objective"), this);
    m_addObjectiveAction->setObjectName(QStringLiteral("actionAddObjective"));
    m_addObjectiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addObjectiveAction->setStatusTip(
        tr("Add an objective next to the selected one (same team and alignment), or a company objective"));
    connect(m_addObjectiveAction, &QAction::triggered, this, &PlanView::addObjective);

    m_addBelowAction = new QAction(tr("Add &Below"), this);
    m_addBelowAction->setObjectName(QStringLiteral("actionAddBelow"));
    m_addBelowAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addBelowAction->setStatusTip(
        tr("Add a key result to the selected objective, or an initiative to the selected key result"));
    connect(m_addBelowAction, &QAction::triggered, this, &PlanView::addBelow);

    m_renameAction = new QAction(tr("Re&name"), this);
    m_renameAction->setObjectName(QStringLiteral("actionRename"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 is also the tree's own edit key: the action must not take it from the tree's editor.
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_renameAction);
    connect(m_renameAction, &QAction::triggered, this, &PlanView::renameCurrent);

    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the tree: Delete in a text field deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &PlanView::deleteCurrent);
}

QList<QAction *> PlanView::editActions() const
{
    return {m_addObjectiveAction, m_addBelowAction, m_renameAction, m_deleteAction};
}

void PlanView::updateEditActions()
{
    const bool editable = isEditable();
    const QModelIndex current = currentItemIndex();
    // A team node is no item of the document: nothing to rename or delete, but objectives can be added to it.
    const bool onItem =
        current.isValid() && AlignmentTreeModel::nodeKind(current) != AlignmentTreeModel::NodeKind::Team;
    m_addObjectiveAction->setEnabled(editable && !m_model->plan().teams.isEmpty());
    m_addBelowAction->setEnabled(editable && current.isValid());
    m_renameAction->setEnabled(editable && onItem);
    m_deleteAction->setEnabled(editable && onItem);
    m_newOkrAction->setEnabled(editable && !m_model->plan().teams.isEmpty());
    m_reworkOkrAction->setEnabled(editable && onItem);
}

void PlanView::addObjective()
{
    if (!m_addObjectiveAction->isEnabled())
        return;
    const CyclePlan &plan = m_model->plan();
    // Next to the selected objective, in its team and alignment; on a team node, one of that team aligned to
    // nothing; without a selection, a company objective.
    const QModelIndex current = currentItemIndex();
    const QModelIndex selected = enclosing(current, AlignmentTreeModel::NodeKind::Objective);
    const Objective objective =
        selected.isValid()  ? NewPlanItems::objectiveBeside(std::get<Objective>(m_model->item(selected)))
        : current.isValid() ? NewPlanItems::objectiveOf(plan.cycle.id, m_model->teamId(current))
                            : NewPlanItems::objectiveOf(plan.cycle.id, OkrPlacement::companyTeam(plan.teams));
    auto *command = new AddTreeItemCommand(*session(), plan.cycle.id, objective);
    if (session()->push(command).isDone()) // else it was reported, and the stack deleted it
        selectAndRename(m_model->objectiveIndex(command->addedId()));
}

void PlanView::addBelow()
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
    if (const auto *objective = std::get_if<Objective>(&selected))
        added = NewPlanItems::keyResultOf(objective->id);
    else if (const auto *keyResult = std::get_if<KeyResult>(&selected))
        added = NewPlanItems::initiativeOf(keyResult->id);
    else
        added = NewPlanItems::initiativeBeside(std::get<Initiative>(selected));
    auto *command = new AddTreeItemCommand(*session(), cycleId, added);
    if (!session()->push(command).isDone())
        return; // reported by the session; the stack deleted the command
    const Id id = command->addedId();
    selectAndRename(std::holds_alternative<KeyResult>(added) ? m_model->keyResultIndex(id)
                                                             : m_model->initiativeIndex(id));
}

void PlanView::selectAndRename(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex shown = m_filter->mapFromSource(index);
    m_tree->expand(shown.parent());
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
    m_tree->edit(shown.siblingAtColumn(AlignmentTreeModel::TitleColumn));
}

void PlanView::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_renameAction->isEnabled() && current.isValid())
        m_tree->edit(current.siblingAtColumn(AlignmentTreeModel::TitleColumn));
}

void PlanView::deleteCurrent()
{
    const QModelIndex current = currentItemIndex();
    if (!m_deleteAction->isEnabled() || !current.isValid())
        return;
    const TreeItem item = m_model->item(current);
    const RemovedItems removed = TreeItems::subtree(session()->repository(), item);
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
        if (!MessageBoxes::question(window(), tr("Delete"), text, tr("&Delete")))
            return;
    }
    // The row below (or above) takes the selection, so Delete can be pressed again.
    const QModelIndex neighbour =
        current.siblingAtRow(current.row() + 1).isValid()
            ? current.siblingAtRow(current.row() + 1)
            : (current.row() > 0 ? current.siblingAtRow(current.row() - 1) : current.parent());
    const QPersistentModelIndex next(neighbour);
    session()->push(new RemoveTreeItemCommand(*session(), m_model->plan().cycle.id, item));
    if (next.isValid())
        m_tree->setCurrentIndex(m_filter->mapFromSource(next));
}

void PlanView::createOkrWizardActions()
{
    m_newOkrAction = new QAction(tr("New O&KR…"), this);
    m_newOkrAction->setObjectName(QStringLiteral("actionNewOkr"));
    m_newOkrAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newOkrAction->setStatusTip(tr("Write an objective with its key results and initiatives, step by step, with the "
                                    "coach's advice"));
    connect(m_newOkrAction, &QAction::triggered, this, [this] { openOkrWizard(NoId); });

    m_reworkOkrAction = new QAction(tr("Re&work OKR…"), this);
    m_reworkOkrAction->setObjectName(QStringLiteral("actionReworkOkr"));
    m_reworkOkrAction->setStatusTip(tr("Open the selected objective in the OKR wizard; the coach reviews its key "
                                       "results again"));
    connect(m_reworkOkrAction, &QAction::triggered, this, [this] {
        const QModelIndex objective = enclosing(currentItemIndex(), AlignmentTreeModel::NodeKind::Objective);
        if (objective.isValid())
            openOkrWizard(std::get<Objective>(m_model->item(objective)).id);
    });

    // The tree's context menu lists its actions: the wizard's, then renaming and deleting.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->insertActions(m_tree->actions().value(0), {m_newOkrAction, m_reworkOkrAction});
}

OkrWizard *PlanView::createOkrWizard(Id reworkedObjectiveId)
{
    if (!m_newOkrAction->isEnabled())
        return nullptr;
    auto *wizard = new OkrWizard(*session(), m_model->plan().cycle.id, reworkedObjectiveId, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OkrWizard::okrSaved, this, &PlanView::objectiveWritten);
    return wizard;
}

void PlanView::openOkrWizard(Id reworkedObjectiveId)
{
    OkrWizard *wizard = createOkrWizard(reworkedObjectiveId);
    if (!wizard)
        return;
    const QModelIndex current = currentItemIndex();
    const QModelIndex selected = enclosing(current, AlignmentTreeModel::NodeKind::Objective);
    if (reworkedObjectiveId == NoId && !selected.isValid() && current.isValid()) {
        wizard->suggestPlacement(m_model->teamId(current), NoId); // a team node: an objective of that team
    } else if (reworkedObjectiveId == NoId && selected.isValid()) {
        const OkrPlacement placement =
            OkrPlacement::from(std::get<Objective>(m_model->item(selected)), m_model->plan().teams);
        wizard->suggestPlacement(placement.teamId, placement.parentObjectiveId);
    }
    wizard->open();
}

void PlanView::openSeededOkrWizard(Id teamId, const QString &title)
{
    OkrWizard *wizard = createOkrWizard(NoId);
    if (!wizard) {
        MessageBoxes::warning(window(), tr("Cannot Write an Objective"),
                              tr("Objectives belong to a cycle: add one first (Cycle > New Cycle…)."));
        return;
    }
    // A company-wide KPI has no team of its own: the company writes the objective.
    wizard->suggestPlacement(teamId != NoId ? teamId : OkrPlacement::companyTeam(m_model->plan().teams), NoId);
    wizard->suggestTitle(title);
    // The request came from the KPI window: bring the plan forward, with the wizard over it.
    window()->raise();
    window()->activateWindow();
    wizard->open();
}

void PlanView::selectObjective(Id objectiveId)
{
    selectItem(m_model->objectiveIndex(objectiveId));
}

void PlanView::selectKeyResult(Id keyResultId)
{
    selectItem(m_model->keyResultIndex(keyResultId));
}

void PlanView::selectItem(const QModelIndex &itemIndex)
{
    const QModelIndex index = m_filter->mapFromSource(itemIndex);
    if (!index.isValid())
        return; // hidden by the tree's filter
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    // Following the board, the tree is hidden: taking the focus would take the board's keys.
    if (m_tree->isVisible())
        m_tree->setFocus();
}

void PlanView::revealObjective(Id objectiveId)
{
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
