#pragma once

#include "model/Cycle.h"

#include <QDate>

// Calendar quarters as cycles: "2026 Q3", Jul 1 - Sep 30.
namespace Quarter {

Cycle containing(QDate day);         // name and dates; id 0, state planning
Cycle following(const Cycle &cycle); // the quarter after the one `cycle` ends in
Cycle preceding(const Cycle &cycle); // the quarter before the one `cycle` starts in

} // namespace Quarter
