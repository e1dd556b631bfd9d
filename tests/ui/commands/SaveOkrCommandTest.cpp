#include "support/catch.h"

#include "commands/SaveOkrCommand.h"
#include "document/DocumentChange.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "ui/support/DocumentFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace {

struct AcmeSession {
    AcmeSession()
    {
        const QString path = directory.filePath(QStringLiteral("acme.okr"));
        DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
        session = DocumentSession::open(path);
        cycleId = session->repository().cycles().active()->id;
    }

    CyclePlan plan() const { return session->repository().queries().loadCyclePlan(cycleId); }

    Objective objective(const QString &title) const
    {
        const CyclePlan current = plan();
        const auto found = std::find_if(current.objectives.begin(), current.objectives.end(),
                                        [&title](const Objective &objective) { return objective.title == title; });
        REQUIRE(found != current.objectives.end());
        return *found;
    }

    QTemporaryDir directory;
    std::unique_ptr<DocumentSession> session;
    Id cycleId = NoId;
};

OkrDraft newOkr(Id cycleId, Id teamId)
{
    OkrDraft draft;
    draft.objective.cycleId = cycleId;
    draft.objective.teamId = teamId;
    draft.objective.title = QStringLiteral("Be the easiest tool to start with");
    draft.objective.position = -1;
    for (const QString &title :
         {QStringLiteral("Increase activation from 20% to 35%"), QStringLiteral("Reduce time to first value")}) {
        KeyResult keyResult;
        keyResult.title = title;
        keyResult.target = 35;
        Initiative initiative;
        initiative.title = QStringLiteral("Plan for ") + title;
        initiative.owner = QStringLiteral("Sam");
        draft.keyResults.append({keyResult, {initiative}, {}});
    }
    return draft;
}

} // namespace

TEST_CASE("A new OKR is written in one step, undo removes all of it and redo brings back the same rows",
          "[ui][wizard][undo]")
{
    AcmeSession acme;
    const CyclePlan before = acme.plan();
    QSignalSpy changes(acme.session.get(), &DocumentSession::changed);

    auto *command = new SaveOkrCommand(*acme.session, newOkr(acme.cycleId, before.teams.first().id));
    acme.session->push(command);
    const Id objectiveId = command->objectiveId();
    REQUIRE(objectiveId != NoId);
    CHECK(changes.size() == 1);
    CHECK(qvariant_cast<DocumentChange>(changes.last().first()).objectiveIds.contains(objectiveId));

    const CyclePlan written = acme.plan();
    REQUIRE(written.keyResultsOf(objectiveId).size() == 2);
    QList<Id> keyResultIds;
    for (const qsizetype index : written.keyResultsOf(objectiveId)) {
        keyResultIds.append(written.keyResults[index].id);
        REQUIRE(written.initiativesOf(written.keyResults[index].id).size() == 1);
    }

    acme.session->undoStack()->undo();
    const CyclePlan undone = acme.plan();
    CHECK_FALSE(undone.objective(objectiveId));
    CHECK(undone.keyResults.size() == before.keyResults.size());
    CHECK(undone.initiatives.size() == before.initiatives.size());

    acme.session->undoStack()->redo();
    const CyclePlan redone = acme.plan();
    REQUIRE(redone.objective(objectiveId));
    QList<Id> redoneIds;
    for (const qsizetype index : redone.keyResultsOf(objectiveId))
        redoneIds.append(redone.keyResults[index].id);
    CHECK(redoneIds == keyResultIds);
    CHECK(redone.initiatives.size() == before.initiatives.size() + 2);
}

TEST_CASE("A rework that moves an initiative off a removed key result keeps it and undoes exactly",
          "[ui][wizard][undo]")
{
    AcmeSession acme;
    const Objective ship = acme.objective(QStringLiteral("Ship reliably"));
    const CyclePlan before = acme.plan();
    const KeyResult uptime = before.keyResults[before.keyResultsOf(ship.id).first()];
    const QList<qsizetype> uptimeInitiatives = before.initiativesOf(uptime.id);
    REQUIRE(uptimeInitiatives.size() == 2);

    // Uptime is replaced by a new key result that takes over its first initiative.
    OkrDraft draft;
    draft.objective = ship;
    KeyResult incidents;
    incidents.title = QStringLiteral("Reduce incidents from 12 to 4");
    incidents.start = 12;
    incidents.target = 4;
    incidents.kind = KeyResultKind::Decrease;
    draft.keyResults.append({incidents, {before.initiatives[uptimeInitiatives.first()]}, {}});
    acme.session->push(new SaveOkrCommand(*acme.session, draft));

    const CyclePlan reworked = acme.plan();
    REQUIRE(reworked.keyResultsOf(ship.id).size() == 1);
    const KeyResult &written = reworked.keyResults[reworked.keyResultsOf(ship.id).first()];
    CHECK(written.title == incidents.title);
    REQUIRE(reworked.initiativesOf(written.id).size() == 1);
    CHECK(reworked.initiatives[reworked.initiativesOf(written.id).first()].title == QStringLiteral("Add failover"));
    CHECK_FALSE(reworked.keyResult(uptime.id));

    acme.session->undoStack()->undo();
    const CyclePlan undone = acme.plan();
    REQUIRE(undone.keyResult(uptime.id));
    CHECK(undone.keyResult(uptime.id)->current == uptime.current);
    CHECK(undone.initiativesOf(uptime.id).size() == 2);
    CHECK(undone.keyResultsOf(ship.id).size() == 1);

    acme.session->undoStack()->redo();
    CHECK(acme.plan().keyResultsOf(ship.id).size() == 1);
    CHECK_FALSE(acme.plan().keyResult(uptime.id));
}
