#include "support/catch.h"

#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"

#include <cmath>
#include <limits>

namespace {

// Builds a plan in a few lines; key results go from 0 to 100, so a value of 40 is a progress of 0.4.
class PlanBuilder {
public:
    Id team()
    {
        Team team;
        team.id = m_nextId++;
        m_plan.teams.append(team);
        return team.id;
    }

    Id objective(Id teamId, Id parentId = NoId, double weight = 1.0)
    {
        Objective objective;
        objective.id = m_nextId++;
        objective.teamId = teamId;
        objective.parentId = parentId;
        objective.weight = weight;
        m_plan.objectives.append(objective);
        return objective.id;
    }

    // For alignment loops, which need an objective to point at one created after it.
    void align(Id objectiveId, Id parentId)
    {
        for (Objective &objective : m_plan.objectives) {
            if (objective.id == objectiveId)
                objective.parentId = parentId;
        }
    }

    void keyResult(Id objectiveId, double progress, double weight = 1.0)
    {
        KeyResult keyResult;
        keyResult.id = m_nextId++;
        keyResult.objectiveId = objectiveId;
        keyResult.start = 0;
        keyResult.target = 100;
        keyResult.current = progress * 100;
        keyResult.weight = weight;
        m_plan.keyResults.append(keyResult);
    }

    // Added on `addedOn` and not checked in since.
    void lateKeyResult(Id objectiveId, QDate addedOn)
    {
        KeyResult keyResult;
        keyResult.id = m_nextId++;
        keyResult.objectiveId = objectiveId;
        keyResult.start = 0;
        keyResult.target = 100;
        keyResult.addedOn = addedOn;
        m_plan.keyResults.append(keyResult);
    }

    void quarter()
    {
        m_plan.cycle.start = QDate(2026, 7, 1);
        m_plan.cycle.end = QDate(2026, 9, 30);
    }

    const CyclePlan &plan()
    {
        m_plan.rebuildIndex();
        return m_plan;
    }

private:
    CyclePlan m_plan;
    Id m_nextId = 1;
};

} // namespace

TEST_CASE("An objective's progress should be the weighted mean of its key results", "[core][scoring]")
{
    PlanBuilder builder;
    const Id objective = builder.objective(builder.team());
    builder.keyResult(objective, 0.2, 1);
    builder.keyResult(objective, 0.8, 3);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(objective) == Approx(0.65));
    CHECK(rollUp.hasContributors(objective));
}

TEST_CASE("An objective with nothing to roll up should have no progress and no contributors", "[core][scoring]")
{
    PlanBuilder builder;
    const Id objective = builder.objective(builder.team());
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(objective) == 0.0);
    CHECK_FALSE(rollUp.hasContributors(objective));
}

TEST_CASE("An objective whose contributors all weigh zero should have no progress but still have contributors",
          "[core][scoring]")
{
    PlanBuilder builder;
    const Id team = builder.team();
    const Id objective = builder.objective(team);
    builder.keyResult(objective, 0.5, 0);
    builder.keyResult(objective, 1.0, 0);
    const Id parent = builder.objective(team);
    builder.keyResult(builder.objective(team, parent, 0), 0.9);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(objective) == 0.0);
    CHECK(rollUp.hasContributors(objective));
    CHECK(rollUp.objective(parent) == 0.0);
    CHECK(rollUp.hasContributors(parent));
}

TEST_CASE("Negative or non-finite weights should count as zero", "[core][scoring]")
{
    PlanBuilder builder;
    const Id objective = builder.objective(builder.team());
    builder.keyResult(objective, 0.4);
    builder.keyResult(objective, 1.0, -2);
    builder.keyResult(objective, 1.0, std::numeric_limits<double>::quiet_NaN());
    builder.keyResult(objective, 1.0, std::numeric_limits<double>::infinity());
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(objective) == Approx(0.4));
}

TEST_CASE("An objective with only aligned objectives should roll up their progress by their weights", "[core][scoring]")
{
    PlanBuilder builder;
    const Id company = builder.objective(builder.team());
    builder.keyResult(builder.objective(builder.team(), company, 1), 0.4);
    builder.keyResult(builder.objective(builder.team(), company, 2), 1.0);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(company) == Approx(0.8));
    CHECK(rollUp.hasContributors(company));
}

TEST_CASE("An objective should weigh its own key results together with the objectives aligned to it", "[core][scoring]")
{
    PlanBuilder builder;
    const Id parent = builder.objective(builder.team());
    builder.keyResult(parent, 0.5, 2);
    builder.keyResult(builder.objective(builder.team(), parent, 2), 0.8);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(parent) == Approx(0.65));
}

