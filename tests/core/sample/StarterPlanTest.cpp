#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "sample/StarterPlan.h"
#include "teams/TeamError.h"

using namespace StorageTestSupport;

TEST_CASE("A new document should start with its company and the current quarter active", "[core][sample]")
{
    ScratchDocument scratch;

    StarterPlan::write(scratch.repository, QStringLiteral("Acme"), QDate(2026, 11, 23));

    const QList<Team> teams = scratch.repository.teams().all();
    REQUIRE(teams.size() == 1);
    CHECK(teams.first().name == QStringLiteral("Acme"));
    CHECK(teams.first().parentId == NoId);
    const QList<Cycle> cycles = scratch.repository.cycles().all();
    REQUIRE(cycles.size() == 1);
    CHECK(cycles.first().name == QStringLiteral("2026 Q4"));
    CHECK(cycles.first().state == CycleState::Active);
    REQUIRE(scratch.repository.cycles().active());
    CHECK(scratch.repository.cycles().active()->id == cycles.first().id);
}

TEST_CASE("A new organisation should start with its first teams below the company", "[core][sample]")
{
    ScratchDocument scratch;

    StarterPlan::write(scratch.repository, QStringLiteral(" Acme "), QDate(2026, 11, 23),
                       {QStringLiteral("Sales"), QStringLiteral(" "), QStringLiteral("Product ")});

    const QList<Team> teams = scratch.repository.teams().all();
    REQUIRE(teams.size() == 3);
    CHECK(teams[0].name == QStringLiteral("Acme"));
    CHECK(teams[1].name == QStringLiteral("Sales"));
    CHECK(teams[1].parentId == teams[0].id);
    CHECK(teams[2].name == QStringLiteral("Product"));
    CHECK(scratch.repository.cycles().active()->name == QStringLiteral("2026 Q4"));
}

TEST_CASE("A new organisation should refuse two teams of one name and write nothing", "[core][sample]")
{
    ScratchDocument scratch;
    CHECK_THROWS_AS(StarterPlan::write(scratch.repository, QStringLiteral("Acme"), QDate(2026, 11, 23),
                                       {QStringLiteral("Sales"), QStringLiteral("sales")}),
                    TeamError);
    CHECK(scratch.repository.teams().all().isEmpty());
    CHECK(scratch.repository.cycles().all().isEmpty());
}
