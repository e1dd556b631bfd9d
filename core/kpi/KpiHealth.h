#pragma once

#include "model/Kpi.h"

#include <QString>

#include <optional>

// How a KPI stands against its target: a KPI falling behind is a reason to write an objective
// (seed 003, How OKRs and KPIs can coexist).
namespace KpiHealth {

enum class Standing {
    NoValues, // nothing measured yet
    OnTarget, // the latest value meets the target in the preferred direction
    Behind,   // the latest value misses it
};

std::optional<double> latestValue(const Kpi &kpi);
Standing standing(const Kpi &kpi);

// The objective a team might write for a KPI that fell behind, as a starting point for the wizard.
QString suggestedObjectiveTitle(const Kpi &kpi);

} // namespace KpiHealth
