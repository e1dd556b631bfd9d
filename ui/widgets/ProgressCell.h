#pragma once

#include "model/Confidence.h"

#include <QDate>
#include <QVariant>

#include <optional>

// A progress cell as the alignment tree and the progress board show it: the percentage, the ItemRoles values
// ProgressBarDelegate draws its bar and pace marker from, and a tooltip that says how it stands on schedule.
// The bar takes the colour of the status shown beside it (StatusWords::shown), so the two never disagree.
class ProgressCell {
public:
    // `expected`: what is due by `referenceDate`; `pace`: progress against it, none while it awaits its first
    // check-in; `stated`: the confidence the team stated, if any.
    ProgressCell(double progress, double expected, std::optional<Confidence> pace, std::optional<Confidence> stated,
                 QDate referenceDate);

    // Qt::DisplayRole, Qt::ToolTipRole, ProgressRole, ExpectedProgressRole and PaceStatusRole (none: no status
    // yet); nothing otherwise.
    QVariant data(int role) const;

private:
    double m_progress;
    double m_expected;
    std::optional<Confidence> m_pace;
    std::optional<Confidence> m_stated;
    QDate m_referenceDate;
};
