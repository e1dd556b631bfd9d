#pragma once

#include "io/ExchangeData.h"
#include "model/Ids.h"

#include <optional>

class Repository;

// Reads what an export writes out of a document, with file-local ids.
namespace ExchangeExtractor {

// Everything: the team tree, every cycle with its objectives, key results, initiatives and team reviews, every
// check-in and every KPI with its values. With `cycleId`, one cycle: all teams (the organisation), that cycle's
// tree and reviews, and the check-ins of its weeks; alignments to objectives of other cycles and KPIs (which
// belong to no cycle) are left out. Throws ExchangeError when the cycle does not exist.
// From a damaged document, each cycle's plan, each team's check-ins and reviews and the KPIs are read on their own:
// what cannot be read is left out (with whatever refers to it) and named in ExchangeData::unreadable.
// With Contents::Plan, the teams, cycles, objectives, key results and initiatives alone: what CSV holds, read without
// the years of check-ins.
enum class Contents { Plan, Everything };
ExchangeData extract(const Repository &repository, std::optional<Id> cycleId = std::nullopt,
                     Contents contents = Contents::Everything);

} // namespace ExchangeExtractor
