#include "kpi/KpiDialog.h"

#include "kpi/KpiRules.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"
#include "widgets/TextLimitHint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

KpiDialog::KpiDialog(const Kpi &kpi, const QList<Team> &teams, const QList<Kpi> &existing, QWidget *parent)
    : FormDialog(parent)
    , m_kpi(kpi)
    , m_existing(existing)
    , m_name(new QLineEdit(kpi.name, this))
    , m_team(new QComboBox(this))
    , m_unit(new QLineEdit(kpi.unitLabel, this))
    , m_target(new QLineEdit(this))
    , m_trend(new QComboBox(this))
{
    const bool adding = kpi.id == NoId;
    setObjectName(QStringLiteral("kpiDialog"));
    setWindowTitle(adding ? tr("New KPI") : tr("Edit KPI"));

    m_name->setObjectName(QStringLiteral("kpiName"));
    TextLimitHint::limit(m_name, TextField::KpiName);
    TextLimitHint::limit(m_unit, TextField::UnitLabel);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Monthly churn"));
    m_team->setObjectName(QStringLiteral("kpiTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_team->addItem(tr("Whole company (no team)"), NoId);
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(kpi.teamId)));
    m_unit->setObjectName(QStringLiteral("kpiUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setPlaceholderText(tr("e.g. %, $, ms, leads (optional)"));
    m_target->setObjectName(QStringLiteral("kpiTarget"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setPlaceholderText(tr("a number, e.g. %1").arg(ValueFormat().number(2.5)));
    if (!adding)
        m_target->setText(ValueFormat().editable(kpi.target));
    m_trend->setObjectName(QStringLiteral("kpiTrend"));
    m_trend->setAccessibleName(tr("Preferred trend"));
    m_trend->addItem(tr("Higher is better (the target is a minimum)"),
                     static_cast<int>(PreferredTrend::HigherIsBetter));
    m_trend->addItem(tr("Lower is better (the target is a maximum)"), static_cast<int>(PreferredTrend::LowerIsBetter));
    m_trend->setCurrentIndex(m_trend->findData(static_cast<int>(kpi.trend)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("T&arget:"), m_target);
    form->addRow(tr("&Better when:"), m_trend);

    setForm(form, adding ? tr("Add KPI") : tr("Save"), "kpiProblem");

    connect(m_name, &QLineEdit::textChanged, this, &KpiDialog::validate);
    connect(m_team, &QComboBox::currentIndexChanged, this, &KpiDialog::validate);
    connect(m_target, &QLineEdit::textChanged, this, &KpiDialog::validate);
    validate();
}

Kpi KpiDialog::kpi() const
{
    Kpi kpi = m_kpi;
    kpi.name = m_name->text().simplified();
    kpi.teamId = m_team->currentData().value<Id>();
    kpi.unitLabel = m_unit->text().trimmed();
    kpi.target = ValueParser().value(m_target->text(), kpi.unitLabel).value_or(0.0);
    kpi.trend = static_cast<PreferredTrend>(m_trend->currentData().toInt());
    return kpi;
}

void KpiDialog::validate()
{
    QString problem = KpiRules::problemWithKpi(kpi(), m_existing);
    const QString target = m_target->text().trimmed();
    if (problem.isEmpty() && target.isEmpty())
        problem = tr("A KPI needs a target.");
    else if (problem.isEmpty())
        problem = ValueParser().read(target, m_unit->text()).problem;
    showProblem(problem);
}
