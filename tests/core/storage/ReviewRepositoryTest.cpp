#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

namespace {

struct Fixture : StorageTestSupport::ScratchDocument {
    Id teamId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Closed, false});
    Id objectiveId = repository.plan().addObjective([this] {
        Objective objective;
        objective.cycleId = cycleId;
        objective.teamId = teamId;
        objective.title = QStringLiteral("Grow");
        objective.description = QStringLiteral("Kept");
        return objective;
    }());

    Objective objective() const { return *repository.queries().loadCyclePlan(cycleId).objective(objectiveId); }
};

} // namespace

TEST_CASE("Grading an objective should store the grade and reason and keep the rest", "[core][storage]")
{
    Fixture fixture;
    fixture.repository.plan().gradeObjective(fixture.objectiveId, 0.7, QStringLiteral("Most deals closed"));
    CHECK(fixture.objective().grade == 0.7);
    CHECK(fixture.objective().gradeNote == QStringLiteral("Most deals closed"));
    CHECK(fixture.objective().description == QStringLiteral("Kept"));

    fixture.repository.plan().gradeObjective(fixture.objectiveId, std::nullopt, {});
    CHECK_FALSE(fixture.objective().grade.has_value());
    CHECK(fixture.objective().gradeNote.isEmpty());
}

TEST_CASE("Grading should refuse grades outside 0 to 1 and unknown objectives", "[core][storage]")
{
    Fixture fixture;
    CHECK_THROWS_AS(fixture.repository.plan().gradeObjective(fixture.objectiveId, 1.2, {}), DocumentError);
    CHECK_THROWS_AS(fixture.repository.plan().gradeObjective(999, 0.5, {}), DocumentError);
    CHECK_FALSE(fixture.objective().grade.has_value());
}

TEST_CASE("Removing a team review should leave none", "[core][storage]")
{
    Fixture fixture;
    fixture.repository.reviews().save({fixture.cycleId, fixture.teamId, QStringLiteral("Well"), {}, {}, {}, {}});
    REQUIRE(fixture.repository.reviews().find(fixture.cycleId, fixture.teamId));
    fixture.repository.reviews().remove(fixture.cycleId, fixture.teamId);
    CHECK_FALSE(fixture.repository.reviews().find(fixture.cycleId, fixture.teamId));
    fixture.repository.reviews().remove(fixture.cycleId, fixture.teamId);
}
