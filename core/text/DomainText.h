#pragma once

#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"

#include <QString>

// How domain values are written for people, shared by the tree, the status bar and later views.
namespace DomainText {

// Numbers are written by ValueFormat; these name the domain's values with it.
QString percent(double share);                             // 0.42 -> "42 %"
QString measure(const KeyResult &keyResult, double value); // 1200 with "$" -> "$1,200"; 12 with "users" -> "12 users"
QString currentAndTarget(const KeyResult &keyResult); // "12 / 20 users", "$5 / $8", "— / ≥ 95 %" before any check-in
QString kpiMeasure(const Kpi &kpi, double value);     // 3.1 with "%" -> "3.1 %"; 250000 with "$" -> "$250,000"
QString confidence(Confidence confidence);            // "on track", "at risk", "off track"
QString initiativeStatus(InitiativeStatus status);
QString cycleState(CycleState state);
QString cycleDates(const Cycle &cycle); // "1 Jul – 30 Sep 2026"

} // namespace DomainText
