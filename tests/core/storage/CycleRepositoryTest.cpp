#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

TEST_CASE("Repository should round-trip teams and cycles", "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    const Id platformId = repository.teams().add({NoId, fixture.companyId, QStringLiteral("Platform")});
    const Id accountsId = repository.teams().add({NoId, fixture.salesId, QStringLiteral("Key accounts")});

    const QList<Team> teams = repository.teams().all();
    REQUIRE(teams.size() == 4);
    // Depth first: a department's teams follow it, before the next department.
    CHECK(teams[0].name == QStringLiteral("Acme"));
    CHECK(teams[0].parentId == NoId);
    CHECK(teams[1].id == fixture.salesId);
    CHECK(teams[2].id == accountsId);
    CHECK(teams[2].parentId == fixture.salesId);
    CHECK(teams[3].id == platformId);
    CHECK(repository.teams().organisationName() == QStringLiteral("Acme"));
    REQUIRE(repository.teams().byName(QStringLiteral("KEY ACCOUNTS")).has_value());
    CHECK(repository.teams().byName(QStringLiteral("KEY ACCOUNTS"))->id == accountsId);
    CHECK_FALSE(repository.teams().byName(QStringLiteral("Key")).has_value());

    repository.teams().rename(platformId, QStringLiteral("Platform Ünits"));
    CHECK(repository.teams().byName(QStringLiteral("platform ünits"))->id == platformId);

    const Cycle annual{NoId, QStringLiteral("2026"), QDate(2026, 1, 1), QDate(2026, 12, 31), CycleState::Active, true};
    const Id annualId = repository.cycles().add(annual);
    Cycle closed{NoId, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Planning, false};
    closed.id = repository.cycles().add(closed);
    closed.state = CycleState::Closed;
    closed.name = QStringLiteral("2026 Q2 (closed)");
    repository.cycles().update(closed);

    const QList<Cycle> cycles = repository.cycles().all();
    REQUIRE(cycles.size() == 3);
    CHECK(cycles[0].id == annualId); // by start date
    CHECK(cycles[0].annual);
    CHECK(cycles[0].start == QDate(2026, 1, 1));
    CHECK(cycles[0].end == QDate(2026, 12, 31));
    CHECK(cycles[1].id == closed.id);
    CHECK(cycles[1].name == QStringLiteral("2026 Q2 (closed)"));
    CHECK(cycles[1].state == CycleState::Closed);
    CHECK(cycles[2].id == fixture.cycleId);
    CHECK_FALSE(cycles[2].annual);
    REQUIRE(repository.cycles().active().has_value());
    CHECK(repository.cycles().active()->id == fixture.cycleId); // the annual one is not "the active quarter"
    CHECK(repository.cycles().byName(QStringLiteral("2026 q3"))->id == fixture.cycleId);
    CHECK(repository.cycles().byId(closed.id)->state == CycleState::Closed);
    CHECK_FALSE(repository.cycles().byId(4242).has_value());
}
