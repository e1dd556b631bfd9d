#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

namespace {

struct Fixture : StorageTestSupport::ScratchDocument {

    Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    Id supportId = repository.teams().add({NoId, companyId, QStringLiteral("Support")});

    Id addCycle(const QString &name, QDate start, QDate end)
    {
        return repository.cycles().add({NoId, name, start, end, CycleState::Active, false});
    }

    Id addObjective(Id cycleId, Id teamId, std::optional<double> grade = std::nullopt)
    {
        Objective objective;
        objective.cycleId = cycleId;
        objective.teamId = teamId;
        objective.title = QStringLiteral("Objective");
        objective.position = -1;
        objective.grade = grade;
        return repository.plan().addObjective(objective);
    }

    Id addKeyResult(Id objectiveId)
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Key result");
        keyResult.target = 10;
        keyResult.position = -1;
        return repository.plan().addKeyResult(keyResult);
    }

    void checkIn(Id teamId, IsoWeek week, const QList<std::pair<Id, double>> &values)
    {
        CheckIn checkIn;
        checkIn.teamId = teamId;
        checkIn.week = week;
        for (const auto &[keyResultId, value] : values)
            checkIn.updates.append({keyResultId, value, Confidence::OnTrack, QString()});
        repository.checkIns().save(checkIn);
    }
};

} // namespace

