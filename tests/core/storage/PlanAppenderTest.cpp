#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "model/TextLimits.h"
#include "storage/DocumentError.h"
#include "storage/PlanAppender.h"
#include "storage/PlanQueries.h"

using namespace StorageTestSupport;

namespace {

// More key results than one statement holds, so that some are written when a statement is full and the rest at
// flush().
constexpr int KeyResultCount = 40;

// An objective of the fixture's Sales team in its quarter.
Objective salesObjective(const SmallPlan &fixture, const QString &title)
{
    Objective objective;
    objective.cycleId = fixture.cycleId;
    objective.teamId = fixture.salesId;
    objective.title = title;
    return objective;
}

} // namespace

TEST_CASE("A plan appender should store the rows with the ids it gave, after the table's largest", "[core][storage]")
{
    SmallPlan fixture;
    const Id existingId = fixture.addObjective(QStringLiteral("Existing"), fixture.salesId);
    PlanAppender appender(*fixture.document);

    Objective objective = salesObjective(fixture, QStringLiteral("Appended"));
    objective.position = 1;
    const Id objectiveId = appender.addObjective(objective);
    CHECK(objectiveId == existingId + 1);

    QList<Id> keyResultIds;
    for (int number = 0; number < KeyResultCount; ++number) {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Key result %1").arg(number);
        keyResult.position = number;
        keyResult.addedOn = QDate(2026, 7, 1);
        keyResultIds.append(appender.addKeyResult(keyResult));
    }
    Initiative initiative;
    initiative.keyResultId = keyResultIds.last();
    initiative.title = QStringLiteral("Ask them");
    const Id initiativeId = appender.addInitiative(initiative);
    appender.flush();

    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.objectives.size() == 2);
    CHECK(plan.objectives.at(1).id == objectiveId);
    CHECK(plan.objectives.at(1).title == QStringLiteral("Appended"));
    REQUIRE(plan.keyResults.size() == KeyResultCount);
    for (int number = 0; number < KeyResultCount; ++number) {
        CHECK(plan.keyResults.at(number).id == keyResultIds.at(number));
        CHECK(plan.keyResults.at(number).id == number + 1); // one after another, in a table that had none
        CHECK(plan.keyResults.at(number).position == number);
        CHECK(plan.keyResults.at(number).title == QStringLiteral("Key result %1").arg(number));
    }
    REQUIRE(plan.initiatives.size() == 1);
    CHECK(plan.initiatives.first().id == initiativeId);
    CHECK(plan.initiatives.first().keyResultId == keyResultIds.last());
    CHECK(foreignKeyViolations(*fixture.document) == 0);
}

TEST_CASE("A plan appender should hold rows until a statement's worth waits or it is flushed", "[core][storage]")
{
    SmallPlan fixture;
    PlanAppender appender(*fixture.document);
    appender.addObjective(salesObjective(fixture, QStringLiteral("Waiting")));
    CHECK(rowCount(*fixture.document, QStringLiteral("objectives")) == 0);
    appender.flush();
    CHECK(rowCount(*fixture.document, QStringLiteral("objectives")) == 1);
}

TEST_CASE("A plan appender should refuse text over its limit when the row is given", "[core][storage]")
{
    SmallPlan fixture;
    PlanAppender appender(*fixture.document);
    const Objective tooLong =
        salesObjective(fixture, QString(TextLimits::maximum(TextField::ObjectiveTitle) + 1, QLatin1Char('x')));
    CHECK_THROWS_AS(appender.addObjective(tooLong), DocumentError);
    appender.flush();
    CHECK(rowCount(*fixture.document, QStringLiteral("objectives")) == 0);
}
