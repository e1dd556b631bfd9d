#include "support/catch.h"

#include "coach/Coach.h"
#include "coach/CycleReview.h"
#include "model/CyclePlan.h"

namespace {

// The company with one objective nothing measures; Sales (under it) with four objectives, one of them holding two
// key results that say the same; Support (under it) with none.
CyclePlan crowdedPlan()
{
    CyclePlan plan;
    plan.teams = {
        {1, NoId, QStringLiteral("Company")}, {2, 1, QStringLiteral("Sales")}, {3, 1, QStringLiteral("Support")}};
    const auto addObjective = [&](Id id, Id teamId, const QString &title) {
        Objective objective;
        objective.id = id;
        objective.teamId = teamId;
        objective.parentId = teamId == 1 ? NoId : 1;
        objective.title = title;
        plan.objectives.append(objective);
    };
    addObjective(1, 1, QStringLiteral("Win the mid-market"));
    Id objectiveId = 2;
    for (const char *title : {"Delight our customers", "Grow in the south", "Keep our best people", "Sell smarter"})
        addObjective(objectiveId++, 2, QString::fromUtf8(title));
    plan.keyResults.resize(2);
    plan.keyResults[0].title = QStringLiteral("Grow the pipeline from 40 to 60 qualified deals");
    plan.keyResults[1].title = QStringLiteral("grow the pipeline from 40 to 60 qualified deals.");
    for (qsizetype row = 0; row < plan.keyResults.size(); ++row) {
        plan.keyResults[row].id = 20 + row;
        plan.keyResults[row].objectiveId = 2;
    }
    plan.rebuildIndex();
    return plan;
}

} // namespace

TEST_CASE("A cycle review should tie each set check to its team, objective or key result and count them",
          "[coach][set]")
{
    const CyclePlan plan = crowdedPlan();
    const CycleReview review(Coach(), plan, NoId);

    REQUIRE(review.teams().size() == 2); // Support has no objectives to review
    const CycleReview::TeamItem &sales = review.teams().at(1);
    CHECK(sales.team->name == QStringLiteral("Sales"));
    REQUIRE(sales.flags.size() == 1);
    CHECK(sales.flags.first().code == QLatin1String(CoachCode::TooManyTeamObjectives));
    REQUIRE(sales.objectives.size() == 4);
    const CycleReview::ObjectiveItem &measured = sales.objectives.first();
    REQUIRE(measured.keyResults.size() == 2);
    CHECK(measured.keyResults.at(0).review.flags.isEmpty());
    REQUIRE(measured.keyResults.at(1).review.flags.size() == 1);
    CHECK(measured.keyResults.at(1).review.flags.first().code == QLatin1String(CoachCode::DuplicateKeyResult));

    CHECK(review.objectiveCount() == 5);
    CHECK(review.keyResultCount() == 2);
    CHECK(review.flaggedKeyResultCount() == 1);
    CHECK(review.flaggedObjectiveCount() == 3); // the company's is measured by Sales' aligned to it
    CHECK(review.flagCounts().value(QString::fromLatin1(CoachCode::TooFewKeyResults)) == 3);
    CHECK(review.flagCounts().value(QString::fromLatin1(CoachCode::TooManyTeamObjectives)) == 1);
    CHECK(review.unmeasuredObjectiveCount() == 3);
    CHECK(review.teamsOverGuidance() == QStringList{QStringLiteral("Sales")});
    CHECK_FALSE(review.isClean());
}

TEST_CASE("A cycle review of one team should leave the others out", "[coach][set]")
{
    const CyclePlan plan = crowdedPlan();
    const CycleReview review(Coach(), plan, 3);
    CHECK(review.teams().isEmpty());
    CHECK(review.objectiveCount() == 0);
    CHECK(review.isClean());
}
