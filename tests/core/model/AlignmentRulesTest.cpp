#include "support/catch.h"

#include "model/AlignmentRules.h"

namespace {

using Teams = QList<Id>;

// Acme (1) -> Sales (2), Engineering (3) -> Platform (4). The company's 10 has Sales' 20 and Engineering's 30
// aligned to it, Platform's 40 is aligned to 30; Engineering's 50 is aligned to nothing.
CyclePlan acmePlan()
{
    CyclePlan plan;
    plan.cycle.id = 1;
    plan.teams = {{1, NoId, QStringLiteral("Acme")},
                  {2, 1, QStringLiteral("Sales")},
                  {3, 1, QStringLiteral("Engineering")},
                  {4, 3, QStringLiteral("Platform")}};
    const struct {
        Id id, teamId, parentId;
    } objectives[] = {{10, 1, NoId}, {20, 2, 10}, {30, 3, 10}, {40, 4, 30}, {50, 3, NoId}};
    for (const auto &[id, teamId, parentId] : objectives) {
        Objective objective;
        objective.id = id;
        objective.teamId = teamId;
        objective.parentId = parentId;
        plan.objectives.append(objective);
    }
    plan.rebuildIndex();
    return plan;
}

} // namespace

TEST_CASE("An objective should align only to an objective of a higher team", "[core][model][alignment]")
{
    const CyclePlan plan = acmePlan();
    const AlignmentRules rules(plan);
    CHECK(rules.canAlign(40, 10));          // the company is above Platform
    CHECK(rules.canAlign(40, 50));          // Engineering is above Platform
    CHECK_FALSE(rules.canAlign(50, 30));    // the same team is not higher
    CHECK_FALSE(rules.canAlign(20, 30));    // a sibling department is not higher
    CHECK_FALSE(rules.canAlign(10, 50));    // the company is below no team
    CHECK(rules.canAlign(40, NoId));        // aligned to nothing is always allowed
    CHECK_FALSE(rules.canAlign(999, NoId)); // not in the plan
}

TEST_CASE("An objective should never align to itself or below itself", "[core][model][alignment]")
{
    CyclePlan plan = acmePlan();
    // Give Platform's objective to the company's team, so only the loop stands in the way.
    plan.objectives[3].teamId = 1;
    plan.rebuildIndex();
    const AlignmentRules rules(plan);
    CHECK_FALSE(rules.canAlign(10, 10));
    CHECK_FALSE(rules.canAlign(30, 40)); // 40 is aligned to 30
}

TEST_CASE("An objective's team choices should keep its alignment both ways", "[core][model][alignment]")
{
    CyclePlan plan = acmePlan();
    const AlignmentRules rules(plan);
    // Aligned to Engineering's 30: a team below Engineering.
    CHECK(rules.teamsFor(40) == Teams{4});
    // Below the company's 10 and above Platform's 40: Engineering only.
    CHECK(rules.teamsFor(30) == Teams{3});
    // Above Sales and Engineering: the company.
    CHECK(rules.teamsFor(10) == Teams{1});
    // Aligned to nothing, nothing aligned to it: any team.
    CHECK(rules.teamsFor(50) == Teams{1, 2, 3, 4});
    CHECK(rules.teamsFor(999).isEmpty());

    SECTION("a parent outside the cycle is above every team")
    {
        plan.objectives[4].parentId = 777;
        plan.rebuildIndex();
        CHECK(AlignmentRules(plan).teamsFor(50) == Teams{1, 2, 3, 4});
    }
    SECTION("an annual cycle holds company objectives, besides where the objective is")
    {
        plan.cycle.annual = true;
        CHECK(AlignmentRules(plan).teamsFor(50) == Teams{1, 3});
    }
}
