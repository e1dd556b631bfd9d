#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "sample/StarterPlan.h"

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
