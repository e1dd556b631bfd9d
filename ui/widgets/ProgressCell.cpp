#include "widgets/ProgressCell.h"

#include "text/DomainText.h"
#include "text/StatusWords.h"
#include "widgets/ItemRoles.h"

ProgressCell::ProgressCell(double progress, double expected, std::optional<Confidence> pace,
                           std::optional<Confidence> stated, QDate referenceDate)
    : m_progress(progress)
    , m_expected(expected)
    , m_pace(pace)
    , m_stated(stated)
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
    case ItemRoles::PaceStatusRole: {
        const std::optional<Confidence> status = StatusWords::shown(m_pace, m_stated);
        return status ? QVariant(int(*status)) : QVariant();
    }
    case Qt::ToolTipRole:
        return StatusWords::paceSentence(m_progress, m_expected, m_referenceDate, m_pace);
    default:
        return {};
    }
}