TEST_CASE("An aligned objective without contributors should count as zero in its parent", "[core][scoring]")
{
    PlanBuilder builder;
    const Id parent = builder.objective(builder.team());
    const Id empty = builder.objective(builder.team(), parent);
    builder.keyResult(builder.objective(builder.team(), parent), 1.0);
    const ProgressRollUp rollUp(builder.plan());
    CHECK_FALSE(rollUp.hasContributors(empty));
    CHECK(rollUp.objective(parent) == Approx(0.5));
    CHECK(rollUp.hasContributors(parent));
}

TEST_CASE("Progress should roll up through alignments three levels deep", "[core][scoring]")
{
    PlanBuilder builder;
    const Id company = builder.objective(builder.team());
    const Id department = builder.objective(builder.team(), company);
    builder.keyResult(department, 1.0);
    const Id team = builder.objective(builder.team(), department);
    builder.keyResult(team, 0.2);
    builder.keyResult(team, 0.4);
    const Id squad = builder.objective(builder.team(), team);
    builder.keyResult(squad, 0.9);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(squad) == Approx(0.9));
    CHECK(rollUp.objective(team) == Approx(0.5));
    CHECK(rollUp.objective(department) == Approx(0.75));
    CHECK(rollUp.objective(company) == Approx(0.75));
    CHECK(rollUp.cycle() == Approx(0.75));
}

TEST_CASE("Children listed before their parents should roll up the same way", "[core][scoring]")
{
    PlanBuilder builder;
    const Id child = builder.objective(builder.team());
    builder.keyResult(child, 0.6);
    const Id parent = builder.objective(builder.team());
    builder.align(child, parent);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(parent) == Approx(0.6));
}

TEST_CASE("An alignment loop in bad data should end and ignore the alignment that closes the loop", "[core][scoring]")
{
    PlanBuilder builder;
    const Id team = builder.team();
    const Id first = builder.objective(team);
    builder.keyResult(first, 0.2);
    const Id second = builder.objective(team, first);
    builder.keyResult(second, 0.6);
    builder.align(first, second);
    builder.keyResult(builder.objective(team, first), 1.0); // aligned to the loop from outside it
    const Id selfAligned = builder.objective(team);
    builder.align(selfAligned, selfAligned);
    builder.keyResult(selfAligned, 0.3);
    const Id emptyLoop = builder.objective(team);
    builder.align(emptyLoop, emptyLoop);

    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(first) == Approx(0.6));
    CHECK(rollUp.objective(second) == Approx(0.6));
    CHECK(rollUp.objective(selfAligned) == Approx(0.3));
    CHECK(rollUp.objective(emptyLoop) == 0.0);
    CHECK_FALSE(rollUp.hasContributors(emptyLoop));
    CHECK_FALSE(std::isnan(rollUp.team(team)));
    CHECK_FALSE(std::isnan(rollUp.cycle()));
}

TEST_CASE("Team progress should be the mean of the team's own top-level objectives", "[core][scoring]")
{
    PlanBuilder builder;
    const Id team = builder.team();
    const Id first = builder.objective(team);
    builder.keyResult(first, 0.2);
    builder.keyResult(builder.objective(team, first), 1.0); // within the team: inside `first`
    const Id second = builder.objective(team, NoId, 3);     // an objective's weight is for its parent only
    builder.keyResult(second, 0.4);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(first) == Approx(0.6));
    CHECK(rollUp.team(team) == Approx(0.5));
}

TEST_CASE("An objective aligned to another team's objective should be top level for its own team", "[core][scoring]")
{
    PlanBuilder builder;
    const Id company = builder.team();
    const Id companyObjective = builder.objective(company);
    builder.keyResult(companyObjective, 0.0);
    const Id sales = builder.team();
    builder.keyResult(builder.objective(sales, companyObjective), 0.8);
    builder.keyResult(builder.objective(sales, companyObjective), 0.4);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.team(sales) == Approx(0.6));
    CHECK(rollUp.team(company) == Approx(0.4));
    CHECK(rollUp.cycle() == Approx(0.4));
}

TEST_CASE("An objective aligned to one outside the cycle should be top level", "[core][scoring]")
{
    PlanBuilder builder;
    const Id team = builder.team();
    const Id annualObjectiveElsewhere = 9999;
    builder.keyResult(builder.objective(team, annualObjectiveElsewhere), 0.3);
    builder.keyResult(builder.objective(team), 0.5);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.team(team) == Approx(0.4));
    CHECK(rollUp.cycle() == Approx(0.4));
}

