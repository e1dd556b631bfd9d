#include "io/ExchangeSink.h"

void ExchangeSink::addAll(const ExchangeData &data)
{
    for (const Team &team : data.teams)
        addTeam(team);
    for (const Cycle &cycle : data.cycles)
        addCycle(cycle);
    for (const Objective &objective : data.objectives)
        addObjective(objective);
    for (const KeyResult &keyResult : data.keyResults)
        addKeyResult(keyResult);
    for (const Initiative &initiative : data.initiatives)
        addInitiative(initiative);
    for (const CheckIn &checkIn : data.checkIns)
        addCheckIn(checkIn);
    for (const Kpi &kpi : data.kpis)
        addKpi(kpi);
    for (const TeamReview &review : data.teamReviews)
        addTeamReview(review);
}
