#include "kpi/KpiValuesView.h"

#include "commands/ChangeKpiCommand.h"
#include "document/DocumentSession.h"
#include "kpi/KpiRules.h"
#include "kpi/KpiValueDialog.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "widgets/ItemViewActions.h"
#include "widgets/TitleLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { DateColumn, ValueColumn, ColumnCount };

constexpr int DateRole = Qt::UserRole;

} // namespace

KpiValuesView::KpiValuesView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new TitleLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("kpiValuesView"));
    m_title->setObjectName(QStringLiteral("kpiValuesTitle"));
    m_title->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("kpiValues"));
    m_table->setAccessibleName(tr("Values over time"));
    m_table->setHorizontalHeaderLabels({tr("Measured on"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);

    m_recordAction =
        ItemViewActions::add(m_table, tr("&Record Value…"), "actionRecordKpiValue", QKeySequence(Qt::Key_Insert));
    m_recordAction->setToolTip(tr("Record the value measured on a day (Insert)"));
    m_correctAction = ItemViewActions::add(m_table, tr("&Correct…"), "actionCorrectKpiValue", QKeySequence(Qt::Key_F2));
    m_correctAction->setToolTip(tr("Correct the selected value or its date (Return, F2)"));
    m_removeAction = ItemViewActions::add(m_table, tr("Re&move"), "actionRemoveKpiValue", QKeySequence::Delete);
    m_removeAction->setToolTip(tr("Remove the selected value (Delete)"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_recordAction, m_correctAction, m_removeAction})
        buttons->addWidget(ItemViewActions::button(action, this));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_recordAction, &QAction::triggered, this, &KpiValuesView::recordValue);
    connect(m_correctAction, &QAction::triggered, this, &KpiValuesView::correctValue);
    connect(m_table, &QTableWidget::activated, this, &KpiValuesView::correctValue);
    connect(m_removeAction, &QAction::triggered, this, &KpiValuesView::removeValue);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KpiValuesView::updateActions);
    showKpi(std::nullopt);
}

void KpiValuesView::showKpi(const std::optional<Kpi> &kpi)
{
    const std::optional<KpiValue> selected = m_kpi && kpi && m_kpi->id == kpi->id ? selectedValue() : std::nullopt;
    m_kpi = kpi;
    m_title->setText(kpi ? tr("Values of %1").arg(kpi->name) : tr("Select a KPI to see its values."));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (kpi) {
        const QList<KpiValue> &values = kpi->values;
        m_table->setRowCount(static_cast<int>(values.size()));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const KpiValue &value = values.at(values.size() - 1 - row); // newest first
            auto *date = new QTableWidgetItem(ValueFormat().date(value.date));
            date->setData(DateRole, value.date);
            auto *number = new QTableWidgetItem(DomainText::kpiMeasure(*kpi, value.value));
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, DateColumn, date);
            m_table->setItem(row, ValueColumn, number);
            if (selected && selected->date == value.date)
                m_table->selectRow(row);
        }
    }
    updateActions();
}

std::optional<KpiValue> KpiValuesView::selectedValue() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!m_kpi || selected.isEmpty())
        return std::nullopt;
    const QDate date = m_table->item(selected.first()->row(), DateColumn)->data(DateRole).toDate();
    for (const KpiValue &value : m_kpi->values) {
        if (value.date == date)
            return value;
    }
    return std::nullopt;
}

void KpiValuesView::updateActions()
{
    const bool hasValue = selectedValue().has_value();
    m_recordAction->setEnabled(m_kpi.has_value());
    m_correctAction->setEnabled(hasValue);
    m_removeAction->setEnabled(hasValue);
}

void KpiValuesView::recordValue()
{
    if (m_kpi)
        openValueDialog(std::nullopt);
}

void KpiValuesView::correctValue()
{
    if (const std::optional<KpiValue> corrected = selectedValue())
        openValueDialog(corrected);
}

void KpiValuesView::openValueDialog(const std::optional<KpiValue> &corrected)
{
    // Window-modal and not exec(), as the KPI dialog.
    auto *dialog = new KpiValueDialog(*m_kpi, corrected, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id kpiId = m_kpi->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, kpiId, corrected] {
        // The values as stored now: an undo in the main window may have changed them while the dialog was open.
        if (!m_kpi || m_kpi->id != kpiId)
            return;
        QList<KpiValue> values = m_kpi->values;
        if (corrected)
            values.removeIf([&](const KpiValue &value) { return value.date == corrected->date; });
        const KpiValue value = dialog->value();
        changeValues(KpiRules::withValue(values, value),
                     corrected ? tr("Correct a Value of %1").arg(m_kpi->name)
                               : tr("Record %1: %2").arg(m_kpi->name, DomainText::kpiMeasure(*m_kpi, value.value)));
        selectRow(rowOf(value.date));
    });
    dialog->open();
}

void KpiValuesView::removeValue()
{
    const std::optional<KpiValue> removed = selectedValue();
    if (!removed)
        return;
    const int row = m_table->currentRow();
    QList<KpiValue> values = m_kpi->values;
    values.removeIf([&](const KpiValue &value) { return value.date == removed->date; });
    changeValues(values, tr("Remove a Value of %1").arg(m_kpi->name));
    selectRow(std::min(row, m_table->rowCount() - 1)); // the next one, so Delete can go on
}

void KpiValuesView::changeValues(const QList<KpiValue> &values, const QString &text)
{
    Kpi changed = *m_kpi;
    changed.values = values;
    // The KPI view follows the push and shows the stored KPI here again (showKpi).
    m_session.push(new ChangeKpiCommand(m_session, m_kpi, changed, text));
}

int KpiValuesView::rowOf(QDate date) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, DateColumn)->data(DateRole).toDate() == date)
            return row;
    }
    return -1;
}

void KpiValuesView::selectRow(int row)
{
    if (row >= 0)
        m_table->selectRow(row);
    m_table->setFocus();
}