TEST_CASE("Repository should read a cycle's key result histories in one query, as keyResultHistory does",
          "[storage][repository]")
{
    Fixture fixture;
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id q4 = fixture.addCycle(QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const Id deals = fixture.addKeyResult(fixture.addObjective(q3, fixture.salesId));
    const Id tickets = fixture.addKeyResult(fixture.addObjective(q3, fixture.supportId));
    const Id unchecked = fixture.addKeyResult(fixture.addObjective(q3, fixture.supportId));
    const Id nextQuarter = fixture.addKeyResult(fixture.addObjective(q4, fixture.salesId));
    fixture.checkIn(fixture.salesId, {2026, 29}, {{deals, 2}, {nextQuarter, 9}});
    fixture.checkIn(fixture.salesId, {2026, 28}, {{deals, 1}});
    fixture.checkIn(fixture.supportId, {2026, 28}, {{tickets, 5}, {deals, 7}}); // another team, same week

    const qint64 queriesBefore = Document::executedQueryCount();
    const QHash<Id, QList<Scoring::ValuePoint>> histories = fixture.repository.queries().keyResultHistoriesOfCycle(q3);
    CHECK(Document::executedQueryCount() - queriesBefore == 1);

    CHECK(histories.size() == 2);
    CHECK_FALSE(histories.contains(unchecked));
    CHECK_FALSE(histories.contains(nextQuarter));
    REQUIRE(histories.value(deals).size() == 2);
    for (const Id keyResultId : {deals, tickets}) {
        const QList<Scoring::ValuePoint> single = fixture.repository.queries().keyResultHistory(keyResultId);
        const QList<Scoring::ValuePoint> together = histories.value(keyResultId);
        REQUIRE(together.size() == single.size());
        for (qsizetype i = 0; i < single.size(); ++i) {
            CHECK(together[i].date == single[i].date);
            CHECK(together[i].value == single[i].value);
            CHECK(together[i].stated == single[i].stated);
        }
    }
    CHECK(histories.value(deals).first().date == QDate(2026, 7, 10));
    CHECK(histories.value(deals).last().value == 2);
    // Each point read from a check-in carries the confidence stated with it (the board's changes compare them).
    CHECK(histories.value(deals).last().stated == Confidence::OnTrack);
}

TEST_CASE("Repository should read one team's part of a cycle as the whole cycle has it", "[storage][repository]")
{
    Fixture fixture;
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id salesObjective = fixture.addObjective(q3, fixture.salesId);
    const Id deals = fixture.addKeyResult(salesObjective);
    const Id calls = fixture.addKeyResult(salesObjective);
    const Id tickets = fixture.addKeyResult(fixture.addObjective(q3, fixture.supportId));
    for (const Id keyResultId : {deals, tickets})
        fixture.repository.plan().addInitiative(
            {NoId, keyResultId, QStringLiteral("Initiative"), QString(), InitiativeStatus::InProgress, QDate(), -1});
    fixture.checkIn(fixture.salesId, {2026, 28}, {{deals, 1}, {calls, 4}});
    fixture.checkIn(fixture.salesId, {2026, 29}, {{deals, 2}});
    fixture.checkIn(fixture.supportId, {2026, 29}, {{tickets, 5}, {deals, 7}}); // another team, a sales key result

    const CyclePlan whole = fixture.repository.queries().loadCyclePlan(q3);
    const CyclePlan sales = fixture.repository.queries().loadCyclePlan(q3, fixture.salesId);
    REQUIRE(sales.objectives.size() == 1);
    CHECK(sales.objectives.first() == *whole.objective(salesObjective));
    REQUIRE(sales.keyResults.size() == 2);
    for (const KeyResult &keyResult : sales.keyResults) {
        CHECK(keyResult == *whole.keyResult(keyResult.id));
        CHECK(sales.latestCheckIns.value(keyResult.id).date == whole.latestCheckIns.value(keyResult.id).date);
    }
    CHECK(sales.keyResult(deals)->current == 7);
    REQUIRE(sales.initiatives.size() == 1);
    CHECK(sales.initiatives.first().keyResultId == deals);
    CHECK(sales.cycle.id == q3);

    // A report's section: the same rows, without the document's teams.
    const CyclePlan salesSection = fixture.repository.queries().loadTeamPlan(q3, fixture.salesId);
    CHECK(salesSection.teams.isEmpty());
    CHECK(salesSection.objectives == sales.objectives);
    CHECK(salesSection.keyResults == sales.keyResults);
    CHECK(salesSection.initiatives == sales.initiatives);
    CHECK(salesSection.keyResultsOf(salesObjective).size() == 2);
    CHECK(salesSection.cycle.id == q3);

    const QHash<Id, QList<Scoring::ValuePoint>> histories =
        fixture.repository.queries().keyResultHistoriesOfCycle(q3, fixture.supportId);
    CHECK(histories.keys() == QList<Id>{tickets});
    CHECK(histories.value(tickets).size() == 1);
    CHECK(fixture.repository.queries().keyResultHistoriesOfCycle(q3, fixture.salesId).value(deals).size() == 2);
}

TEST_CASE("Repository should read a cycle's objectives alone as the whole plan has them", "[storage][repository]")
{
    Fixture fixture;
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id q4 = fixture.addCycle(QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const Id salesObjective = fixture.addObjective(q3, fixture.salesId);
    fixture.addKeyResult(salesObjective);
    fixture.addObjective(q3, fixture.supportId, 0.7);
    fixture.addObjective(q4, fixture.salesId);

    const CyclePlan whole = fixture.repository.queries().loadCyclePlan(q3);
    const CyclePlan objectives = fixture.repository.queries().loadCycleObjectives(q3);
    CHECK(objectives.cycle.id == q3);
    CHECK(objectives.teams.size() == whole.teams.size());
    CHECK(objectives.objectives == whole.objectives);
    CHECK(objectives.objective(salesObjective)->teamId == fixture.salesId); // found through the index
    CHECK(objectives.keyResults.isEmpty());
    CHECK(fixture.repository.queries().loadCycleObjectives(q3, fixture.supportId).objectives.size() == 1);
    CHECK_THROWS_AS(fixture.repository.queries().loadCycleObjectives(4242), DocumentError);
}

TEST_CASE("Repository should hand a cycle's objectives, key results and initiatives over one at a time as its "
          "plan lists them",
          "[storage][repository]")
{
    Fixture fixture;
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id q4 = fixture.addCycle(QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const Id supportObjective = fixture.addObjective(q3, fixture.supportId, 0.5);
    const Id salesObjective = fixture.addObjective(q3, fixture.salesId);
    const Id deals = fixture.addKeyResult(salesObjective);
    fixture.addKeyResult(supportObjective);
    fixture.addKeyResult(salesObjective);
    for (const Id keyResultId : {deals, deals})
        fixture.repository.plan().addInitiative(
            {NoId, keyResultId, QStringLiteral("Initiative"), QString(), InitiativeStatus::InProgress, QDate(), -1});
    fixture.addKeyResult(fixture.addObjective(q4, fixture.salesId));
    fixture.checkIn(fixture.salesId, {2026, 28}, {{deals, 1}});
    fixture.checkIn(fixture.salesId, {2026, 29}, {{deals, 2}});

    const PlanQueries &queries = fixture.repository.queries();
    const CyclePlan plan = queries.loadCyclePlan(q3);
    QList<Objective> objectives;
    QList<KeyResult> keyResults;
    QList<Initiative> initiatives;
    queries.eachObjective(q3, [&](const Objective &objective) { objectives.append(objective); });
    queries.eachKeyResult(q3, [&](const KeyResult &keyResult) { keyResults.append(keyResult); });
    queries.eachInitiative(q3, [&](const Initiative &initiative) { initiatives.append(initiative); });
    CHECK(objectives == plan.objectives);
    CHECK(keyResults == plan.keyResults);
    CHECK(initiatives == plan.initiatives);
    REQUIRE(keyResults.size() == 3);
    CHECK(keyResults.first().objectiveId == supportObjective); // the first objective's, though added second
    CHECK(keyResults.at(1).current == 2);
    CHECK(initiatives.size() == 2);
    int none = 0;
    queries.eachObjective(4242, [&](const Objective &) { ++none; });
    CHECK(none == 0);
}

TEST_CASE("Repository should list the graded cycles and the graded objectives of the cycles asked for",
          "[storage][repository]")
{
    Fixture fixture;
    const Id q2 = fixture.addCycle(QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30));
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id q4 = fixture.addCycle(QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const Id q1 = fixture.addCycle(QStringLiteral("2027 Q1"), QDate(2027, 1, 1), QDate(2027, 3, 31));
    const Id gradedQ2 = fixture.addObjective(q2, fixture.salesId, 0.7);
    fixture.addObjective(q2, fixture.supportId);
    const Id gradedQ3 = fixture.addObjective(q3, fixture.supportId, 0.0);
    fixture.addObjective(q4, fixture.salesId);
    fixture.addObjective(q1, fixture.salesId, 0.4);

    CHECK(fixture.repository.queries().gradedCycles() == QSet<Id>{q2, q3, q1});
    const QList<GradedObjective> graded = fixture.repository.queries().gradedObjectives({q2, q3, q4});

    REQUIRE(graded.size() == 2);
    CHECK(graded[0].objectiveId == gradedQ2);
    CHECK(graded[0].cycleId == q2);
    CHECK(graded[0].teamId == fixture.salesId);
    CHECK(graded[0].grade == 0.7);
    CHECK(graded[1].objectiveId == gradedQ3);
    CHECK(graded[1].teamId == fixture.supportId);
    CHECK(graded[1].cycleId == q3);
    CHECK(graded[1].grade == 0.0);
}

TEST_CASE("Repository should take a key result's value from its latest check-in week", "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    const Id quietId = fixture.addKeyResult(objectiveId, QStringLiteral("Quiet"));

    // Saved out of order: week 30, then 28, then 29 (which spans into a new month).
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 30}, revenueId, 30, Confidence::AtRisk);
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 28}, revenueId, 10);
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 29}, revenueId, 20, Confidence::OffTrack);

    const CyclePlan plan = repository.queries().loadCyclePlan(fixture.cycleId);
    CHECK(plan.keyResult(revenueId)->current == 30.0);
    REQUIRE(plan.latestCheckIns.contains(revenueId));
    CHECK(plan.latestCheckIns.value(revenueId).date == QDate(2026, 7, 24)); // Friday of 2026-W30
    CHECK(plan.latestCheckIns.value(revenueId).confidence == Confidence::AtRisk);
    CHECK_FALSE(plan.keyResult(quietId)->current.has_value());
    CHECK_FALSE(plan.latestCheckIns.contains(quietId));

    const QList<Scoring::ValuePoint> history = repository.queries().keyResultHistory(revenueId);
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2026, 7, 10));
    CHECK(history[0].value == 10.0);
    CHECK(history[1].date == QDate(2026, 7, 17));
    CHECK(history[1].value == 20.0);
    CHECK(history[2].date == QDate(2026, 7, 24));
    CHECK(history[2].value == 30.0);
    // Each point with the confidence stated that week.
    CHECK(history[0].stated == Confidence::OnTrack);
    CHECK(history[1].stated == Confidence::OffTrack);
    CHECK(history[2].stated == Confidence::AtRisk);
    CHECK(repository.queries().keyResultHistory(quietId).isEmpty());

    const QList<CheckIn> checkIns = repository.checkIns().ofTeam(fixture.salesId);
    REQUIRE(checkIns.size() == 3);
    CHECK(checkIns[0].week == IsoWeek{2026, 28});
    CHECK(checkIns[2].week == IsoWeek{2026, 30});
    CHECK(checkIns[1].updates.first().value == 20.0);
}

