#include "support/catch.h"

#include "document/ShownPlan.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "ui/support/DocumentFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace {

// The Acme document (a closed and an active quarter) with a ShownPlan on its active quarter.
struct ShownAcme {
    ShownAcme()
    {
        DocumentFixtures::writeAcme(path, DocumentFixtures::closedAndActiveQuarters());
        document = Document::open(path);
        repository = std::make_unique<Repository>(*document);
        shown.setRepository(repository.get());
        shown.showCycle(repository->cycles().active()->id);
    }

    Id otherCycleId() const
    {
        for (const Cycle &cycle : repository->cycles().all()) {
            if (cycle.id != shown.cycleId())
                return cycle.id;
        }
        return NoId;
    }

    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("acme.okr"));
    std::unique_ptr<Document> document;
    std::unique_ptr<Repository> repository;
    ShownPlan shown;
};

} // namespace

TEST_CASE("The shown plan is read again once for a change of its cycle, then the followers are told in order",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    QStringList heard;
    QObject::connect(&acme.shown, &ShownPlan::planChanged, [&heard] { heard.append(QStringLiteral("plan")); });
    QObject::connect(&acme.shown, &ShownPlan::changeFollowed, [&heard] { heard.append(QStringLiteral("followed")); });
    Objective renamed = acme.shown.plan().objectives.first();
    renamed.title = QStringLiteral("Renamed behind the views' back");
    acme.repository->plan().updateObjective(renamed);

    const qint64 queriesBefore = Document::executedQueryCount();
    acme.shown.followChange({DocumentChange::Kind::ItemsEdited, acme.shown.cycleId(), {renamed.id}, {}, {}});
    const qint64 planQueries = Document::executedQueryCount() - queriesBefore;

    CHECK(heard == QStringList{QStringLiteral("plan"), QStringLiteral("followed")});
    CHECK(acme.shown.plan().objective(renamed.id)->title == renamed.title);
    CHECK(planQueries > 0);

    SECTION("and the histories are read on first use only")
    {
        const qint64 beforeHistories = Document::executedQueryCount();
        const KeyResultHistories first = acme.shown.histories();
        const qint64 afterFirst = Document::executedQueryCount();
        acme.shown.histories();
        CHECK(afterFirst > beforeHistories);
        CHECK(Document::executedQueryCount() == afterFirst);
    }
}

TEST_CASE("Changes of KPIs and of other cycles are passed on without reading the shown plan",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    const QSignalSpy planChanged(&acme.shown, &ShownPlan::planChanged);
    const QSignalSpy changeFollowed(&acme.shown, &ShownPlan::changeFollowed);

    const Id otherCycleId = acme.otherCycleId();
    const qint64 queriesBefore = Document::executedQueryCount();
    acme.shown.followChange({DocumentChange::Kind::KpisChanged, NoId, {}, {}, {}});
    acme.shown.followChange({DocumentChange::Kind::ItemsEdited, otherCycleId, {}, {}, {}});

    CHECK(Document::executedQueryCount() == queriesBefore);
    CHECK(planChanged.isEmpty());
    CHECK(changeFollowed.size() == 2);
}

TEST_CASE("A shown cycle that a change removed is not read again", "[ui][document][shownplan]")
{
    ShownAcme acme;
    const Id removedCycleId = acme.repository->cycles().add(
        {NoId, QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31), CycleState::Planning, false});
    acme.shown.showCycle(removedCycleId);
    const QSignalSpy planChanged(&acme.shown, &ShownPlan::planChanged);
    const QSignalSpy readFailed(&acme.shown, &ShownPlan::readFailed);
    acme.repository->cycles().remove(removedCycleId);

    acme.shown.followChange({DocumentChange::Kind::CyclesChanged, removedCycleId, {}, {}, {}});

    CHECK(planChanged.isEmpty());
    CHECK(readFailed.isEmpty());
    CHECK(acme.shown.cycleId() == removedCycleId); // until the window shows another one
}
