#pragma once

#include "model/Cycle.h"

#include <QDate>

class Repository;

// The demo organisation: seed 003's company objective "Increase the competitive strength of our product" with
// the Marketing, Product, Sales and Customer Success teams' OKRs and action plans; the quarter around `today`
// active with its weekly check-ins, the previous quarter closed and reviewed, and a few KPIs with history.
namespace DemoCompany {

// Writes the demo into an empty document in one transaction. Dates are relative to `today` so it looks live.
void write(Repository &repository, QDate today);

// The quarter sample documents make active: the one around `today` once it has 8 check-in weeks, else the one
// before it, so the active quarter always shows a history.
Cycle activeQuarter(QDate today);

} // namespace DemoCompany