TEST_CASE("Repository should date a confidence by the local day it was said, not its week's coming Friday",
          "[storage][repository]")
{
    SmallPlan fixture;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    // A week whose Friday is still to come: said today, so the tooltip must not name that Friday.
    const IsoWeek comingWeek = IsoWeek::containing(QDate::currentDate().addDays(7));

    fixture.checkIn(fixture.salesId, comingWeek, revenueId, 30, Confidence::AtRisk);

    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.latestCheckIns.contains(revenueId));
    CHECK(plan.latestCheckIns.value(revenueId).date == QDate::currentDate());
}

TEST_CASE("Repository should date a confidence in one team's plan by the day it was said, also by another team",
          "[storage][repository]")
{
    SmallPlan fixture;
    const Id supportId = fixture.repository.teams().add({NoId, fixture.companyId, QStringLiteral("Support")});
    const Id revenueId =
        fixture.addKeyResult(fixture.addObjective(QStringLiteral("Grow"), fixture.salesId), QStringLiteral("Revenue"));
    const IsoWeek comingWeek = IsoWeek::containing(QDate::currentDate().addDays(7));

    fixture.checkIn(supportId, comingWeek, revenueId, 30, Confidence::AtRisk);

    const CyclePlan sales = fixture.repository.queries().loadCyclePlan(fixture.cycleId, fixture.salesId);
    REQUIRE(sales.latestCheckIns.contains(revenueId));
    CHECK(sales.latestCheckIns.value(revenueId).date == QDate::currentDate());
}

