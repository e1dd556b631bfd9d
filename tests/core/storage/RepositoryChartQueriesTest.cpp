#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

namespace {

struct Fixture : StorageTestSupport::ScratchDocument {

    Id companyId = repository.addTeam({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.addTeam({NoId, companyId, QStringLiteral("Sales")});
    Id supportId = repository.addTeam({NoId, companyId, QStringLiteral("Support")});

    Id addCycle(const QString &name, QDate start, QDate end)
    {
        return repository.addCycle({NoId, name, start, end, CycleState::Active, false});
    }

    Id addObjective(Id cycleId, Id teamId, std::optional<double> grade = std::nullopt)
    {
        Objective objective;
        objective.cycleId = cycleId;
        objective.teamId = teamId;
        objective.title = QStringLiteral("Objective");
        objective.position = -1;
        objective.grade = grade;
        return repository.addObjective(objective);
    }

    Id addKeyResult(Id objectiveId)
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Key result");
        keyResult.target = 10;
        keyResult.position = -1;
        return repository.addKeyResult(keyResult);
    }

    void checkIn(Id teamId, IsoWeek week, const QList<std::pair<Id, double>> &values)
    {
        CheckIn checkIn;
        checkIn.teamId = teamId;
        checkIn.week = week;
        for (const auto &[keyResultId, value] : values)
            checkIn.updates.append({keyResultId, value, Confidence::OnTrack, QString()});
        repository.saveCheckIn(checkIn);
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
    const QHash<Id, QList<Scoring::ValuePoint>> histories = fixture.repository.keyResultHistoriesOfCycle(q3);
    CHECK(Document::executedQueryCount() - queriesBefore == 1);

    CHECK(histories.size() == 2);
    CHECK_FALSE(histories.contains(unchecked));
    CHECK_FALSE(histories.contains(nextQuarter));
    REQUIRE(histories.value(deals).size() == 2);
    for (const Id keyResultId : {deals, tickets}) {
        const QList<Scoring::ValuePoint> single = fixture.repository.keyResultHistory(keyResultId);
        const QList<Scoring::ValuePoint> together = histories.value(keyResultId);
        REQUIRE(together.size() == single.size());
        for (qsizetype i = 0; i < single.size(); ++i) {
            CHECK(together[i].date == single[i].date);
            CHECK(together[i].value == single[i].value);
        }
    }
    CHECK(histories.value(deals).first().date == QDate(2026, 7, 10));
    CHECK(histories.value(deals).last().value == 2);
}

TEST_CASE("Repository should list the graded objectives of every cycle", "[storage][repository]")
{
    Fixture fixture;
    const Id q2 = fixture.addCycle(QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30));
    const Id q3 = fixture.addCycle(QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30));
    const Id gradedQ2 = fixture.addObjective(q2, fixture.salesId, 0.7);
    fixture.addObjective(q2, fixture.supportId);
    const Id gradedQ3 = fixture.addObjective(q3, fixture.supportId, 0.0);

    const QList<Objective> graded = fixture.repository.gradedObjectives();

    REQUIRE(graded.size() == 2);
    CHECK(graded[0].id == gradedQ2);
    CHECK(graded[0].teamId == fixture.salesId);
    CHECK(graded[0].grade == 0.7);
    CHECK(graded[1].id == gradedQ3);
    CHECK(graded[1].cycleId == q3);
    CHECK(graded[1].grade == 0.0);
}
