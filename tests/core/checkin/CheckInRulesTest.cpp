#include "support/catch.h"

#include "checkin/CheckInRules.h"

TEST_CASE("A new value should be read in C notation and refuse what is not a finite number", "[checkin][rules]")
{
    CHECK(CheckInRules::parseValue(QStringLiteral("42")) == 42.0);
    CHECK(CheckInRules::parseValue(QStringLiteral(" 12.5 ")) == 12.5);
    CHECK(CheckInRules::parseValue(QStringLiteral("-3")) == -3.0);
    CHECK_FALSE(CheckInRules::parseValue(QStringLiteral("")).has_value());
    CHECK_FALSE(CheckInRules::parseValue(QStringLiteral("twelve")).has_value());
    CHECK_FALSE(CheckInRules::parseValue(QStringLiteral("12abc")).has_value());
    CHECK_FALSE(CheckInRules::parseValue(QStringLiteral("nan")).has_value());
    CHECK_FALSE(CheckInRules::parseValue(QStringLiteral("inf")).has_value());
}

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