TEST_CASE("Cycle progress should be the plain mean of the top-level objectives", "[core][scoring]")
{
    PlanBuilder builder;
    const Id company = builder.team();
    const Id growth = builder.objective(company, NoId, 5);
    builder.keyResult(growth, 0.9);
    builder.keyResult(builder.objective(builder.team(), growth), 0.1);
    builder.objective(company); // no key results yet: counts as 0
    builder.keyResult(builder.objective(company), 0.8);
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.objective(growth) == Approx(0.5));
    CHECK(rollUp.cycle() == Approx((0.5 + 0.0 + 0.8) / 3));
}

TEST_CASE("An empty plan and unknown ids should read as no progress", "[core][scoring]")
{
    PlanBuilder builder;
    const Id idleTeam = builder.team();
    const ProgressRollUp rollUp(builder.plan());
    CHECK(rollUp.cycle() == 0.0);
    CHECK(rollUp.team(idleTeam) == 0.0);
    CHECK(rollUp.team(404) == 0.0);
    CHECK(rollUp.objective(404) == 0.0);
    CHECK_FALSE(rollUp.hasContributors(404));
}

TEST_CASE("A key result added late and not checked in should count in progress but not pull the pace down",
          "[core][scoring]")
{
    PlanBuilder builder;
    builder.quarter();
    const Id team = builder.team();
    const Id objective = builder.objective(team);
    builder.keyResult(objective, 0.8);
    builder.lateKeyResult(objective, QDate(2026, 9, 1));
    const QDate day(2026, 9, 15);
    const ProgressRollUp rollUp(builder.plan(), day);

    CHECK(rollUp.objective(objective) == Approx(0.4)); // its 0 still counts
    const double onSchedule = Scoring::expectedProgress(builder.plan().cycle, day);
    CHECK(rollUp.objectiveExpected(objective) == Approx((onSchedule + 0.0) / 2.0));
    CHECK(rollUp.objectivePace(objective) == Confidence::OnTrack);
    CHECK(rollUp.teamPace(team) == Confidence::OnTrack);
    CHECK(rollUp.cyclePace() == Confidence::OnTrack);
    // Without the late key result's own clock, 0.4 done against 0.82 due would be off track.
    CHECK(Scoring::paceStatus(onSchedule, 0.4) == Confidence::OffTrack);
}

TEST_CASE("Key results checked in should pace their objective, team and cycle from the cycle's clock",
          "[core][scoring]")
{
    PlanBuilder builder;
    builder.quarter();
    const Id team = builder.team();
    const Id objective = builder.objective(team);
    const Id empty = builder.objective(team);
    builder.keyResult(objective, 0.3);
    const QDate day(2026, 9, 15);
    const ProgressRollUp rollUp(builder.plan(), day);

    const double onSchedule = Scoring::expectedProgress(builder.plan().cycle, day);
    CHECK(rollUp.objectiveExpected(objective) == Approx(onSchedule));
    CHECK(rollUp.objectivePace(objective) == Confidence::OffTrack);
    CHECK(rollUp.objectiveExpected(empty) == Approx(onSchedule)); // nothing measures it: the cycle's clock
    CHECK(rollUp.teamExpected(team) == Approx(onSchedule));
    CHECK(rollUp.teamPace(team) == Confidence::OffTrack);
}

TEST_CASE("The roll-up should read objective, team and cycle paces with the thresholds it is given",
          "[core][scoring][preferences]")
{
    PlanBuilder builder;
    builder.quarter();
    const Id team = builder.team();
    const Id objective = builder.objective(team);
    builder.keyResult(objective, 0.3); // half the quarter gone on 15 August: a gap of about 0.2
    const QDate midQuarter(2026, 8, 15);
    const ProgressRollUp usual(builder.plan(), midQuarter);
    CHECK(usual.objectivePace(objective) == Confidence::AtRisk);
    const PaceThresholds lenient{0.25, 0.5};
    const ProgressRollUp chosen(builder.plan(), midQuarter, lenient);
    CHECK(chosen.thresholds() == lenient);
    CHECK(chosen.objectivePace(objective) == Confidence::OnTrack);
    CHECK(chosen.teamPace(team) == Confidence::OnTrack);
    CHECK(chosen.cyclePace() == Confidence::OnTrack);
    CHECK(ProgressRollUp(builder.plan(), midQuarter, {0.05, 0.1}).objectivePace(objective) == Confidence::OffTrack);
}
