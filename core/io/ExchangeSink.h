#pragma once

#include "io/ExchangeData.h"

// Where an importer hands what it read, one record at a time and kind by kind in the order ExchangeData lists
// them (teams, parents first; cycles; objectives; key results; initiatives; check-ins; KPIs; team reviews), ids
// local to the file. A reader that streams never holds the file; one that needs the whole of it collects it
// (ExchangeCollector).
class ExchangeSink {
public:
    virtual ~ExchangeSink() = default;

    virtual void addTeam(const Team &team) = 0;
    virtual void addCycle(const Cycle &cycle) = 0;
    virtual void addObjective(const Objective &objective) = 0;
    virtual void addKeyResult(const KeyResult &keyResult) = 0;
    virtual void addInitiative(const Initiative &initiative) = 0;
    virtual void addCheckIn(const CheckIn &checkIn) = 0;
    virtual void addKpi(const Kpi &kpi) = 0;
    virtual void addTeamReview(const TeamReview &review) = 0;

    // Every record of `data`, in that order.
    void addAll(const ExchangeData &data);
};
