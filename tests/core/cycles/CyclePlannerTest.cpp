#include "support/catch.h"

#include "../storage/StorageTestSupport.h"

#include "cycles/CycleError.h"
#include "cycles/CyclePlanner.h"
#include "model/Quarter.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

namespace {

// Acme with Sales, 2026 Q3 active: the company objective "Grow" and Sales' "Close more deals" aligned to it,
// whose key result went from 0 to 6 of 10 deals in check-ins.
struct Fixture : StorageTestSupport::ScratchDocument {
    CyclePlanner planner{repository, QDate(2026, 9, 20)};

    Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    Id q3 = addQuarter("2026-07-01", CycleState::Active);
    Id grow = addObjective(QStringLiteral("Grow"), companyId, NoId);
    Id deals = addObjective(QStringLiteral("Close more deals"), salesId, grow);
    Id dealsKeyResult = addKeyResult(deals, QStringLiteral("Win 10 deals"), 0, 10);

    Fixture()
    {
        checkIn(IsoWeek{2026, 30}, 2);
        checkIn(IsoWeek{2026, 35}, 6);
    }

    Id addQuarter(const char *day, CycleState state)
    {
        Cycle cycle = Quarter::containing(QDate::fromString(QLatin1String(day), Qt::ISODate));
        cycle.state = state;
        return repository.cycles().add(cycle);
    }

    Id addObjective(const QString &title, Id teamId, Id parentId)
    {
        Objective objective;
        objective.cycleId = q3;
        objective.teamId = teamId;
        objective.parentId = parentId;
        objective.title = title;
        objective.commitment = Commitment::Aspirational;
        objective.grade = 0.6;
        objective.gradeNote = QStringLiteral("Close");
        objective.position = -1;
        return repository.plan().addObjective(objective);
    }

    Id addKeyResult(Id objectiveId, const QString &title, double start, double target)
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = title;
        keyResult.start = start;
        keyResult.target = target;
        keyResult.unitLabel = QStringLiteral("deals");
        keyResult.owner = QStringLiteral("Dana");
        keyResult.position = -1;
        return repository.plan().addKeyResult(keyResult);
    }

    void checkIn(IsoWeek week, double value)
    {
        CheckIn checkIn;
        checkIn.teamId = salesId;
        checkIn.week = week;
        checkIn.updates.append({dealsKeyResult, value, Confidence::OnTrack, {}});
        repository.checkIns().save(checkIn);
    }

    QString refusalOf(const std::function<void()> &operation)
    {
        try {
            operation();
        } catch (const CycleError &error) {
            return error.message();
        }
        return {};
    }
};

} // namespace

TEST_CASE("Adding the proposed quarter should store it in planning", "[core][cycles]")
{
    Fixture fixture;
    const Cycle proposed = fixture.planner.proposedNextQuarter();
    REQUIRE(proposed.name == QStringLiteral("2026 Q4"));

    Cycle asked = proposed;
    asked.state = CycleState::Active;
    const Cycle added = fixture.planner.add(asked);
    CHECK(added.id != NoId);
    CHECK(added.state == CycleState::Planning);
    CHECK(fixture.repository.cycles().byName(QStringLiteral("2026 Q4"))->state == CycleState::Planning);
    CHECK(fixture.planner.proposedNextQuarter().name == QStringLiteral("2027 Q1"));
}

TEST_CASE("A refused cycle should leave the document unchanged", "[core][cycles]")
{
    Fixture fixture;
    Cycle backwards = Quarter::containing(QDate(2027, 1, 1));
    backwards.end = QDate(2026, 12, 1);
    CHECK(fixture.refusalOf([&] { fixture.planner.add(backwards); }).contains(QStringLiteral("before it starts")));
    Cycle duplicate = Quarter::containing(QDate(2027, 1, 1));
    duplicate.name = QStringLiteral("2026 Q3");
    CHECK(fixture.refusalOf([&] { fixture.planner.add(duplicate); }).contains(QStringLiteral("already")));
    CHECK(fixture.repository.cycles().all().size() == 1);
}

TEST_CASE("Activating a second quarter should be refused until the first is closed", "[core][cycles]")
{
    Fixture fixture;
    const Cycle q4 = fixture.planner.add(Quarter::containing(QDate(2026, 10, 1)));
    CHECK(fixture.refusalOf([&] { fixture.planner.activate(q4.id); }).contains(QStringLiteral("still the active")));
    CHECK(fixture.repository.cycles().byId(q4.id)->state == CycleState::Planning);

    fixture.planner.close(fixture.q3);
    CHECK(fixture.planner.activate(q4.id).state == CycleState::Active);
    CHECK(fixture.repository.cycles().active()->id == q4.id);
}

TEST_CASE("Closing a cycle should keep its objectives, grades and check-ins readable", "[core][cycles]")
{
    Fixture fixture;
    const Cycle closed = fixture.planner.close(fixture.q3);
    CHECK(closed.state == CycleState::Closed);
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.q3);
    CHECK(plan.cycle.state == CycleState::Closed);
    CHECK(plan.objectives.size() == 2);
    CHECK(plan.objective(fixture.deals)->grade == 0.6);
    CHECK(plan.keyResult(fixture.dealsKeyResult)->current == 6.0);
    CHECK(fixture.repository.queries().keyResultHistory(fixture.dealsKeyResult).size() == 2);
}

