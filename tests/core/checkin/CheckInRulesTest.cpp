#include "support/catch.h"

#include "checkin/CheckInRules.h"

TEST_CASE("A plan ticked done should move to Progress and back when unticked", "[checkin][rules]")
{
    const PlanItem plan{QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Call ten customers"), 7, false};
    const PlanItem done = CheckInRules::markedDone(plan, true);
    CHECK(done.kind == PlanItemKind::Progress);
    CHECK(done.done);
    CHECK(done.keyResultId == 7);
    const PlanItem reopened = CheckInRules::markedDone(done, false);
    CHECK(reopened.kind == PlanItemKind::Plan);
    CHECK_FALSE(reopened.done);

    const PlanItem problem{QStringLiteral("Ana"), PlanItemKind::Problem, QStringLiteral("No budget"), NoId, false};
    CHECK(CheckInRules::markedDone(problem, true).kind == PlanItemKind::Problem);
}

TEST_CASE("Only unfinished plans should be carried over", "[checkin][rules]")
{
    CheckIn lastWeek;
    lastWeek.items = {
        {QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Open"), NoId, false},
        {QStringLiteral("Ana"), PlanItemKind::Progress, QStringLiteral("Finished"), NoId, true},
        {QStringLiteral("Bo"), PlanItemKind::Plan, QStringLiteral("Ticked"), NoId, true},
        {QStringLiteral("Bo"), PlanItemKind::Problem, QStringLiteral("Blocked"), NoId, false},
    };
    const QList<PlanItem> carried = CheckInRules::unfinishedPlans(lastWeek);
    REQUIRE(carried.size() == 1);
    CHECK(carried.first().text == QStringLiteral("Open"));
}

TEST_CASE("Normalising should drop empty items, trim texts and move done plans to Progress", "[checkin][rules]")
{
    CheckIn checkIn;
    checkIn.items = {
        {QStringLiteral(" Ana "), PlanItemKind::Plan, QStringLiteral("  "), NoId, false},
        {QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral(" Ship it "), NoId, true},
    };
    checkIn.lessons = QStringLiteral(" Short meetings work \n");
    const CheckIn stored = CheckInRules::normalised(checkIn);
    REQUIRE(stored.items.size() == 1);
    CHECK(stored.items.first().text == QStringLiteral("Ship it"));
    CHECK(stored.items.first().kind == PlanItemKind::Progress);
    CHECK(stored.lessons == QStringLiteral("Short meetings work"));
}

TEST_CASE("Merging an update should replace that key result's update and keep the others", "[checkin][rules]")
{
    CheckIn checkIn;
    checkIn.updates = {{1, 10, Confidence::OnTrack, QStringLiteral("a")},
                       {2, 20, Confidence::AtRisk, QStringLiteral("b")}};
    CheckInRules::mergeUpdate(checkIn, {2, 25, Confidence::OffTrack, QStringLiteral("c")});
    CheckInRules::mergeUpdate(checkIn, {3, 30, Confidence::OnTrack, QString()});
    REQUIRE(checkIn.updates.size() == 3);
    CHECK(checkIn.updates[0].value == 10);
    CHECK(checkIn.updates[1].value == 25);
    CHECK(checkIn.updates[1].confidence == Confidence::OffTrack);
    CHECK(checkIn.updates[2].keyResultId == 3);
}

TEST_CASE("Standing should give progress and the pace of the week's Friday", "[checkin][rules]")
{
    KeyResult keyResult;
    keyResult.start = 0;
    keyResult.target = 100;
    const Cycle cycle{NoId, QStringLiteral("Q"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};
    const CheckInRules::Standing late = CheckInRules::standingAt(keyResult, cycle, {2026, 38}, 10);
    CHECK(late.progress == Approx(0.1));
    CHECK(late.expectedProgress > 0.8);
    CHECK(late.pace == Confidence::OffTrack);
    CHECK(CheckInRules::standingAt(keyResult, cycle, {2026, 27}, 10).pace == Confidence::OnTrack);
}

TEST_CASE("A check-in started on a company objective is for the teams owning key results below it", "[checkin][rules]")
{
    CyclePlan plan;
    plan.teams = {{1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Sales")}, {3, 1, QStringLiteral("Ops")}};
    const auto objective = [](Id id, Id team, Id parent) {
        Objective result;
        result.id = id;
        result.teamId = team;
        result.parentId = parent;
        result.position = int(id);
        return result;
    };
    const auto keyResult = [](Id id, Id objectiveId) {
        KeyResult result;
        result.id = id;
        result.objectiveId = objectiveId;
        return result;
    };
    plan.objectives = {objective(10, 1, NoId), objective(11, 1, NoId), objective(20, 3, 10), objective(30, 2, 10),
                       objective(31, 2, 30)};
    plan.keyResults = {keyResult(100, 30), keyResult(101, 31), keyResult(102, 20)};
    plan.rebuildIndex();

    CHECK(CheckInRules::teamsCheckingIn(plan, 1, 10) == QList<Id>{3, 2});
    CHECK(CheckInRules::teamsCheckingIn(plan, 1, NoId) == QList<Id>{3, 2}); // the company's node
    CHECK(CheckInRules::teamsCheckingIn(plan, 2, 31) == QList<Id>{2});
    CHECK(CheckInRules::teamsCheckingIn(plan, 1, 11).isEmpty());
}
