#include "widgets/ProgressCell.h"

#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "widgets/ItemRoles.h"

ProgressCell::ProgressCell(double progress, double expected, Confidence pace, QDate referenceDate)
    : m_progress(progress)
    , m_expected(expected)
    , m_pace(pace)
    , m_referenceDate(referenceDate)
{
}

QVariant ProgressCell::data(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return DomainText::percent(m_progress);
    case ItemRoles::ProgressRole:
        return m_progress;
    case ItemRoles::ExpectedProgressRole:
        return m_expected;
    case ItemRoles::PaceStatusRole:
        return int(m_pace);
    case Qt::ToolTipRole:
        return tr("%1 done, %2 expected by %3: %4")
            .arg(DomainText::percent(m_progress), DomainText::percent(m_expected), ValueFormat().date(m_referenceDate),
                 DomainText::confidence(m_pace));
    default:
        return {};
    }
}
