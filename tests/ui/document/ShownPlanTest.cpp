#include "support/catch.h"

#include "board/WeekChanges.h"
#include "document/ShownPlan.h"
#include "model/EnumNames.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "ui/support/DocumentFixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
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

namespace {

QString shownHistory(const QList<Scoring::ValuePoint> &history)
{
    QStringList points;
    for (const Scoring::ValuePoint &point : history)
        points.append(point.date.toString(Qt::ISODate) + QLatin1Char('=') + QString::number(point.value) +
                      (point.stated ? EnumNames::name(*point.stated) : QStringLiteral("none")));
    return points.join(QLatin1Char(' '));
}

// A hash's keys in order: two hashes with the same keys may list them in different orders.
template <typename Value> QList<Id> sortedKeys(const QHash<Id, Value> &hash)
{
    QList<Id> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The shown plan and its histories are what reading the whole cycle afresh gives.
void checkSameAsReadAfresh(ShownAcme &acme)
{
    const CyclePlan afresh = acme.repository->queries().loadCyclePlan(acme.shown.cycleId());
    const CyclePlan &shown = acme.shown.plan();
    CHECK(shown.objectives == afresh.objectives);
    CHECK(shown.keyResults == afresh.keyResults);
    CHECK(shown.initiatives == afresh.initiatives);
    REQUIRE(sortedKeys(shown.latestCheckIns) == sortedKeys(afresh.latestCheckIns));
    for (const auto &[keyResultId, latest] : afresh.latestCheckIns.asKeyValueRange()) {
        CHECK(shown.latestCheckIns[keyResultId].date == latest.date);
        CHECK(shown.latestCheckIns[keyResultId].confidence == latest.confidence);
        CHECK(shown.latestCheckIns[keyResultId].comment == latest.comment);
    }
    const KeyResultHistories afreshHistories =
        acme.repository->queries().keyResultHistoriesOfCycle(acme.shown.cycleId());
    REQUIRE(sortedKeys(acme.shown.histories()) == sortedKeys(afreshHistories));
    for (const auto &[keyResultId, history] : afreshHistories.asKeyValueRange())
        CHECK(shownHistory(acme.shown.histories().value(keyResultId)) == shownHistory(history));
}

// A key result of the shown plan whose team is not the first team's.
KeyResult keyResultOfAnotherTeam(const CyclePlan &plan)
{
    const Id firstTeamId = plan.objectives.first().teamId;
    for (const KeyResult &keyResult : plan.keyResults) {
        if (plan.teamOfKeyResult(keyResult.id) != firstTeamId)
            return keyResult;
    }
    return {};
}

// Checks in 42.5, off track, for a key result of a team other than the first in the shown cycle, and has the shown
// plan follow that change. Returns the key result as it was before.
KeyResult checkInSlippedAndFollowed(ShownAcme &acme)
{
    const KeyResult updated = keyResultOfAnotherTeam(acme.shown.plan());
    REQUIRE(updated.id != NoId);
    CheckIn checkIn;
    checkIn.teamId = acme.shown.plan().teamOfKeyResult(updated.id);
    checkIn.week = IsoWeek::containing(QDate(2026, 8, 17));
    checkIn.updates.append({updated.id, 42.5, Confidence::OffTrack, QStringLiteral("Slipped")});
    acme.repository->checkIns().save(checkIn);
    acme.shown.followChange({DocumentChange::Kind::CheckInsSaved, acme.shown.cycleId(), {}, {updated.id}, {}});
    return updated;
}

} // namespace

TEST_CASE("An edit reads again only the team of the items it names, and keeps the histories read",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    acme.shown.histories();
    KeyResult renamed = keyResultOfAnotherTeam(acme.shown.plan());
    REQUIRE(renamed.id != NoId);
    renamed.title = QStringLiteral("Renamed in one team");
    renamed.target = 77;
    acme.repository->plan().updateKeyResult(renamed);

    const QSignalSpy planChanged(&acme.shown, &ShownPlan::planChanged);
    acme.shown.followChange({DocumentChange::Kind::ItemsEdited, acme.shown.cycleId(), {}, {renamed.id}, {}});
    const qint64 queriesAfterChange = Document::executedQueryCount();

    CHECK(planChanged.size() == 1);
    CHECK(acme.shown.plan().keyResult(renamed.id)->title == renamed.title);
    CHECK(acme.shown.plan().keyResult(renamed.id)->target == 77);
    CHECK(acme.shown.hasHistories()); // kept: an edit changes no value
    acme.shown.histories();
    CHECK(Document::executedQueryCount() == queriesAfterChange);
    checkSameAsReadAfresh(acme);
}

TEST_CASE("A check-in reads again the teams of its key results, and their histories", "[ui][document][shownplan]")
{
    ShownAcme acme;
    acme.shown.histories();
    const KeyResult updated = checkInSlippedAndFollowed(acme);

    CHECK(acme.shown.plan().keyResult(updated.id)->current == 42.5);
    CHECK(acme.shown.plan().latestCheckIns.value(updated.id).confidence == Confidence::OffTrack);
    CHECK(acme.shown.histories().value(updated.id).last().value == 42.5);
    checkSameAsReadAfresh(acme);
}

TEST_CASE("Histories read alongside the plan are the document's, taken before the next change is followed",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    acme.shown.showCycle(acme.otherCycleId());
    acme.shown.showCycle(acme.repository->cycles().active()->id, ShownPlan::Reading::Alongside);
    CHECK_FALSE(acme.shown.hasHistories());

    // A change that is no part of the plan: the histories read alongside are taken, none read here.
    acme.shown.followChange({DocumentChange::Kind::KpisChanged, NoId, {}, {}, {}});
    CHECK(acme.shown.hasHistories());
    REQUIRE_FALSE(acme.shown.histories().isEmpty());
    checkSameAsReadAfresh(acme);
}

TEST_CASE("A check-in followed while the histories are read alongside is in them", "[ui][document][shownplan]")
{
    ShownAcme acme;
    acme.shown.showCycle(acme.shown.cycleId(), ShownPlan::Reading::Alongside);
    const KeyResult updated = checkInSlippedAndFollowed(acme);

    CHECK(acme.shown.histories().value(updated.id).last().value == 42.5);
    checkSameAsReadAfresh(acme);
}

TEST_CASE("The board's usual weeks of check-ins and the grades read alongside are the document's, read there",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    const Id closedObjective = acme.repository->queries().loadCyclePlan(acme.otherCycleId()).objectives.first().id;
    acme.repository->plan().gradeObjective(closedObjective, 0.7, QStringLiteral("Most of it"));
    acme.shown.showCycle(acme.shown.cycleId(), ShownPlan::Reading::Alongside);
    const Cycle cycle = acme.shown.plan().cycle;
    // The fixture's quarter is over: its final week, against the one before.
    const auto [after, upTo] = WeekChanges::usualWeeks(cycle, QDate::currentDate());
    REQUIRE(upTo.isValid());
    acme.shown.histories(); // waits for the reading alongside

    const qint64 queriesBefore = Document::executedQueryCount();
    const QList<CheckIn> checkIns = acme.shown.checkInsOfWeeks(after, upTo);
    const GradeHistory grades = acme.shown.gradeHistory();
    CHECK(Document::executedQueryCount() == queriesBefore);

    const QList<CheckIn> afreshCheckIns =
        acme.repository->checkIns().ofWeeksAndBefore(IsoWeek::containing(cycle.start), after.next(), upTo);
    REQUIRE_FALSE(afreshCheckIns.isEmpty());
    REQUIRE(checkIns.size() == afreshCheckIns.size());
    for (qsizetype index = 0; index < checkIns.size(); ++index) {
        CHECK(checkIns[index].teamId == afreshCheckIns[index].teamId);
        CHECK(checkIns[index].week == afreshCheckIns[index].week);
    }
    REQUIRE(grades.cycles.size() == 1);
    CHECK(grades.cycles.first().id == acme.otherCycleId());
    REQUIRE(grades.objectives.size() == 1);
    CHECK(grades.objectives.first().grade == 0.7);
}

TEST_CASE("The grade history is read again after a change that may grade, and kept after a check-in",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    CHECK(acme.shown.gradeHistory().objectives.isEmpty());
    // A grade in another cycle: the shown one looks back on it.
    const Id closedObjective = acme.repository->queries().loadCyclePlan(acme.otherCycleId()).objectives.first().id;
    acme.repository->plan().gradeObjective(closedObjective, 0.4, QStringLiteral("Late start"));
    acme.shown.followChange({DocumentChange::Kind::ItemsEdited, acme.otherCycleId(), {closedObjective}, {}, {}});
    REQUIRE(acme.shown.gradeHistory().objectives.size() == 1);
    CHECK(acme.shown.gradeHistory().objectives.first().grade == 0.4);

    checkInSlippedAndFollowed(acme);
    const qint64 queriesBefore = Document::executedQueryCount();
    CHECK(acme.shown.gradeHistory().objectives.size() == 1);
    CHECK(Document::executedQueryCount() == queriesBefore);
}

TEST_CASE("When the reader alongside cannot open the file, the plan's initiatives are read here",
          "[ui][document][shownplan]")
{
    ShownAcme acme;
    const QList<Initiative> initiatives = acme.shown.plan().initiatives;
    REQUIRE_FALSE(initiatives.isEmpty());
    // The window's connection keeps the file it opened; a reader opening it by its path finds nothing there.
    REQUIRE(QFile::rename(acme.path, acme.path + QStringLiteral(".moved")));

    acme.shown.showCycle(acme.shown.cycleId());
    CHECK(acme.shown.plan().initiatives == initiatives);
    // Indexed with them.
    const Id keyResultId = initiatives.first().keyResultId;
    CHECK(acme.shown.plan().initiativesOf(keyResultId).size() ==
          std::count_if(initiatives.cbegin(), initiatives.cend(),
                        [keyResultId](const Initiative &initiative) { return initiative.keyResultId == keyResultId; }));
}

TEST_CASE("A change the shown plan cannot take in place reads the whole cycle again", "[ui][document][shownplan]")
{
    ShownAcme acme;
    acme.shown.histories();
    const Objective objective = acme.shown.plan().objectives.first();

    SECTION("a key result added under an edit's objective")
    {
        KeyResult added;
        added.objectiveId = objective.id;
        added.title = QStringLiteral("Added behind the views' back");
        added.target = 10;
        added.position = 99;
        acme.repository->plan().addKeyResult(added);
        acme.shown.followChange({DocumentChange::Kind::ItemsEdited, acme.shown.cycleId(), {objective.id}, {}, {}});
        CHECK(acme.shown.plan().keyResults.size() ==
              acme.repository->queries().loadCyclePlan(objective.cycleId).keyResults.size());
    }
    SECTION("an edit naming no item")
    {
        Objective renamed = objective;
        renamed.title = QStringLiteral("Renamed, named nowhere");
        acme.repository->plan().updateObjective(renamed);
        acme.shown.followChange({DocumentChange::Kind::ItemsEdited, acme.shown.cycleId(), {}, {}, {}});
        CHECK(acme.shown.plan().objective(objective.id)->title == renamed.title);
    }
    CHECK_FALSE(acme.shown.hasHistories()); // read again on first use
    checkSameAsReadAfresh(acme);
}
