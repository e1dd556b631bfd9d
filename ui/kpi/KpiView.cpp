#include "kpi/KpiView.h"

#include "board/SparklineDelegate.h"
#include "commands/ChangeKpiCommand.h"
#include "document/DocumentSession.h"
#include "kpi/KpiDialog.h"
#include "kpi/KpiHealth.h"
#include "kpi/KpiTableModel.h"
#include "kpi/KpiValuesView.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "widgets/ItemViewActions.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

KpiView::KpiView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new KpiTableModel(this))
    , m_teamFilter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("kpiView"));
    setAccessibleName(tr("Health metrics"));
    auto *intro = new QLabel(tr("<b>Health metrics (KPIs)</b> · business as usual, not OKRs. A KPI falling behind "
                                "its target is a reason to write an objective."),
                             this);
    intro->setWordWrap(true);

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    m_teamSelector = new QComboBox(this);
    m_teamSelector->setObjectName(QStringLiteral("kpiTeamSelector"));
    m_teamSelector->setAccessibleName(tr("Team"));
    m_teamSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    teamLabel->setBuddy(m_teamSelector);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("kpiSummary"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(teamLabel);
    filterRow->addWidget(m_teamSelector);
    filterRow->addStretch();
    filterRow->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *kpiPart = new QWidget(splitter);
    m_teamFilter->setSourceModel(m_model);
    m_teamFilter->setFilterRole(KpiTableModel::TeamIdRole);
    m_table = new QTableView(kpiPart);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->setAccessibleName(tr("KPIs"));
    m_table->setModel(m_teamFilter);
    m_table->setItemDelegateForColumn(
        KpiTableModel::TrendColumn,
        new SparklineDelegate({KpiTableModel::ValuesRole, KpiTableModel::TargetRole, KpiTableModel::StatusRole},
                              m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KpiTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KpiTableModel::TrendColumn, QHeaderView::Fixed);
    header->resizeSection(KpiTableModel::TrendColumn, fontMetrics().averageCharWidth() * 28);

    createActions();
    m_seedButton = new QPushButton(tr("&Write an Objective…"), kpiPart);
    m_seedButton->setObjectName(QStringLiteral("seedObjective"));
    m_seedButton->setToolTip(tr("Start a new objective in the wizard to bring the selected KPI back on target"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_addAction, m_editAction, m_removeAction})
        buttons->addWidget(ItemViewActions::button(action, kpiPart));
    buttons->addStretch();
    buttons->addWidget(m_seedButton);
    auto *kpiLayout = new QVBoxLayout(kpiPart);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    kpiLayout->addWidget(m_table, 1);
    kpiLayout->addLayout(buttons);

    m_values = new KpiValuesView(session, splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_teamSelector, &QComboBox::currentIndexChanged, this, &KpiView::filterByTeam);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KpiView::updateActions);
    connect(m_teamFilter, &QAbstractItemModel::modelReset, this, &KpiView::updateActions);
    connect(m_seedButton, &QPushButton::clicked, this, &KpiView::requestObjective);
    connect(m_table, &QTableView::activated, this, &KpiView::editKpi);
    // Every edit, undo and redo (here, in the main window or another KPI window) shows up here.
    connect(&session, &DocumentSession::changed, this, &KpiView::reload);
    reload();
    // Ready for the keyboard: the first KPI's values shown, Insert, F2 and Delete at hand.
    if (m_teamFilter->rowCount() > 0)
        selectKpi(m_model->kpi(m_teamFilter->mapToSource(m_teamFilter->index(0, 0)).row()).id);
    m_table->setFocus();
}

