#include "board/WeekChangesRangeChooser.h"

#include "text/ValueFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace {

// The boxes' items carry their week as "2026-W45".
QVariant weekData(IsoWeek week)
{
    return week.toString();
}

IsoWeek weekOf(const QComboBox &box)
{
    return IsoWeek::parse(box.currentData().toString()).value_or(IsoWeek{});
}

void addWeek(QComboBox &box, IsoWeek week)
{
    // "W45 (2 Nov)": the number teams check in by, and its Monday for readers who do not count weeks.
    box.addItem(WeekChangesRangeChooser::tr("W%1 (%2)").arg(week.week).arg(ValueFormat().dayAndMonth(week.monday())),
                weekData(week));
    box.setItemData(box.count() - 1, week.toString(), Qt::ToolTipRole);
}

} // namespace

WeekChangesRangeChooser::WeekChangesRangeChooser(QWidget *parent)
    : QWidget(parent)
    , m_after(new QComboBox(this))
    , m_upTo(new QComboBox(this))
{
    m_after->setObjectName(QStringLiteral("changesAfterWeek"));
    m_upTo->setObjectName(QStringLiteral("changesUpToWeek"));
    m_after->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_upTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_after->setToolTip(tr("Changes after the end of this week: the week before the first one to list"));
    m_upTo->setToolTip(tr("The last week to list, its check-ins included"));

    auto *afterLabel = new QLabel(tr("Changes &after week"), this);
    afterLabel->setBuddy(m_after);
    QFont bold = afterLabel->font();
    bold.setBold(true);
    afterLabel->setFont(bold);
    auto *upToLabel = new QLabel(tr("u&p to"), this);
    upToLabel->setBuddy(m_upTo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(afterLabel);
    layout->addWidget(m_after);
    layout->addWidget(upToLabel);
    layout->addWidget(m_upTo);
    layout->addStretch(1);

    connect(m_after, &QComboBox::currentIndexChanged, this, &WeekChangesRangeChooser::rangeChosen);
    connect(m_upTo, &QComboBox::currentIndexChanged, this, [this] {
        offerWeeksBefore(upTo(), after());
        emit rangeChosen();
    });
    setEnabled(false);
}

void WeekChangesRangeChooser::setWeeks(const QList<IsoWeek> &weeks, IsoWeek after, IsoWeek upTo)
{
    const QSignalBlocker blockUpTo(m_upTo);
    m_weeks = weeks;
    m_upTo->clear();
    for (const IsoWeek &week : weeks)
        addWeek(*m_upTo, week);
    m_upTo->setCurrentIndex(m_upTo->findData(weekData(upTo)));
    offerWeeksBefore(upTo, after);
    setEnabled(!weeks.isEmpty());
}

void WeekChangesRangeChooser::offerWeeksBefore(IsoWeek upTo, IsoWeek after)
{
    const QSignalBlocker blockAfter(m_after);
    m_after->clear();
    if (m_weeks.isEmpty())
        return;
    m_after->addItem(tr("the cycle's start"), weekData(m_weeks.first().previous()));
    for (const IsoWeek &week : std::as_const(m_weeks)) {
        if (week >= upTo)
            break;
        addWeek(*m_after, week);
    }
    const int kept = after < upTo ? m_after->findData(weekData(after)) : -1;
    m_after->setCurrentIndex(kept >= 0 ? kept : m_after->findData(weekData(upTo.previous())));
}

IsoWeek WeekChangesRangeChooser::after() const
{
    return weekOf(*m_after);
}

IsoWeek WeekChangesRangeChooser::upTo() const
{
    return weekOf(*m_upTo);
}
