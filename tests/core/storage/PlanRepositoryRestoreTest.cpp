#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

namespace {

// Acme with Sales aligned to a company objective; one Sales key result has two weeks of check-ins and a plan item
// linked to it, and an initiative. The Sales objective, its deals key result and the company key result have a
// comment each.
struct Fixture : StorageTestSupport::ScratchDocument {

    Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    Id cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
    Id companyObjectiveId = addObjective(QStringLiteral("Win the mid-market"), companyId);
    Id salesObjectiveId = addObjective(QStringLiteral("Close more deals"), salesId, companyObjectiveId);
    Id laterSalesObjectiveId = addObjective(QStringLiteral("Keep customers"), salesId);
    Id dealsId = addKeyResult(salesObjectiveId, QStringLiteral("Deals closed"));
    Id churnId = addKeyResult(salesObjectiveId, QStringLiteral("Churn"));
    Id companyKeyResultId = addKeyResult(companyObjectiveId, QStringLiteral("Revenue"));

    Fixture()
    {
        Initiative initiative;
        initiative.keyResultId = dealsId;
        initiative.title = QStringLiteral("Call every lead");
        initiative.due = QDate(2026, 8, 31);
        repository.plan().addInitiative(initiative);
        initiative.title = QStringLiteral("Hire a closer");
        repository.plan().addInitiative(initiative);

        for (const int week : {32, 33}) {
            CheckIn checkIn;
            checkIn.teamId = salesId;
            checkIn.week = {2026, week};
            checkIn.updates.append({dealsId, double(week - 30), Confidence::AtRisk, QStringLiteral("slow")});
            checkIn.updates.append({churnId, 12.0, Confidence::OnTrack, QString()});
            checkIn.items.append({QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Demo"), dealsId, false});
            repository.checkIns().save(checkIn);
        }

        const QDateTime noon(QDate(2026, 8, 10), QTime(12, 0), Qt::UTC);
        repository.checkIns().addComment(
            {NoId, salesObjectiveId, NoId, QStringLiteral("Ana"), noon, QStringLiteral("Why?")});
        repository.checkIns().addComment(
            {NoId, NoId, dealsId, QStringLiteral("Ben"), noon, QStringLiteral("Two signed")});
        repository.checkIns().addComment(
            {NoId, NoId, companyKeyResultId, QStringLiteral("Cy"), noon, QStringLiteral("On it")});
    }

    Id addObjective(const QString &title, Id teamId, Id parentId = NoId)
    {
        Objective objective;
        objective.cycleId = cycleId;
        objective.teamId = teamId;
        objective.parentId = parentId;
        objective.title = title;
        objective.position = -1;
        return repository.plan().addObjective(objective);
    }

    Id addKeyResult(Id objectiveId, const QString &title)
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = title;
        keyResult.target = 10;
        keyResult.position = -1;
        return repository.plan().addKeyResult(keyResult);
    }

    // Every row of the tree's tables and of check-in content, as text: equal dumps mean equal documents. Revisions
    // are left out: they name the change that wrote a row, and a restore is a write of its own.
    QStringList dump() const
    {
        QStringList rows;
        for (const char *table : {"objectives", "key_results", "initiatives", "kr_updates", "plan_items", "comments"}) {
            QSqlQuery query(document->database());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            while (query.next()) {
                QStringList values{QLatin1String(table)};
                for (int column = 0; column < query.record().count(); ++column) {
                    if (query.record().fieldName(column) != QLatin1String("revision"))
                        values.append(query.value(column).toString());
                }
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }
};

} // namespace

TEST_CASE("Restoring a removed objective brings back its rows, history and aligned objectives as they were",
          "[storage][repository][restore]")
{
    Fixture fixture;
    const QStringList before = fixture.dump();

    const RemovedItems removed = fixture.repository.plan().objectiveSubtree(fixture.salesObjectiveId);
    CHECK(removed.objectives.size() == 1);
    CHECK(removed.keyResults.size() == 2);
    CHECK(removed.initiatives.size() == 2);
    CHECK(removed.updates.size() == 4);
    CHECK(removed.planItemLinks.size() == 2);
    CHECK(removed.comments.size() == 2);
    fixture.repository.plan().removeObjective(fixture.salesObjectiveId);
    CHECK(rowCount(*fixture.document, QStringLiteral("comments")) == 1);
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 0);

    fixture.repository.plan().restore(removed);

    CHECK(fixture.dump() == before);
    CHECK(foreignKeyViolations(*fixture.document) == 0);
    CHECK(fixture.repository.queries().keyResultHistory(fixture.dealsId).size() == 2);
}

TEST_CASE("Restoring a removed company objective realigns the objectives that were aligned to it",
          "[storage][repository][restore]")
{
    Fixture fixture;
    const QStringList before = fixture.dump();

    const RemovedItems removed = fixture.repository.plan().objectiveSubtree(fixture.companyObjectiveId);
    CHECK(removed.alignedObjectiveIds == QList<Id>{fixture.salesObjectiveId});
    fixture.repository.plan().removeObjective(fixture.companyObjectiveId);
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).objective(fixture.salesObjectiveId)->parentId ==
          NoId);

