#include "board/WeekChangesView.h"

#include "board/WeekChanges.h"
#include "board/WeekChangesModel.h"
#include "board/WeekChangesRangeChooser.h"
#include "storage/DocumentError.h"
#include "widgets/ColumnWidths.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

WeekChangesView::WeekChangesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new WeekChangesModel(this))
    , m_range(new WeekChangesRangeChooser(this))
    , m_tree(new QTreeView(this))
    , m_emptyState(new QLabel(this))
{
    setObjectName(QStringLiteral("weekChanges"));
    connect(m_range, &WeekChangesRangeChooser::rangeChosen, this, [this] {
        m_chosenForCycle = m_plan.cycle.id;
        m_chosenAfter = m_range->after();
        m_chosenUpTo = m_range->upTo();
        showChosenWeeks();
    });

    m_tree->setObjectName(QStringLiteral("weekChangesTree"));
    m_tree->setAccessibleName(tr("Changes over the chosen weeks"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WeekChangesModel::SubjectColumn, QHeaderView::Stretch);
    sizeColumns();
    connect(m_tree, &QTreeView::activated, this, &WeekChangesView::activate);
    setFocusProxy(m_tree);

    m_emptyState->setObjectName(QStringLiteral("weekChangesEmpty"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyState, 1);
    updateEmptyState();
}

void WeekChangesView::sizeColumns()
{
    QHeaderView *header = m_tree->header();
    const int characterWidth = fontMetrics().averageCharWidth();
    // From and to hold a value with its unit: "12,596 views", "4.4 touchpoints".
    ColumnWidths::fit(header, WeekChangesModel::TeamColumn, 22 * characterWidth);
    ColumnWidths::fit(header, WeekChangesModel::FromColumn, 18 * characterWidth);
    ColumnWidths::fit(header, WeekChangesModel::ToColumn, 18 * characterWidth);
    ColumnWidths::fit(header, WeekChangesModel::ChangeColumn, 25 * characterWidth);
}

void WeekChangesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presentation mode's larger font: the columns grow with their words.
    if (event->type() == QEvent::FontChange)
        sizeColumns();
}

void WeekChangesView::showChanges(const CyclePlan &plan, const KeyResultHistories &histories,
                                  const CheckInsOfWeeks &checkIns, QDate referenceDate)
{
    if (plan.cycle.id != NoId && plan.cycle.id != m_chosenForCycle) {
        m_chosenForCycle = NoId;
        m_foldedGroups.clear();
    }
    m_plan = plan;
    m_histories = histories;
    m_checkIns = checkIns;

    const QList<IsoWeek> weeks = WeekChanges::weeksBegun(plan.cycle, referenceDate);
    auto [after, upTo] = WeekChanges::usualWeeks(plan.cycle, referenceDate);
    if (!weeks.isEmpty()) {
        // A week the cycle no longer has (its dates changed) ends the choice.
        const bool keepsChoice = m_chosenForCycle == plan.cycle.id && weeks.contains(m_chosenUpTo) &&
                                 (weeks.contains(m_chosenAfter) || m_chosenAfter == weeks.first().previous()) &&
                                 m_chosenAfter < m_chosenUpTo;
        if (keepsChoice) {
            upTo = m_chosenUpTo;
            after = m_chosenAfter;
        }
    }
    m_range->setWeeks(weeks, after, upTo);
    showChosenWeeks();
}

IsoWeek WeekChangesView::after() const
{
    return m_range->after();
}

IsoWeek WeekChangesView::upTo() const
{
    return m_range->upTo();
}

void WeekChangesView::showChosenWeeks()
{
    // Read from the view rather than followed through its signals, as the board does with its folded teams.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, WeekChangesModel::SubjectColumn);
        const int kind = int(*m_model->groupAt(group));
        if (m_tree->isExpanded(group))
            m_foldedGroups.remove(kind);
        else
            m_foldedGroups.insert(kind);
    }

    WeekChanges changes;
    QString readError;
    if (upTo().isValid()) {
        try {
            changes = WeekChanges::build(m_plan, m_histories,
                                         m_checkIns ? m_checkIns(after(), upTo()) : QList<CheckIn>{}, after(), upTo());
        } catch (const DocumentError &error) {
            readError = error.message();
        }
    }
    m_model->setChanges(changes, m_plan);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, WeekChangesModel::SubjectColumn);
        m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->setExpanded(group, !m_foldedGroups.contains(int(*m_model->groupAt(group))));
    }
    updateEmptyState(readError);
}

void WeekChangesView::updateEmptyState(const QString &readError)
{
    const bool empty = m_model->isEmpty();
    m_tree->setVisible(!empty);
    m_emptyState->setVisible(empty);
    if (!empty)
        return;
    if (!readError.isEmpty())
        m_emptyState->setText(tr("Cannot read the check-ins of these weeks: %1").arg(readError));
    else if (m_plan.cycle.id == NoId)
        m_emptyState->setText(tr("No cycle shown"));
    else if (!upTo().isValid())
        m_emptyState->setText(tr("No check-in week of %1 has begun yet").arg(m_plan.cycle.name));
    else if (after() == upTo().previous())
        m_emptyState->setText(tr("No changes in week %1").arg(upTo().toString()));
    else
        m_emptyState->setText(tr("No changes in weeks %1 to %2").arg(after().next().toString(), upTo().toString()));
}

void WeekChangesView::activate(const QModelIndex &index)
{
    if (const KeyResult *keyResult = m_plan.keyResult(m_model->keyResultAt(index)))
        emit keyResultActivated(keyResult->id, keyResult->objectiveId);
    else if (const Id teamId = m_model->teamAt(index); teamId != NoId)
        emit teamActivated(teamId);
}