TEST_CASE("Repository should load a cycle plan in the same number of queries whatever its size",
          "[storage][repository]")
{
    QTemporaryDir folder;
    const auto document = Document::create(folder.filePath(QStringLiteral("plan.okr")));
    Repository repository(*document);
    const Id smallCycle = addSamplePlan(repository, 1, 2, 3, 2, 3);
    const Id largeCycle = addSamplePlan(repository, 20, 2, 3, 2, 3);

    const auto queriesToLoad = [&](Id cycleId, qsizetype expectedObjectives) {
        const qint64 before = Document::executedQueryCount();
        const CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
        const qint64 queries = Document::executedQueryCount() - before;
        CHECK(plan.objectives.size() == expectedObjectives);
        CHECK(plan.keyResults.size() == expectedObjectives * 3);
        CHECK(plan.initiatives.size() == expectedObjectives * 6);
        CHECK(plan.latestCheckIns.size() == expectedObjectives * 3);
        return queries;
    };
    const qint64 small = queriesToLoad(smallCycle, 2);
    const qint64 large = queriesToLoad(largeCycle, 40);
    CHECK(small == large);
    CHECK(small <= 6);
}

TEST_CASE("The owner names of a document should come once each, in alphabetical order", "[core][storage]")
{
    SmallPlan fixture;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Win the north"), fixture.salesId);
    const auto addOwned = [&](const QString &title, const QString &owner) {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = title;
        keyResult.owner = owner;
        return fixture.repository.plan().addKeyResult(keyResult);
    };
    addOwned(QStringLiteral("Sign 10 customers"), QStringLiteral("Ines"));
    const Id second = addOwned(QStringLiteral("Keep churn below 5 %"), QStringLiteral("dana"));
    addOwned(QStringLiteral("Raise NPS from 20 to 40"), QStringLiteral(" "));
    Initiative initiative;
    initiative.keyResultId = second;
    initiative.title = QStringLiteral("Call lost customers");
    initiative.owner = QStringLiteral("Ines ");
    fixture.repository.plan().addInitiative(initiative);

    CHECK(fixture.repository.queries().ownerNames() == QStringList{QStringLiteral("dana"), QStringLiteral("Ines")});
}
