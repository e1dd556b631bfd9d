#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"

#include "storage/Document.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

namespace {

struct Fixture : StorageTestSupport::ScratchDocument {
    Id teamId = repository.addTeam({NoId, NoId, QStringLiteral("Acme")});
    Id cycleId = repository.addCycle(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
    Id objectiveId =
        repository.addObjective({NoId, cycleId, teamId, NoId, QStringLiteral("Grow"), {}, {}, 1.0, -1, {}, {}});
    Id keyResultId = addKeyResult();

    Id addKeyResult()
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Reach 100 customers");
        keyResult.target = 100;
        return repository.addKeyResult(keyResult);
    }
};

} // namespace

TEST_CASE("Comments on objectives and key results should keep author, time and text in order", "[storage][comments]")
{
    Fixture fixture;
    const QDateTime morning(QDate(2026, 8, 20), QTime(9, 30), Qt::UTC);
    const Id first = fixture.repository.addComment(
        {NoId, NoId, fixture.keyResultId, QStringLiteral("Ana"), morning, QStringLiteral("Stalled: no leads")});
    fixture.repository.addComment({NoId, NoId, fixture.keyResultId, QStringLiteral("Bo"), morning.addSecs(3600),
                                   QStringLiteral("Two leads came in")});
    fixture.repository.addComment(
        {NoId, fixture.objectiveId, NoId, QStringLiteral("Cy"), {}, QStringLiteral("Still the right direction")});

    const QList<Comment> onKeyResult = fixture.repository.commentsOfKeyResult(fixture.keyResultId);
    REQUIRE(onKeyResult.size() == 2);
    CHECK(onKeyResult[0].id == first);
    CHECK(onKeyResult[0].author == QStringLiteral("Ana"));
    CHECK(onKeyResult[0].time == morning);
    CHECK(onKeyResult[0].text == QStringLiteral("Stalled: no leads"));
    CHECK(onKeyResult[1].author == QStringLiteral("Bo"));

    const QList<Comment> onObjective = fixture.repository.commentsOfObjective(fixture.objectiveId);
    REQUIRE(onObjective.size() == 1);
    CHECK(onObjective.first().time.isValid()); // no time given: now

    fixture.repository.removeComment(first);
    CHECK(fixture.repository.commentsOfKeyResult(fixture.keyResultId).size() == 1);
    fixture.repository.removeKeyResult(fixture.keyResultId);
    CHECK(fixture.repository.commentsOfKeyResult(fixture.keyResultId).isEmpty());
}

TEST_CASE("Removing a check-in should take its updates and notes and leave other weeks", "[storage][checkin]")
{
    Fixture fixture;
    for (const int week : {30, 31}) {
        CheckIn checkIn{NoId,
                        fixture.teamId,
                        {2026, week},
                        {{fixture.keyResultId, double(week), Confidence::AtRisk, QStringLiteral("c")}},
                        {{QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Plan"), NoId, false}},
                        {},
                        {}};
        fixture.repository.saveCheckIn(checkIn);
    }
    CHECK(fixture.repository.teamsCheckedIn({2026, 31}) == QList<Id>{fixture.teamId});
    fixture.repository.removeCheckIn(fixture.teamId, {2026, 31});
    fixture.repository.removeCheckIn(fixture.teamId, {2026, 40}); // none: nothing happens
    CHECK_FALSE(fixture.repository.checkIn(fixture.teamId, {2026, 31}).has_value());
    CHECK(fixture.repository.teamsCheckedIn({2026, 31}).isEmpty());
    const QList<KeyResultTimelineEntry> timeline = fixture.repository.keyResultTimeline(fixture.keyResultId);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().week == IsoWeek{2026, 30});
    CHECK(timeline.first().teamId == fixture.teamId);
    CHECK(timeline.first().confidence == Confidence::AtRisk);
    CHECK(fixture.repository.cycleOfKeyResult(fixture.keyResultId)->id == fixture.cycleId);
    CHECK_FALSE(fixture.repository.cycleOfKeyResult(4242).has_value());
}
