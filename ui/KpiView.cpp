#include "KpiView.h"

#include "DocumentError.h"
#include "KpiHealth.h"
#include "KpiTableModel.h"
#include "MessageBoxes.h"
#include "Repository.h"
#include "SparklineDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

KpiView::KpiView(Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
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

    m_teamFilter->setSourceModel(m_model);
    m_teamFilter->setFilterRole(KpiTableModel::TeamIdRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->setAccessibleName(tr("KPIs"));
    m_table->setModel(m_teamFilter);
    m_table->setItemDelegateForColumn(KpiTableModel::TrendColumn, new SparklineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KpiTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KpiTableModel::TrendColumn, QHeaderView::Fixed);
    header->resizeSection(KpiTableModel::TrendColumn, fontMetrics().averageCharWidth() * 28);

    m_seedButton = new QPushButton(tr("&Write an Objective…"), this);
    m_seedButton->setObjectName(QStringLiteral("seedObjective"));
    m_seedButton->setToolTip(tr("Start a new objective in the wizard to bring the selected KPI back on target"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_seedButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_teamSelector, &QComboBox::currentIndexChanged, this, &KpiView::filterByTeam);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KpiView::updateSeedButton);
    connect(m_teamFilter, &QAbstractItemModel::modelReset, this, &KpiView::updateSeedButton);
    connect(m_seedButton, &QPushButton::clicked, this, &KpiView::requestObjective);
    connect(m_table, &QTableView::activated, this, &KpiView::requestObjective);
    reload();
}

void KpiView::reload()
{
    QList<Kpi> kpis;
    QList<Team> teams;
    try {
        kpis = m_repository.kpis();
        teams = m_repository.teams();
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show KPIs"), error.message());
        return;
    }
    m_model->setKpis(kpis, teams);

    const Id shownTeam = m_teamSelector->currentData().value<Id>();
    const QSignalBlocker blocker(m_teamSelector);
    m_teamSelector->clear();
    m_teamSelector->addItem(tr("All teams"), NoId);
    for (const Team &team : teams) {
        const bool hasKpis =
            std::any_of(kpis.cbegin(), kpis.cend(), [&](const Kpi &kpi) { return kpi.teamId == team.id; });
        if (hasKpis)
            m_teamSelector->addItem(team.name, team.id);
    }
    m_teamSelector->setCurrentIndex(std::max(0, m_teamSelector->findData(shownTeam)));
    filterByTeam();

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
    updateSeedButton();
}

void KpiView::updateSeedButton()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const bool behind = !selected.isEmpty() && selected.first().data(KpiTableModel::StandingRole).toInt() ==
                                                   static_cast<int>(KpiHealth::Standing::Behind);
    m_seedButton->setEnabled(behind);
}

void KpiView::requestObjective()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QModelIndex row = m_teamFilter->mapToSource(selected.first());
    const Kpi &kpi = m_model->kpi(row.row());
    if (KpiHealth::standing(kpi) != KpiHealth::Standing::Behind)
        return;
    emit seedObjective(kpi.teamId, KpiHealth::suggestedObjectiveTitle(kpi));
}