    fixture.repository.plan().restore(removed);

    CHECK(fixture.dump() == before);
}

TEST_CASE("Restoring a removed key result puts it back between its siblings with its check-in history",
          "[storage][repository][restore]")
{
    Fixture fixture;
    const QStringList before = fixture.dump();

    const RemovedItems removed = fixture.repository.plan().keyResultSubtree(fixture.dealsId);
    fixture.repository.plan().removeKeyResult(fixture.dealsId);
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).keyResult(fixture.churnId)->position == 0);

    fixture.repository.plan().restore(removed);

    CHECK(fixture.dump() == before);
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.keyResult(fixture.dealsId));
    CHECK(plan.keyResult(fixture.dealsId)->current == 3.0);
    CHECK(plan.latestCheckIns.value(fixture.dealsId).confidence == Confidence::AtRisk);
}

TEST_CASE("Restoring a removed initiative puts it back at its position", "[storage][repository][restore]")
{
    Fixture fixture;
    const QStringList before = fixture.dump();
    const Id firstInitiativeId = fixture.repository.queries().loadCyclePlan(fixture.cycleId).initiatives.first().id;

    const RemovedItems removed = fixture.repository.plan().initiativeSubtree(firstInitiativeId);
    fixture.repository.plan().removeInitiative(firstInitiativeId);
    fixture.repository.plan().restore(removed);

    CHECK(fixture.dump() == before);
}

TEST_CASE("Restoring over an id that is taken again changes nothing and says why", "[storage][repository][restore]")
{
    Fixture fixture;
    const RemovedItems removed = fixture.repository.plan().keyResultSubtree(fixture.companyKeyResultId);
    fixture.repository.plan().removeKeyResult(fixture.companyKeyResultId);
    const Id reusedId = fixture.addKeyResult(fixture.companyObjectiveId, QStringLiteral("Reused"));
    REQUIRE(reusedId == fixture.companyKeyResultId); // SQLite hands the highest freed rowid out again
    const QStringList before = fixture.dump();

    CHECK_THROWS_AS(fixture.repository.plan().restore(removed), DocumentError);
    CHECK(fixture.dump() == before);
}

TEST_CASE("Reading what a removal would take refuses items that do not exist", "[storage][repository][restore]")
{
    Fixture fixture;
    CHECK_THROWS_AS(fixture.repository.plan().objectiveSubtree(999), DocumentError);
    CHECK_THROWS_AS(fixture.repository.plan().keyResultSubtree(999), DocumentError);
    CHECK_THROWS_AS(fixture.repository.plan().initiativeSubtree(999), DocumentError);
}

TEST_CASE("Removing a cycle takes only an empty one, and adding it back keeps its id", "[storage][repository][restore]")
{
    Fixture fixture;
    CHECK_THROWS_AS(fixture.repository.cycles().remove(fixture.cycleId), DocumentError); // it holds objectives
    CHECK(fixture.repository.cycles().byId(fixture.cycleId));

    const Cycle next{NoId, QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31), CycleState::Planning,
                     false};
    Cycle added = next;
    added.id = fixture.repository.cycles().add(next);
    fixture.repository.reviews().save({added.id, fixture.salesId, QStringLiteral("Fine"), {}, {}, {}, {}});
    fixture.repository.cycles().remove(added.id);
    CHECK_FALSE(fixture.repository.cycles().byId(added.id));
    CHECK_FALSE(fixture.repository.reviews().find(added.id, fixture.salesId));
    CHECK_THROWS_AS(fixture.repository.cycles().remove(added.id), DocumentError);

    CHECK(fixture.repository.cycles().add(added) == added.id);
    CHECK(fixture.repository.cycles().byId(added.id)->name == next.name);
}