TEST_CASE("An unknown cycle name should be refused with the known names", "[core][cycles]")
{
    Fixture fixture;
    const QString refusal = fixture.refusalOf([&] { fixture.planner.cycleNamed(QStringLiteral("2031 Q9")); });
    CHECK(refusal.contains(QStringLiteral("2031 Q9")));
    CHECK(refusal.contains(QStringLiteral("2026 Q3")));
    CHECK(fixture.planner.cycleNamed(QStringLiteral(" 2026 q3 ")).id == fixture.q3);
}

TEST_CASE("Carrying over should copy objectives with key results starting at their last value", "[core][cycles]")
{
    Fixture fixture;
    const Cycle q4 = fixture.planner.add(Quarter::containing(QDate(2026, 10, 1)));
    const QList<Id> copies = fixture.planner.carryOver(fixture.q3, q4.id, {fixture.deals, fixture.grow});
    REQUIRE(copies.size() == 2);

    const CyclePlan next = fixture.repository.queries().loadCyclePlan(q4.id);
    const Objective *deals = next.objective(copies.at(0));
    const Objective *grow = next.objective(copies.at(1));
    REQUIRE(deals);
    REQUIRE(grow);
    CHECK(deals->title == QStringLiteral("Close more deals"));
    CHECK(deals->teamId == fixture.salesId);
    CHECK(deals->parentId == grow->id); // aligned to the parent's copy
    CHECK(deals->commitment == Commitment::Aspirational);
    CHECK_FALSE(deals->grade.has_value());
    CHECK(deals->gradeNote.isEmpty());

    REQUIRE(next.keyResultsOf(deals->id).size() == 1);
    const KeyResult &keyResult = next.keyResults.at(next.keyResultsOf(deals->id).first());
    CHECK(keyResult.start == 6.0);
    CHECK(keyResult.target == 10.0);
    CHECK(keyResult.owner == QStringLiteral("Dana"));
    CHECK(keyResult.unitLabel == QStringLiteral("deals"));
    CHECK_FALSE(keyResult.current.has_value());
    CHECK(fixture.repository.queries().keyResultHistory(keyResult.id).isEmpty());

    // The old cycle keeps its objectives and their history.
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.q3).objectives.size() == 2);
    CHECK(fixture.repository.queries().keyResultHistory(fixture.dealsKeyResult).size() == 2);
}

TEST_CASE("A carried objective whose parent stays behind should start unaligned", "[core][cycles]")
{
    Fixture fixture;
    const Cycle q4 = fixture.planner.add(Quarter::containing(QDate(2026, 10, 1)));
    const QList<Id> copies = fixture.planner.carryOver(fixture.q3, q4.id, {fixture.deals});
    REQUIRE(copies.size() == 1);
    CHECK(fixture.repository.queries().loadCyclePlan(q4.id).objective(copies.first())->parentId == NoId);
}

TEST_CASE("Carry-over should be refused into a closed or earlier cycle and from a planned one", "[core][cycles]")
{
    Fixture fixture;
    const Id q2 = fixture.addQuarter("2026-04-01", CycleState::Closed);
    const Cycle q4 = fixture.planner.add(Quarter::containing(QDate(2026, 10, 1)));
    CHECK_FALSE(fixture.refusalOf([&] { fixture.planner.carryOver(fixture.q3, q2, {fixture.deals}); }).isEmpty());
    CHECK_FALSE(
        fixture.refusalOf([&] { fixture.planner.carryOver(fixture.q3, fixture.q3, {fixture.deals}); }).isEmpty());
    CHECK_FALSE(fixture.refusalOf([&] { fixture.planner.carryOver(q4.id, fixture.q3, {}); }).isEmpty());
    CHECK(fixture.refusalOf([&] {
                     fixture.planner.carryOver(fixture.q3, q4.id, {fixture.deals, 999});
                 })
              .contains(QStringLiteral("999")));
    CHECK(fixture.repository.queries().loadCyclePlan(q4.id).objectives.isEmpty());
}

TEST_CASE("Unfinished objectives should be those below full progress", "[core][cycles]")
{
    Fixture fixture;
    CHECK(fixture.planner.unfinishedObjectives(fixture.q3) == QList<Id>{fixture.grow, fixture.deals});
    fixture.checkIn(IsoWeek{2026, 38}, 10);
    CHECK(fixture.planner.unfinishedObjectives(fixture.q3).isEmpty());
}

TEST_CASE("A carried key result whose title states its start should state the new start", "[core][cycles]")
{
    Fixture fixture;
    const Id stated = fixture.addKeyResult(fixture.deals, QStringLiteral("Win deals from 0 to 10"), 0, 10);
    CheckIn checkIn;
    checkIn.teamId = fixture.salesId;
    checkIn.week = IsoWeek{2026, 36};
    checkIn.updates.append({stated, 4, Confidence::OnTrack, {}});
    fixture.repository.checkIns().save(checkIn);
    const Cycle q4 = fixture.planner.add(Quarter::containing(QDate(2026, 10, 1)));

    const Id copy = fixture.planner.carryOver(fixture.q3, q4.id, {fixture.deals}).constFirst();
    const CyclePlan next = fixture.repository.queries().loadCyclePlan(q4.id);
    QStringList titles;
    for (const qsizetype row : next.keyResultsOf(copy))
        titles.append(next.keyResults.at(row).title);
    CHECK(titles == QStringList{QStringLiteral("Win 10 deals"), QStringLiteral("Win deals from 4 to 10")});
}
