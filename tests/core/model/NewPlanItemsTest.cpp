#include "support/catch.h"

#include "model/NewPlanItems.h"

TEST_CASE("A new objective should belong to its team, aligned to nothing, after the others", "[core][model]")
{
    const Objective objective = NewPlanItems::objectiveOf(7, 3);
    CHECK(objective.id == NoId);
    CHECK(objective.cycleId == 7);
    CHECK(objective.teamId == 3);
    CHECK(objective.parentId == NoId);
    CHECK(objective.title == QStringLiteral("New objective"));
    CHECK(objective.position == -1);
}

TEST_CASE("A new objective beside another should share its team and alignment and follow it", "[core][model]")
{
    Objective sibling;
    sibling.id = 11;
    sibling.cycleId = 7;
    sibling.teamId = 3;
    sibling.parentId = 5;
    sibling.position = 2;

    const Objective objective = NewPlanItems::objectiveBeside(sibling);

    CHECK(objective.id == NoId);
    CHECK(objective.cycleId == 7);
    CHECK(objective.teamId == 3);
    CHECK(objective.parentId == 5);
    CHECK(objective.position == 3);
    CHECK(objective.title == QStringLiteral("New objective"));
}

TEST_CASE("A new key result should be measured up to 100 after its siblings", "[core][model]")
{
    const KeyResult keyResult = NewPlanItems::keyResultOf(11);
    CHECK(keyResult.objectiveId == 11);
    CHECK(keyResult.title == QStringLiteral("New key result"));
    CHECK(keyResult.start == 0.0);
    CHECK(keyResult.target == 100.0);
    CHECK(keyResult.position == -1);
}

TEST_CASE("A new initiative should go last, or right after the initiative it was added beside", "[core][model]")
{
    const Initiative last = NewPlanItems::initiativeOf(13);
    CHECK(last.keyResultId == 13);
    CHECK(last.title == QStringLiteral("New initiative"));
    CHECK(last.position == -1);

    Initiative sibling;
    sibling.id = 17;
    sibling.keyResultId = 13;
    sibling.position = 4;
    const Initiative beside = NewPlanItems::initiativeBeside(sibling);
    CHECK(beside.id == NoId);
    CHECK(beside.keyResultId == 13);
    CHECK(beside.position == 5);
    CHECK(beside.title == QStringLiteral("New initiative"));
}
