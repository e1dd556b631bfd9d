#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "storage/ChangeLog.h"
#include "storage/Document.h"
#include "storage/PlanAppender.h"
#include "storage/Repository.h"
#include "support/OtherWriter.h"

#include <QSqlQuery>

using namespace StorageTestSupport;

namespace {

Revision revisionOf(Document &document, const QString &table, Id id)
{
    QSqlQuery query(document.database());
    REQUIRE(query.exec(QStringLiteral("SELECT revision FROM %1 WHERE id = %2").arg(table).arg(id)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Revision teamRevision(Document &document, Id teamId)
{
    return revisionOf(document, QStringLiteral("teams"), teamId);
}

Revision latestChange(Document &document)
{
    const std::optional<ChangeRecord> change = ChangeLog(document).latest();
    REQUIRE(change.has_value());
    return change->id;
}

} // namespace

TEST_CASE("Every write transaction should record one change naming its writer, and stamp the rows it wrote",
          "[storage][changes]")
{
    ScratchDocument scratch;
    const qint64 changesBefore = rowCount(*scratch.document, QStringLiteral("changes"));

    scratch.document->describeChanges(QStringLiteral("add the company and a team"));
    Id salesId = NoId;
    scratch.document->transaction([&] {
        const Id companyId = scratch.repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
        salesId = scratch.repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    });

    CHECK(rowCount(*scratch.document, QStringLiteral("changes")) == changesBefore + 1);
    const std::optional<ChangeRecord> change = ChangeLog(*scratch.document).latest();
    REQUIRE(change.has_value());
    CHECK(change->writer == ChangeRecord::Writer::CommandLine);
    CHECK(change->summary == QStringLiteral("add the company and a team"));
    CHECK(change->connection == scratch.document->connectionId());
    CHECK(change->writtenAt.isValid());
    CHECK(teamRevision(*scratch.document, salesId) == change->id);

    // An update stamps the row again with its own change.
    scratch.repository.teams().rename(salesId, QStringLiteral("Sales EMEA"));
    const Revision renamedIn = ChangeLog(*scratch.document).latest()->id;
    CHECK(renamedIn == change->id + 1);
    CHECK(teamRevision(*scratch.document, salesId) == renamedIn);
}

TEST_CASE("A transaction that writes nothing should record no change", "[storage][changes]")
{
    ScratchDocument scratch;
    const qint64 changesBefore = rowCount(*scratch.document, QStringLiteral("changes"));
    scratch.document->transaction([] {});
    CHECK(rowCount(*scratch.document, QStringLiteral("changes")) == changesBefore);
}

TEST_CASE("A check-in's revision should follow its key result updates", "[storage][changes]")
{
    ScratchDocument scratch;
    const Id cycleId = addSamplePlan(scratch.repository, 1, 1, 2, 0, 1);
    const CheckIn saved = scratch.repository.checkIns()
                              .ofTeam(scratch.repository.queries().loadCyclePlan(cycleId).objectives.first().teamId)
                              .first();
    const Revision before = scratch.repository.checkIns().revision(saved.teamId, saved.week);
    CHECK(before > 0);
    CHECK(scratch.repository.checkIns().revision(saved.teamId, saved.week.next()) == NotStored);

    CheckIn changed = saved;
    changed.updates.first().value += 1;
    scratch.repository.checkIns().save(changed);
    CHECK(scratch.repository.checkIns().revision(saved.teamId, saved.week) > before);
}

TEST_CASE("Another connection's commit should change data_version, the document's own commits should not",
          "[storage][changes]")
{
    ScratchDocument scratch;
    std::unique_ptr<Document> other = openOtherWriter(*scratch.document);
    const qint64 seen = scratch.document->dataVersion();

    scratch.repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    CHECK(scratch.document->dataVersion() == seen);

    Repository(*other).teams().add({NoId, NoId, QStringLiteral("Globex")});
    CHECK(scratch.document->dataVersion() != seen);
}

TEST_CASE("The change log should forget its oldest entries in batches, keeping the latest", "[storage][changes]")
{
    ScratchDocument scratch;
    const Id teamId = scratch.repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    for (int rename = 0; rename < 2 * ChangeLog::KeptChanges; ++rename)
        scratch.repository.teams().rename(teamId, QStringLiteral("Acme %1").arg(rename));

    const ChangeLog log(*scratch.document);
    const Revision latest = log.latest()->id;
    CHECK(latest > 2 * ChangeLog::KeptChanges);
    CHECK(rowCount(*scratch.document, QStringLiteral("changes")) < 2 * ChangeLog::KeptChanges);
    CHECK(log.find(latest - ChangeLog::KeptChanges + 1).has_value());
    CHECK_FALSE(log.find(1).has_value());
}

TEST_CASE("Rows written in bulk, put back, or inserted without a revision should carry the change that wrote them",
          "[storage][changes]")
{
    SmallPlan fixture;
    Document &document = *fixture.document;
    Id objectiveId = NoId;
    Id keyResultId = NoId;
    Id initiativeId = NoId;
    document.transaction([&] {
        PlanAppender appender(document);
        Objective objective;
        objective.cycleId = fixture.cycleId;
        objective.teamId = fixture.salesId;
        objective.title = QStringLiteral("Imported");
        objectiveId = appender.addObjective(objective);
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Imported too");
        keyResultId = appender.addKeyResult(keyResult);
        Initiative initiative;
        initiative.keyResultId = keyResultId;
        initiative.title = QStringLiteral("And this");
        initiativeId = appender.addInitiative(initiative);
        appender.flush();
    });
    const Revision importedIn = latestChange(document);
    CHECK(revisionOf(document, QStringLiteral("objectives"), objectiveId) == importedIn);
    CHECK(revisionOf(document, QStringLiteral("key_results"), keyResultId) == importedIn);
    CHECK(revisionOf(document, QStringLiteral("initiatives"), initiativeId) == importedIn);

    // Another program's insert that leaves the revision out is stamped by the trigger.
    Id insertedId = NoId;
    document.transaction([&] {
        QSqlQuery insert = document.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Inserted') RETURNING id"));
        REQUIRE(insert.next());
        insertedId = insert.value(0).toLongLong();
    });
    CHECK(teamRevision(document, insertedId) == latestChange(document));
    CHECK(latestChange(document) == importedIn + 1);

    // A team put back by the undo of its removal is written again: its rows carry the change that put them back.
    const RemovedTeams removed = fixture.repository.teams().subtree(fixture.salesId);
    fixture.repository.teams().remove(fixture.salesId);
    fixture.repository.teams().restore(removed);
    const Revision restoredIn = latestChange(document);
    CHECK(restoredIn > importedIn + 1);
    CHECK(teamRevision(document, fixture.salesId) == restoredIn);
    CHECK(revisionOf(document, QStringLiteral("objectives"), objectiveId) == restoredIn);
    CHECK(revisionOf(document, QStringLiteral("initiatives"), initiativeId) == restoredIn);
}
