#include "support/catch.h"

#include "model/CyclePlan.h"
#include "model/Organisation.h"

namespace {

using Teams = QList<Id>;

// Acme -> Sales, Engineering -> Platform, Mobile; listed children before parents, as a file may hold them.
QList<Team> acme()
{
    return {{4, 3, QStringLiteral("Platform")},
            {1, NoId, QStringLiteral("Acme")},
            {3, 1, QStringLiteral("Engineering")},
            {2, 1, QStringLiteral("Sales")},
            {5, 3, QStringLiteral("Mobile")}};
}

} // namespace

TEST_CASE("The root team should be the company and every other team below it", "[core][model][organisation]")
{
    const Organisation organisation(acme());
    CHECK(organisation.company() == 1);
    CHECK(organisation.isCompany(1));
    CHECK_FALSE(organisation.isCompany(3));
    CHECK_FALSE(organisation.isCompany(99)); // unknown teams are nobody's company
    CHECK(organisation.contains(5));
    CHECK_FALSE(organisation.contains(99));
    CHECK(Organisation().company() == NoId);
}

TEST_CASE("A team's ancestors should run from its department up to the company", "[core][model][organisation]")
{
    const Organisation organisation(acme());
    CHECK(organisation.ancestors(4) == Teams{3, 1});
    CHECK(organisation.ancestors(2) == Teams{1});
    CHECK(organisation.ancestors(1).isEmpty());
    CHECK(organisation.ancestors(99).isEmpty());
    CHECK(organisation.depth(4) == 2);
    CHECK(organisation.depth(3) == 1);
    CHECK(organisation.depth(1) == 0);
    CHECK(organisation.childrenOf(1) == Teams{3, 2});
    CHECK(organisation.childrenOf(NoId) == Teams{1});
    CHECK(organisation.childrenOf(2).isEmpty());
}

TEST_CASE("Below should be strict and within should include the team itself", "[core][model][organisation]")
{
    const Organisation organisation(acme());
    CHECK(organisation.isBelow(4, 3));
    CHECK(organisation.isBelow(4, 1));
    CHECK_FALSE(organisation.isBelow(3, 3));
    CHECK_FALSE(organisation.isBelow(1, 4));
    CHECK_FALSE(organisation.isBelow(2, 3)); // a sibling department
    CHECK_FALSE(organisation.isBelow(4, NoId));

    CHECK(organisation.isWithin(3, 3));
    CHECK(organisation.isWithin(5, 3));
    CHECK(organisation.isWithin(5, 1));
    CHECK_FALSE(organisation.isWithin(2, 3));
    CHECK_FALSE(organisation.isWithin(99, 99));
}

TEST_CASE("Depth first should put each department's teams right after it", "[core][model][organisation]")
{
    const Organisation organisation(acme());
    CHECK(organisation.depthFirst() == Teams{1, 3, 4, 5, 2});
    CHECK(organisation.depthFirst(3) == Teams{3, 4, 5});
    CHECK(organisation.depthFirst(2) == Teams{2});
    CHECK(organisation.depthFirst(99).isEmpty());
}

TEST_CASE("A team whose parent is missing should end its walk up there", "[core][model][organisation]")
{
    const Organisation organisation({{1, NoId, QStringLiteral("Acme")}, {7, 99, QStringLiteral("Orphan")}});
    CHECK(organisation.ancestors(7).isEmpty());
    CHECK_FALSE(organisation.isCompany(7));
    CHECK(organisation.depthFirst() == Teams{1});

    SECTION("and a loop in a damaged document should not hang the walk")
    {
        const Organisation loop({{1, 2, QStringLiteral("A")}, {2, 1, QStringLiteral("B")}});
        CHECK(loop.ancestors(1).size() <= 2);
        CHECK(loop.isBelow(1, 2));
    }
}

TEST_CASE("A cycle plan should know its organisation once its index is built", "[core][model][organisation]")
{
    CyclePlan plan;
    plan.teams = acme();
    plan.rebuildIndex();
    CHECK(plan.organisation().company() == 1);
    CHECK(plan.organisation().isBelow(5, 1));

    plan.teams.append({6, 2, QStringLiteral("Inside sales")});
    plan.rebuildIndex();
    CHECK(plan.organisation().ancestors(6) == Teams{2, 1});
}
