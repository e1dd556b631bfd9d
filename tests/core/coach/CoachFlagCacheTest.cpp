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

TEST_CASE("The flag cache should give each row what the whole plan's review finds about it", "[coach][set]")
{
    // Sales gets three more objectives (four: over the guidance for a team), without key results.
    CyclePlan plan = salesPlan();
    for (const Id id : {3, 4, 5}) {
        plan.objectives.append(Objective());
        plan.objectives.last().id = id;
        plan.objectives.last().teamId = 2;
        plan.objectives.last().title = QStringLiteral("Delight mid-sized customers %1").arg(id);
    }
    plan.rebuildIndex();
    const CoachFlagCache cache(plan);

    QHash<Id, QStringList> objectiveCodes;
    QHash<Id, QStringList> keyResultCodes;
    for (const PlanFinding &finding : Coach().reviewPlan(plan)) {
        if (finding.flag.code == QLatin1String(CoachCode::DuplicateKeyResult)) {
            for (const Id keyResultId : finding.keyResultIds)
                keyResultCodes[keyResultId].append(finding.flag.code);
        } else if (finding.objectiveId != NoId) {
            objectiveCodes[finding.objectiveId].append(finding.flag.code);
        } else {
            for (const qsizetype row : plan.objectivesOfTeam(finding.teamId))
                objectiveCodes[plan.objectives.at(row).id].append(finding.flag.code);
        }
    }
    const auto setCodes = [](const QList<CoachFlag> &flags) {
        QStringList codes;
        for (const CoachFlag &flag : flags) {
            if (flag.code == QLatin1String(CoachCode::DuplicateKeyResult) ||
                flag.code == QLatin1String(CoachCode::NotAligned) ||
                flag.code == QLatin1String(CoachCode::TooFewKeyResults) ||
                flag.code == QLatin1String(CoachCode::TooManyKeyResults) ||
                flag.code == QLatin1String(CoachCode::TooManyTeamObjectives) ||
                flag.code == QLatin1String(CoachCode::TooManyCompanyObjectives))
                codes.append(flag.code);
        }
        return codes;
    };
    CHECK(objectiveCodes.value(3).contains(QLatin1String(CoachCode::TooManyTeamObjectives)));
    for (const Objective &objective : plan.objectives)
        CHECK(setCodes(cache.objectiveFlags(objective.id)) == objectiveCodes.value(objective.id));
    for (const KeyResult &keyResult : plan.keyResults)
        CHECK(setCodes(cache.keyResultFlags(keyResult.id)) == keyResultCodes.value(keyResult.id));
}
