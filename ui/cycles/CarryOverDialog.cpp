#include "cycles/CarryOverDialog.h"

#include "scoring/ProgressRollUp.h"
#include "text/DomainText.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CarryOverDialog::CarryOverDialog(const CyclePlan &from, const QList<Cycle> &cycles, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Carry Over Objectives from %1").arg(from.cycle.name));
    setObjectName(QStringLiteral("carryOverDialog"));

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("carryOverTarget"));
    m_target->setAccessibleName(tr("Into cycle"));
    for (const Cycle &cycle : cycles) {
        if (cycle.start > from.cycle.start && cycle.state != CycleState::Closed)
            m_target->addItem(tr("%1 (%2)").arg(cycle.name, DomainText::cycleState(cycle.state)), cycle.id);
    }

    m_objectives = new QListWidget(this);
    m_objectives->setObjectName(QStringLiteral("carryOverObjectives"));
    m_objectives->setAccessibleName(tr("Objectives to carry over"));
    const ProgressRollUp rollUp(from);
    for (const Objective &objective : from.objectives) {
        const Team *team = from.team(objective.teamId);
        const double progress = rollUp.objective(objective.id);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(team ? team->name : QString(), objective.title, DomainText::percent(progress)),
            m_objectives);
        item->setData(Qt::UserRole, objective.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(progress < 1.0 ? Qt::Checked : Qt::Unchecked);
    }

    m_problem = new QLabel(tr("There is no later cycle to carry into: add the next cycle first."), this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(m_target->count() == 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Into:"), m_target);
    auto *hint =
        new QLabel(tr("Key results start where they ended; their history stays with %1.").arg(from.cycle.name), this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Carry Over"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_objectives, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_objectives, &QListWidget::itemChanged, this, &CarryOverDialog::updateOkButton);
    updateOkButton();
    ScreenFit::fit(this, ScreenFit::inCharacters(this, 93, 30));
}

Id CarryOverDialog::targetCycleId() const
{
    return m_target->currentData().value<Id>();
}

QList<Id> CarryOverDialog::chosenObjectives() const
{
    QList<Id> chosen;
    for (int row = 0; row < m_objectives->count(); ++row) {
        const QListWidgetItem *item = m_objectives->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(item->data(Qt::UserRole).value<Id>());
    }
    return chosen;
}

void CarryOverDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target->count() > 0 && !chosenObjectives().isEmpty());
}
