#include "cycles/CarryOverDialog.h"

#include "cycles/CarriedKeyResult.h"
#include "cycles/CycleRules.h"
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

#include <algorithm>

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
        const bool finished = CycleRules::isFinished(objective, progress);
        const QString text =
            tr("%1 — %2 (%3)").arg(team ? team->name : QString(), objective.title, DomainText::percent(progress));
        auto *item = new QListWidgetItem(finished ? tr("%1, finished").arg(text) : text, m_objectives);
        item->setData(Qt::UserRole, objective.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(finished ? Qt::Unchecked : Qt::Checked);
        if (finished)
            item->setToolTip(tr("Done, or graded a success at the review: not carried over unless you tick it."));
        // The titles that will say the new start, for the note below the list.
        for (const qsizetype row : from.keyResultsOf(objective.id)) {
            const KeyResult &keyResult = from.keyResults[row];
            const QString carriedTitle = CarriedKeyResult::carried(keyResult).title;
            if (carriedTitle != keyResult.title)
                m_retitled.insert(objective.id, {keyResult.title, carriedTitle});
        }
    }

    m_problem = new QLabel(tr("There is no later cycle to carry into: add the next cycle first."), this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(m_target->count() == 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Into:"), m_target);
    auto *hint = new QLabel(tr("Key results start where they ended; their history stays with %1. A title that "
                               "states its start (\"from 300 to 500\") is rewritten with the new start.")
                                .arg(from.cycle.name),
                            this);
    hint->setWordWrap(true);
    m_retitledNote = new QLabel(this);
    m_retitledNote->setObjectName(QStringLiteral("carryOverRetitled"));
    m_retitledNote->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Carry Over"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_objectives, 1);
    layout->addWidget(hint);
    layout->addWidget(m_retitledNote);
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
    const QList<Id> chosen = chosenObjectives();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target->count() > 0 && !chosen.isEmpty());

    QStringList retitled;
    for (const Id objectiveId : chosen) {
        for (const auto &[before, after] : m_retitled.values(objectiveId))
            retitled.append(tr("“%1” becomes “%2”").arg(before, after));
    }
    std::sort(retitled.begin(), retitled.end());
    m_retitledNote->setText(
        retitled.isEmpty() ? QString()
                           : tr("Titles rewritten with their new start: %1.").arg(retitled.join(QStringLiteral("; "))));
    m_retitledNote->setVisible(!retitled.isEmpty());
}
