#include "support/catch.h"

#include "coach/Coach.h"
#include "coach/CycleReview.h"
#include "coach/ReviewMemo.h"
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

TEST_CASE("A cycle review should tally each team's own objectives and add the tallies up", "[coach][set]")
{
    const CyclePlan plan = crowdedPlan();
    const CycleReview review(Coach(), plan, NoId);

    REQUIRE(review.teams().size() == 2);
    const CycleReview::Tally &company = review.teams().at(0).tally;
    CHECK(company.objectives == 1);
    CHECK(company.keyResults == 0);
    CHECK(company.flaggedKeyResultShare() == 0.0);
    CHECK(company.unmeasuredObjectives == 0); // Sales' objectives aligned to it measure it
    CHECK(company.teamsOverGuidance == 0);

    const CycleReview::Tally &sales = review.teams().at(1).tally;
    CHECK(sales.objectives == 4);
    CHECK(sales.keyResults == 2);
    CHECK(sales.flaggedKeyResults == 1);
    CHECK(sales.flaggedKeyResultShare() == 0.5);
    CHECK(sales.flaggedObjectives == 3);
    CHECK(sales.unmeasuredObjectives == 3);
    CHECK(sales.teamsOverGuidance == 1);
    CHECK(sales.flagCounts.value(QString::fromLatin1(CoachCode::DuplicateKeyResult)) == 1);
    CHECK(sales.flagCounts.value(QString::fromLatin1(CoachCode::TooManyTeamObjectives)) == 1);

    CycleReview::Tally sum = company;
    sum.add(sales);
    CHECK(sum.objectives == review.tally().objectives);
    CHECK(sum.keyResults == review.tally().keyResults);
    CHECK(sum.flaggedObjectives == review.tally().flaggedObjectives);
    CHECK(sum.unmeasuredObjectives == review.tally().unmeasuredObjectives);
    CHECK(sum.teamsOverGuidance == 1);
    CHECK(sum.flagCounts == review.flagCounts());
}

TEST_CASE("A cycle review with the memo of the last should review again only the objectives that changed",
          "[coach][set]")
{
    CyclePlan plan = crowdedPlan();
    const Coach coach;
    ReviewMemo memo;
    const CycleReview first(coach, plan, NoId, &memo);
    CHECK(memo.madeCount() == 5);
    const CycleReview same(coach, plan, NoId, &memo);
    CHECK(memo.madeCount() == 0);
    CHECK(same.flagCounts() == first.flagCounts());
    CHECK(same.tally().flaggedKeyResults == first.tally().flaggedKeyResults);

    // The first of the two key results that said the same now names a deliverable: flagged, and no longer a twin.
    plan.keyResults[0].title = QStringLiteral("Launch the pricing page");
    const CycleReview changed(coach, plan, NoId, &memo);
    CHECK(memo.madeCount() == 1);
    CHECK(changed.flagCounts().value(QString::fromLatin1(CoachCode::OutputVerb)) == 1);
    CHECK(changed.flagCounts().value(QString::fromLatin1(CoachCode::DuplicateKeyResult)) == 0);
    CHECK(changed.flagCounts() == CycleReview(coach, plan, NoId).flagCounts());

    // A value checked in is a change too: the key result's own review may depend on it.
    plan.keyResults[1].current = 70;
    const CycleReview checkedIn(coach, plan, NoId, &memo);
    CHECK(memo.madeCount() == 1);
    CHECK(checkedIn.flagCounts() == CycleReview(coach, plan, NoId).flagCounts());
    const CycleReview again(coach, plan, NoId, &memo);
    CHECK(memo.madeCount() == 0);
}
