#include "support/catch.h"

#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"

namespace {

constexpr int teamCount = 1000;
constexpr int objectivesPerTeam = 3;
constexpr int keyResultsPerObjective = 4;

// A company and 999 teams under it; every team objective aligns to one of the company's objectives, and the key
// results mix kinds, weights and key results not yet checked in, as a large organisation's quarter would.
CyclePlan largeOrganisation()
{
    CyclePlan plan;
    plan.cycle.id = 1;
    plan.cycle.start = QDate(2026, 7, 1);
    plan.cycle.end = QDate(2026, 9, 30);
    Id nextId = 1;
    QList<Id> companyObjectives;
    for (int teamIndex = 0; teamIndex < teamCount; ++teamIndex) {
        Team team;
        team.id = nextId++;
        team.parentId = teamIndex == 0 ? NoId : plan.teams.first().id;
        plan.teams.append(team);
        for (int objectiveIndex = 0; objectiveIndex < objectivesPerTeam; ++objectiveIndex) {
            Objective objective;
            objective.id = nextId++;
            objective.cycleId = plan.cycle.id;
            objective.teamId = team.id;
            objective.parentId = teamIndex == 0 ? NoId : companyObjectives[(teamIndex + objectiveIndex) % 3];
            objective.position = objectiveIndex;
            plan.objectives.append(objective);
            if (teamIndex == 0)
                companyObjectives.append(objective.id);
            for (int keyResultIndex = 0; keyResultIndex < keyResultsPerObjective; ++keyResultIndex) {
                KeyResult keyResult;
                keyResult.id = nextId++;
                keyResult.objectiveId = objective.id;
                keyResult.kind = keyResultIndex == 1 ? KeyResultKind::Decrease : KeyResultKind::Increase;
                keyResult.start = keyResultIndex == 1 ? 40 : 0;
                keyResult.target = keyResultIndex == 1 ? 10 : 100;
                if (keyResultIndex != 3)
                    keyResult.current = double((teamIndex * 7 + keyResultIndex * 13) % 100);
                keyResult.weight = 1 + keyResultIndex % 2;
                keyResult.position = keyResultIndex;
                plan.keyResults.append(keyResult);
            }
        }
    }
    plan.rebuildIndex();
    return plan;
}

} // namespace

TEST_CASE("Progress roll-up over a large organisation", "[bench][scoring]")
{
    const CyclePlan plan = largeOrganisation();
    REQUIRE(plan.objectives.size() == teamCount * objectivesPerTeam);
    REQUIRE(plan.keyResults.size() == teamCount * objectivesPerTeam * keyResultsPerObjective);

    BENCHMARK("ProgressRollUp, 1,000 teams x 3 objectives x 4 key results")
    {
        return ProgressRollUp(plan).cycle();
    };

    // What the board does beside the roll-up: one forecast per key result over a quarter of weekly check-ins.
    QList<Scoring::ValuePoint> history;
    for (int week = 0; week < 13; ++week)
        history.append({plan.cycle.start.addDays(7 * week), 3.0 * week + (week % 3)});
    BENCHMARK("Scoring::forecast for 12,000 key results x 13 check-ins")
    {
        double projected = 0.0;
        for (const KeyResult &keyResult : plan.keyResults)
            projected +=
                Scoring::forecast(keyResult, history, plan.cycle.end).value_or(Scoring::Forecast{}).projectedProgress;
        return projected;
    };
}
