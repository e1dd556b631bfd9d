#include "support/catch.h"

#include "coach/CoachFlagCache.h"

#include <algorithm>
#include <tuple>

namespace {

bool hasCode(const QList<CoachFlag> &flags, const char *code)
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [code](const CoachFlag &flag) { return flag.code == QLatin1String(code); });
}

// The company's objective 1, and Sales' objective 2 aligned to nothing with two key results that say the same.
CyclePlan salesPlan()
{
    CyclePlan plan;
    plan.teams = {{1, NoId, QStringLiteral("Company")}, {2, 1, QStringLiteral("Sales")}};
    for (const auto &[id, teamId, title] :
         {std::tuple(1, 1, "Win the mid-market"), std::tuple(2, 2, "Sell to mid-sized companies")}) {
        plan.objectives.append(Objective());
        plan.objectives.last().id = id;
        plan.objectives.last().teamId = teamId;
        plan.objectives.last().title = QString::fromUtf8(title);
    }
    Id keyResultId = 20;
    for (const char *title :
         {"Increase MRR from $10k to $20k", "increase  MRR from $10k to $20k.", "Raise NPS from 32 to 45"}) {
        KeyResult keyResult;
        keyResult.id = keyResultId++;
        keyResult.objectiveId = 2;
        keyResult.title = QString::fromUtf8(title);
        plan.keyResults.append(keyResult);
    }
    plan.rebuildIndex();
    return plan;
}

} // namespace

TEST_CASE("The flag cache should give each row its own flags and the plan findings about it", "[coach][set]")
{
    const CyclePlan plan = salesPlan();
    const CoachFlagCache cache(plan);
    CHECK(hasCode(cache.objectiveFlags(2), CoachCode::NotAligned));
    CHECK_FALSE(hasCode(cache.objectiveFlags(1), CoachCode::NotAligned));
    CHECK_FALSE(hasCode(cache.keyResultFlags(20), CoachCode::DuplicateKeyResult)); // the first says it first
    CHECK(hasCode(cache.keyResultFlags(21), CoachCode::DuplicateKeyResult));
    CHECK_FALSE(hasCode(cache.keyResultFlags(22), CoachCode::DuplicateKeyResult));
    CHECK(cache.objectiveFlags(999).isEmpty());
    CHECK(cache.keyResultFlags(999).isEmpty());
}

TEST_CASE("The flag cache should keep what it found until it is cleared", "[coach][set]")
{
    CyclePlan plan = salesPlan();
    CoachFlagCache cache(plan);
    REQUIRE(hasCode(cache.objectiveFlags(2), CoachCode::NotAligned));

    plan.objectives[1].parentId = 1; // now aligned to the company's objective
    plan.rebuildIndex();
    CHECK(hasCode(cache.objectiveFlags(2), CoachCode::NotAligned));

    cache.clear();
    CHECK_FALSE(hasCode(cache.objectiveFlags(2), CoachCode::NotAligned));
}
