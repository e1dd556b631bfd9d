#pragma once

#include "io/ExchangeSink.h"

// Keeps every record it is given: the whole file in memory, for tests and for checking that an export reads back.
class ExchangeCollector : public ExchangeSink {
public:
    void addTeam(const Team &team) override { m_data.teams.append(team); }
    void addCycle(const Cycle &cycle) override { m_data.cycles.append(cycle); }
    void addObjective(const Objective &objective) override { m_data.objectives.append(objective); }
    void addKeyResult(const KeyResult &keyResult) override { m_data.keyResults.append(keyResult); }
    void addInitiative(const Initiative &initiative) override { m_data.initiatives.append(initiative); }
    void addCheckIn(const CheckIn &checkIn) override { m_data.checkIns.append(checkIn); }
    void addKpi(const Kpi &kpi) override { m_data.kpis.append(kpi); }
    void addTeamReview(const TeamReview &review) override { m_data.teamReviews.append(review); }

    const ExchangeData &data() const { return m_data; }

private:
    ExchangeData m_data;
};
