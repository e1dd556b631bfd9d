#include "kpi/KpiValueDialog.h"

#include "kpi/KpiRules.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

KpiValueDialog::KpiValueDialog(const Kpi &kpi, std::optional<KpiValue> value, QDate today, QWidget *parent)
    : FormDialog(parent)
    , m_kpi(kpi)
    , m_corrected(value)
    , m_today(today)
    , m_date(new QDateEdit(value ? value->date : today, this))
    , m_value(new QLineEdit(this))
{
    setObjectName(QStringLiteral("kpiValueDialog"));
    setWindowTitle(value ? tr("Correct Value of %1").arg(kpi.name) : tr("Record Value of %1").arg(kpi.name));

    m_date->setObjectName(QStringLiteral("kpiValueDate"));
    m_date->setAccessibleName(tr("Date measured"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today); // values are measured, never forecast
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("a number"));
    if (value)
        m_value->setText(ValueFormat().editable(value->value));
    auto *unit = new QLabel(kpi.unitLabel, this);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(unit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);

    setForm(form, value ? tr("Save") : tr("Record"), "kpiValueProblem");

    connect(m_date, &QDateEdit::dateChanged, this, &KpiValueDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &KpiValueDialog::validate);
    m_value->setFocus();
    validate();
}

KpiValue KpiValueDialog::value() const
{
    return {m_date->date(), ValueParser().value(m_value->text(), m_kpi.unitLabel).value_or(0.0)};
}

void KpiValueDialog::validate()
{
    const QString text = m_value->text().trimmed();
    QString refusal = KpiRules::problemWithValueDate(m_date->date(), m_today);
    if (refusal.isEmpty() && text.isEmpty())
        refusal = tr("Enter the value measured on that day.");
    else if (refusal.isEmpty())
        refusal = ValueParser().read(text, m_kpi.unitLabel).problem;
    showProblem(refusal, refusal.isEmpty() ? replacementNotice() : QString());
}

QString KpiValueDialog::replacementNotice() const
{
    // Another value of the same day is replaced: say so before it happens.
    const QDate date = m_date->date();
    if (m_corrected && m_corrected->date == date)
        return {};
    const auto sameDay = std::find_if(m_kpi.values.cbegin(), m_kpi.values.cend(),
                                      [date](const KpiValue &stored) { return stored.date == date; });
    return sameDay == m_kpi.values.cend()
               ? QString()
               : tr("Replaces %1, recorded for that day.").arg(DomainText::kpiMeasure(m_kpi, sameDay->value));
}
