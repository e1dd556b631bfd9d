#pragma once

#include "model/Confidence.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

// A progress cell as the alignment tree and the progress board show it: the percentage, the ItemRoles values
// ProgressBarDelegate draws its bar and pace marker from, and a tooltip that names the expected pace.
class ProgressCell {
    Q_DECLARE_TR_FUNCTIONS(ProgressCell)
public:
    // `expected`: the share of the cycle elapsed on `referenceDate`; `pace`: progress against it.
    ProgressCell(double progress, double expected, Confidence pace, QDate referenceDate);

    // Qt::DisplayRole, Qt::ToolTipRole, ProgressRole, ExpectedProgressRole and PaceStatusRole; nothing otherwise.
    QVariant data(int role) const;

private:
    double m_progress;
    double m_expected;
    Confidence m_pace;
    QDate m_referenceDate;
};
