#include "cycles/NewCycleDialog.h"

#include "cycles/CycleRules.h"
#include "widgets/TextLimitHint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

NewCycleDialog::NewCycleDialog(const QList<Cycle> &existing, QDate today, QWidget *parent, int customWeeks)
    : FormDialog(parent)
    , m_existing(existing)
    , m_proposedQuarter(CycleRules::proposedNextQuarter(existing, today))
    , m_customWeeks(customWeeks)
{
    setWindowTitle(tr("New Cycle"));
    setObjectName(QStringLiteral("newCycleDialog"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("cycleKind"));
    m_kind->setAccessibleName(tr("Kind of cycle"));
    m_kind->addItem(tr("Next quarter (%1)").arg(m_proposedQuarter.name), static_cast<int>(Kind::NextQuarter));
    m_kind->addItem(tr("Annual cycle (company objectives)"), static_cast<int>(Kind::Annual));
    m_kind->addItem(tr("Custom dates"), static_cast<int>(Kind::Custom));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cycleName"));
    m_name->setAccessibleName(tr("Name"));
    TextLimitHint::limit(m_name, TextField::CycleName);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("cycleStart"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("cycleEnd"));
    m_end->setAccessibleName(tr("End"));
    m_end->setCalendarPopup(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);

    setForm(form, tr("Add Cycle"), "cycleProblem");

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewCycleDialog::applyKind);
    connect(m_name, &QLineEdit::textChanged, this, &NewCycleDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &NewCycleDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &NewCycleDialog::validate);
    applyKind();
}

Cycle NewCycleDialog::cycle() const
{
    Cycle cycle;
    cycle.name = m_name->text().trimmed();
    cycle.start = m_start->date();
    cycle.end = m_end->date();
    cycle.annual = static_cast<Kind>(m_kind->currentData().toInt()) == Kind::Annual;
    return cycle;
}

void NewCycleDialog::applyKind()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    Cycle proposal = m_proposedQuarter;
    if (kind == Kind::Annual)
        proposal = CycleRules::annualCycle(m_proposedQuarter.start.year());
    else if (kind == Kind::Custom)
        proposal.end = proposal.start.addDays(7 * qint64(m_customWeeks) - 1);
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker startBlocker(m_start);
    const QSignalBlocker endBlocker(m_end);
    m_name->setText(kind == Kind::Custom ? QString() : proposal.name);
    m_start->setDate(proposal.start);
    m_end->setDate(proposal.end);
    // Proposed quarters and years keep their calendar dates; custom ones are typed.
    m_name->setReadOnly(kind != Kind::Custom);
    m_start->setEnabled(kind == Kind::Custom);
    m_end->setEnabled(kind == Kind::Custom);
    if (kind == Kind::Custom)
        m_name->setFocus();
    validate();
}

void NewCycleDialog::validate()
{
    showProblem(CycleRules::problemWithNewCycle(cycle(), m_existing));
}
