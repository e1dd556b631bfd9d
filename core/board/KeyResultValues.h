#pragma once

#include "charts/ChartSeries.h"
#include "model/CyclePlan.h"

#include <QDate>

#include <optional>

// Key result values as they stood on an earlier day, read from their histories: what the board compares with.
namespace KeyResultValues {

// The latest value checked in up to `day`; none before the first.
std::optional<double> valueOn(const QList<Scoring::ValuePoint> &history, QDate day);

// The plan with every key result at its value on `day` (none before its first check-in), for a roll-up of then.
CyclePlan planOn(CyclePlan plan, const KeyResultHistories &histories, QDate day);

} // namespace KeyResultValues
