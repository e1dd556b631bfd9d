#include "support/catch.h"

#include "model/OkrPlacement.h"

namespace {

// Acme (1) with Product (2) below it, and Mobile (3) below Product.
const QList<Team> organisation{
    {1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Product")}, {3, 2, QStringLiteral("Mobile")}};

Objective objectiveOf(Id id, Id teamId, Id parentId)
{
    Objective objective;
    objective.id = id;
    objective.teamId = teamId;
    objective.parentId = parentId;
    return objective;
}

} // namespace

TEST_CASE("A new OKR from an objective should go to a team below, aligned to that objective", "[core][model]")
{
    CHECK(OkrPlacement::from(objectiveOf(10, 1, NoId), organisation) == OkrPlacement{2, 10});
    CHECK(OkrPlacement::from(objectiveOf(20, 2, 10), organisation) == OkrPlacement{3, 20});
}

TEST_CASE("A new OKR from an objective of a team with none below should be its sibling", "[core][model]")
{
    CHECK(OkrPlacement::from(objectiveOf(30, 3, 20), organisation) == OkrPlacement{3, 20});
}

TEST_CASE("The company should be the first team without a parent", "[core][model]")
{
    CHECK(OkrPlacement::companyTeam(organisation) == 1);
    CHECK(OkrPlacement::companyTeam({{4, 1, QStringLiteral("Orphan")}, {5, NoId, QStringLiteral("Beta")}}) == 5);
    CHECK(OkrPlacement::companyTeam({}) == NoId);
}