void KpiView::createActions()
{
    m_addAction = ItemViewActions::add(m_table, tr("&Add KPI…"), "actionAddKpi", QKeySequence(Qt::Key_Insert));
    m_addAction->setToolTip(tr("Add a health metric for a team or the whole company (Insert)"));
    m_editAction = ItemViewActions::add(m_table, tr("&Edit KPI…"), "actionEditKpi", QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(tr("Change the selected KPI's name, team, unit, target or trend (Return, F2)"));
    m_removeAction = ItemViewActions::add(m_table, tr("Remo&ve KPI"), "actionRemoveKpi", QKeySequence::Delete);
    m_removeAction->setToolTip(tr("Remove the selected KPI with its values (Delete)"));
    connect(m_addAction, &QAction::triggered, this, &KpiView::addKpi);
    connect(m_editAction, &QAction::triggered, this, &KpiView::editKpi);
    connect(m_removeAction, &QAction::triggered, this, &KpiView::removeKpi);
}

void KpiView::reload()
{
    QList<Kpi> kpis;
    try {
        kpis = m_session.repository().kpis().all();
        m_teams = m_session.repository().teams().all();
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show KPIs"), error.message());
        return;
    }
    const std::optional<Kpi> selected = selectedKpi();
    m_model->setKpis(kpis, m_teams);

    const Id shownTeam = m_teamSelector->currentData().value<Id>();
    {
        const QSignalBlocker blocker(m_teamSelector);
        m_teamSelector->clear();
        m_teamSelector->addItem(tr("All teams"), NoId);
        for (const Team &team : std::as_const(m_teams)) {
            const bool hasKpis =
                std::any_of(kpis.cbegin(), kpis.cend(), [&](const Kpi &kpi) { return kpi.teamId == team.id; });
            if (hasKpis)
                m_teamSelector->addItem(team.name, team.id);
        }
        m_teamSelector->setCurrentIndex(std::max(0, m_teamSelector->findData(shownTeam)));
    }
    filterByTeam();
    if (selected)
        selectKpi(selected->id);

    const auto behind = std::count_if(kpis.cbegin(), kpis.cend(), [](const Kpi &kpi) {
        return KpiHealth::standing(kpi) == KpiHealth::Standing::Behind;
    });
    m_summary->setText(tr("%n KPI(s) behind target", nullptr, static_cast<int>(behind)));
}

void KpiView::filterByTeam()
{
    const Id teamId = m_teamSelector->currentData().value<Id>();
    // Ids are matched whole: "1" must not match team 12.
    m_teamFilter->setFilterRegularExpression(teamId == NoId ? QString() : QStringLiteral("^%1$").arg(teamId));
    updateActions();
}

std::optional<Kpi> KpiView::selectedKpi() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    return m_model->kpi(m_teamFilter->mapToSource(selected.first()).row());
}

void KpiView::selectKpi(Id kpiId)
{
    const int row = m_model->rowOf(kpiId);
    if (row < 0)
        return;
    const QModelIndex source = m_model->index(row, KpiTableModel::NameColumn);
    if (!m_teamFilter->mapFromSource(source).isValid())
        m_teamSelector->setCurrentIndex(0); // all teams: the KPI is what the user just worked on
    const QModelIndex shown = m_teamFilter->mapFromSource(source);
    m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
}

void KpiView::updateActions()
{
    const std::optional<Kpi> kpi = selectedKpi();
    m_editAction->setEnabled(kpi.has_value());
    m_removeAction->setEnabled(kpi.has_value());
    m_seedButton->setEnabled(kpi && KpiHealth::standing(*kpi) == KpiHealth::Standing::Behind);
    m_values->showKpi(kpi);
}

void KpiView::addKpi()
{
    Kpi kpi;
    kpi.teamId = m_teamSelector->currentData().value<Id>(); // the team shown, if one is
    openKpiDialog(kpi);
}

void KpiView::editKpi()
{
    if (const std::optional<Kpi> kpi = selectedKpi())
        openKpiDialog(*kpi);
}

void KpiView::openKpiDialog(const Kpi &kpi)
{
    // Window-modal and not exec(): the KPIs stay painted behind it and a test can reach the open dialog.
    auto *dialog = new KpiDialog(kpi, m_teams, m_model->kpis(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveKpi(dialog->kpi()); });
    dialog->open();
}

void KpiView::saveKpi(const Kpi &kpi)
{
    std::optional<Kpi> stored;
    if (kpi.id != NoId) {
        // As stored now: an undo in the main window may have changed it while the dialog was open.
        const int row = m_model->rowOf(kpi.id);
        if (row < 0)
            return;
        stored = m_model->kpi(row);
    }
    Kpi saved = kpi;
    if (stored)
        saved.values = stored->values; // the dialog edits the fields, not the values
    auto *command = new ChangeKpiCommand(m_session, stored, saved,
                                         stored ? tr("Edit KPI %1").arg(stored->name) : tr("Add KPI %1").arg(kpi.name));
    m_session.push(command);
    selectKpi(command->kpiId());
    m_table->setFocus();
}

void KpiView::removeKpi()
{
    const std::optional<Kpi> kpi = selectedKpi();
    if (!kpi)
        return;
    if (!kpi->values.isEmpty() &&
        !MessageBoxes::question(this, tr("Remove KPI"),
                                tr("“%1” has %n recorded value(s). Remove the KPI with its values? Undo brings them "
                                   "back.",
                                   nullptr, static_cast<int>(kpi->values.size()))
                                    .arg(kpi->name),
                                tr("Remove KPI")))
        return;
    const int row = m_table->currentIndex().row();
    m_session.push(new ChangeKpiCommand(m_session, kpi, std::nullopt, tr("Remove KPI %1").arg(kpi->name)));
    // The next KPI, so Delete can go on.
    const QModelIndex next = m_teamFilter->index(std::min(row, m_teamFilter->rowCount() - 1), 0);
    if (next.isValid())
        selectKpi(m_model->kpi(m_teamFilter->mapToSource(next).row()).id);
}

void KpiView::requestObjective()
{
    const std::optional<Kpi> kpi = selectedKpi();
    if (!kpi || KpiHealth::standing(*kpi) != KpiHealth::Standing::Behind)
        return;
    emit seedObjective(kpi->teamId, KpiHealth::suggestedObjectiveTitle(*kpi));
}
