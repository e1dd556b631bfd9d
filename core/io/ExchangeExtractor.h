#pragma once

#include "io/CyclePlanSink.h"
#include "io/ExchangeData.h"
#include "io/ExchangeSink.h"
#include "model/Ids.h"

#include <QStringList>

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

// Hands the records to `sink` as they are read from the document, in ExchangeSink's order, one at a time: memory
// holds the teams, the cycles and the id maps, never the records. What a damaged document reads is held one part
// at a time (a cycle's plan, a team's check-ins) until the whole part is read. Returns what could not be read
// (ExchangeData::unreadable).
QStringList extract(const Repository &repository, ExchangeSink &sink, std::optional<Id> cycleId = std::nullopt);
// The same, collected.
ExchangeData extract(const Repository &repository, std::optional<Id> cycleId = std::nullopt);

// The teams, cycles, objectives, key results and initiatives alone (what CSV holds, read without the years of
// check-ins), the same records with the same ids, handed over in CyclePlanSink's order: every objective's outline
// first (counted by the document, without the plan's texts), then the plan nested in the tree's order, read over
// side-by-side cursors: memory holds the teams, the cycles and the ids of the objectives others align to. A cycle
// whose plan cannot be read is left out whole, outline included.
QStringList extractByCycle(const Repository &repository, CyclePlanSink &sink, std::optional<Id> cycleId = std::nullopt);

} // namespace ExchangeExtractor
