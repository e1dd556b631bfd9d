#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <utility>

using namespace StorageTestSupport;

namespace {

struct Fixture : StorageTestSupport::ScratchDocument {
    Id teamId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id cycleId = repository.cycles().add(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
    Id objectiveId =
        repository.plan().addObjective({NoId, cycleId, teamId, NoId, QStringLiteral("Grow"), {}, {}, 1.0, -1, {}, {}});
    Id keyResultId = addKeyResult();

    Id addKeyResult()
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = QStringLiteral("Reach 100 customers");
        keyResult.target = 100;
        return repository.plan().addKeyResult(keyResult);
    }
};

} // namespace

TEST_CASE("Comments on objectives and key results should keep author, time and text in order", "[storage][comments]")
{
    Fixture fixture;
    const QDateTime morning(QDate(2026, 8, 20), QTime(9, 30), Qt::UTC);
    const Id first = fixture.repository.checkIns().addComment(
        {NoId, NoId, fixture.keyResultId, QStringLiteral("Ana"), morning, QStringLiteral("Stalled: no leads")});
    fixture.repository.checkIns().addComment({NoId, NoId, fixture.keyResultId, QStringLiteral("Bo"),
                                              morning.addSecs(3600), QStringLiteral("Two leads came in")});
    fixture.repository.checkIns().addComment(
        {NoId, fixture.objectiveId, NoId, QStringLiteral("Cy"), {}, QStringLiteral("Still the right direction")});

    const QList<Comment> onKeyResult = fixture.repository.checkIns().commentsOfKeyResult(fixture.keyResultId);
    REQUIRE(onKeyResult.size() == 2);
    CHECK(onKeyResult[0].id == first);
    CHECK(onKeyResult[0].author == QStringLiteral("Ana"));
    CHECK(onKeyResult[0].time == morning);
    CHECK(onKeyResult[0].text == QStringLiteral("Stalled: no leads"));
    CHECK(onKeyResult[1].author == QStringLiteral("Bo"));

    const QList<Comment> onObjective = fixture.repository.checkIns().commentsOfObjective(fixture.objectiveId);
    REQUIRE(onObjective.size() == 1);
    CHECK(onObjective.first().time.isValid()); // no time given: now

    fixture.repository.checkIns().removeComment(first);
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.keyResultId).size() == 1);
    fixture.repository.plan().removeKeyResult(fixture.keyResultId);
    CHECK(fixture.repository.checkIns().commentsOfKeyResult(fixture.keyResultId).isEmpty());
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
        fixture.repository.checkIns().save(checkIn);
    }
    CHECK(fixture.repository.checkIns().teamsCheckedIn({2026, 31}) == QList<Id>{fixture.teamId});
    fixture.repository.checkIns().remove(fixture.teamId, {2026, 31});
    fixture.repository.checkIns().remove(fixture.teamId, {2026, 40}); // none: nothing happens
    CHECK_FALSE(fixture.repository.checkIns().find(fixture.teamId, {2026, 31}).has_value());
    CHECK(fixture.repository.checkIns().teamsCheckedIn({2026, 31}).isEmpty());
    const QList<KeyResultTimelineEntry> timeline = fixture.repository.queries().keyResultTimeline(fixture.keyResultId);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().week == IsoWeek{2026, 30});
    CHECK(timeline.first().teamId == fixture.teamId);
    CHECK(timeline.first().confidence == Confidence::AtRisk);
    CHECK(fixture.repository.cycles().ofKeyResult(fixture.keyResultId)->id == fixture.cycleId);
    CHECK_FALSE(fixture.repository.cycles().ofKeyResult(4242).has_value());
}

TEST_CASE("Reading a range of weeks should take exactly its check-ins with their updates and notes, across a new "
          "year",
          "[storage][checkin]")
{
    Fixture fixture;
    const QList<IsoWeek> weeks{{2026, 52}, {2026, 53}, {2027, 1}, {2027, 2}};
    for (const IsoWeek &week : weeks) {
        CheckIn checkIn{NoId,
                        fixture.teamId,
                        week,
                        {{fixture.keyResultId, double(week.week), Confidence::OnTrack, week.toString()}},
                        {{QStringLiteral("Ana"), PlanItemKind::Problem, week.toString(), NoId, false}},
                        {},
                        {}};
        fixture.repository.checkIns().save(checkIn);
    }

    const QList<CheckIn> read = fixture.repository.checkIns().ofWeeks({2026, 53}, {2027, 1});

    REQUIRE(read.size() == 2);
    CHECK(read[0].week == IsoWeek{2026, 53});
    CHECK(read[1].week == IsoWeek{2027, 1});
    for (const CheckIn &checkIn : read) {
        REQUIRE(checkIn.updates.size() == 1);
        CHECK(checkIn.updates.first().comment == checkIn.week.toString());
        REQUIRE(checkIn.items.size() == 1);
        CHECK(checkIn.items.first().text == checkIn.week.toString());
    }
    CHECK(fixture.repository.checkIns().ofWeeks({2027, 3}, {2027, 9}).isEmpty());
}

namespace {

// Sales' check-in of `week` in a plan of one objective with two key results (revenue, then churn): every field set,
// an empty comment and a plan item without a key result among them.
struct SalesWeek {
    Id revenueId = NoId;
    Id churnId = NoId;
    CheckIn checkIn;
};

SalesWeek salesWeek(SmallPlan &fixture, IsoWeek week)
{
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    SalesWeek sales;
    sales.revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    sales.churnId = fixture.addKeyResult(objectiveId, QStringLiteral("Churn"));
    CheckIn &checkIn = sales.checkIn;
    checkIn.teamId = fixture.salesId;
    checkIn.week = week;
    checkIn.updates = {{sales.revenueId, 112.5, Confidence::OnTrack, QStringLiteral("Two deals")},
                       {sales.churnId, 4.5, Confidence::OffTrack, QString()}};
    checkIn.items = {
        {QStringLiteral("Dana"), PlanItemKind::Plan, QStringLiteral("Call accounts"), sales.revenueId, true},
        {QStringLiteral("Lee"), PlanItemKind::Progress, QStringLiteral("Shipped export"), NoId, false},
        {QStringLiteral("Lee"), PlanItemKind::Problem, QStringLiteral("Billing bug"), sales.churnId, false}};
    checkIn.lessons = QStringLiteral("Demos convert");
    checkIn.nextPriorities = QStringLiteral("Hire an SDR");
    return sales;
}

// Every field of two check-ins but the id: what a write stored and what reading it gives.
void requireSameContent(const CheckIn &stored, const CheckIn &written)
{
    CHECK(stored.teamId == written.teamId);
    CHECK(stored.week == written.week);
    CHECK(stored.lessons == written.lessons);
    CHECK(stored.nextPriorities == written.nextPriorities);
    REQUIRE(stored.updates.size() == written.updates.size());
    for (qsizetype row = 0; row < written.updates.size(); ++row) {
        CHECK(stored.updates[row].keyResultId == written.updates[row].keyResultId);
        CHECK(stored.updates[row].value == written.updates[row].value);
        CHECK(stored.updates[row].confidence == written.updates[row].confidence);
        CHECK(stored.updates[row].comment == written.updates[row].comment);
    }
    REQUIRE(stored.items.size() == written.items.size());
    for (qsizetype row = 0; row < written.items.size(); ++row) {
        CHECK(stored.items[row].person == written.items[row].person);
        CHECK(stored.items[row].kind == written.items[row].kind);
        CHECK(stored.items[row].text == written.items[row].text);
        CHECK(stored.items[row].keyResultId == written.items[row].keyResultId);
        CHECK(stored.items[row].done == written.items[row].done);
    }
}

} // namespace

TEST_CASE("Repository should round-trip a check-in and replace it when the same week is saved again",
          "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    const auto [revenueId, churnId, checkIn] = salesWeek(fixture, IsoWeek{2026, 28});
    const Id checkInId = repository.checkIns().save(checkIn);
    CHECK(checkInId != NoId);

    const std::optional<CheckIn> stored = repository.checkIns().find(fixture.salesId, IsoWeek{2026, 28});
    REQUIRE(stored.has_value());
    CHECK(stored->id == checkInId);
    requireSameContent(*stored, checkIn);
    CHECK_FALSE(repository.checkIns().find(fixture.salesId, IsoWeek{2026, 29}).has_value());

    CheckIn again = checkIn;
    again.updates = {{churnId, 4.0, Confidence::AtRisk, QStringLiteral("Better")}};
    again.items.clear();
    again.lessons = QStringLiteral("Replaced");
    CHECK(repository.checkIns().save(again) == checkInId);

    const QList<CheckIn> all = repository.checkIns().ofTeam(fixture.salesId);
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == checkInId);
    CHECK(all[0].lessons == QStringLiteral("Replaced"));
    REQUIRE(all[0].updates.size() == 1);
    CHECK(all[0].updates[0].keyResultId == churnId);
    CHECK(all[0].updates[0].value == 4.0);
    CHECK(all[0].items.isEmpty());
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 1);
    CHECK(rowCount(*fixture.document, QStringLiteral("plan_items")) == 0);
}

TEST_CASE("Repository should hand a team's check-ins over by week, each with its own content, whatever order "
          "they were written in",
          "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    CheckIn later = salesWeek(fixture, IsoWeek{2026, 30}).checkIn;
    repository.checkIns().save(later);
    const SalesWeek earlierWeek = salesWeek(fixture, IsoWeek{2026, 28});
    CheckIn earlier = earlierWeek.checkIn;
    earlier.updates.removeLast();
    earlier.items.removeFirst();
    earlier.lessons = QStringLiteral("Earlier");
    repository.checkIns().save(earlier);
    // Rows written after the earlier week's: the later week's content no longer comes in id order.
    later.updates.append({earlierWeek.churnId, 3.0, Confidence::AtRisk, QStringLiteral("Added last")});
    later.items.append({QStringLiteral("Kim"), PlanItemKind::Plan, QStringLiteral("Added last"), NoId, false});
    repository.checkIns().save(later);
    const CheckIn empty{NoId, fixture.salesId, IsoWeek{2026, 29}, {}, {}, {}, {}};
    repository.checkIns().save(empty);

    QList<CheckIn> handed;
    repository.checkIns().eachOfTeam(fixture.salesId, [&](const CheckIn &checkIn) { handed.append(checkIn); });
    REQUIRE(handed.size() == 3);
    requireSameContent(handed[0], earlier);
    requireSameContent(handed[1], empty);
    requireSameContent(handed[2], later);
    CHECK(repository.checkIns().ofTeam(fixture.salesId).size() == 3);
    int none = 0;
    repository.checkIns().eachOfTeam(fixture.companyId, [&](const CheckIn &) { ++none; });
    CHECK(none == 0);
}

namespace {

// Row ids of a table's rows, by `keyColumn`, in id order.
QList<std::pair<qint64, Id>> rowIds(Document &document, const QString &table, const QString &keyColumn)
{
    QSqlQuery query = document.exec(QStringLiteral("SELECT %1, id FROM %2 ORDER BY id").arg(keyColumn, table));
    QList<std::pair<qint64, Id>> ids;
    while (query.next())
        ids.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return ids;
}

qint64 totalChanges(Document &document)
{
    QSqlQuery query = document.exec(QStringLiteral("SELECT total_changes()"));
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("Saving a week again should update its rows in place and keep the ids of what stayed", "[storage][checkin]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    Document &document = *fixture.document;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    const Id churnId = fixture.addKeyResult(objectiveId, QStringLiteral("Churn"));
    const Id npsId = fixture.addKeyResult(objectiveId, QStringLiteral("NPS"));
    const PlanItem call{QStringLiteral("Dana"), PlanItemKind::Plan, QStringLiteral("Call accounts"), revenueId, false};
    const PlanItem ship{QStringLiteral("Lee"), PlanItemKind::Progress, QStringLiteral("Shipped export"), NoId, false};
    const PlanItem bug{QStringLiteral("Lee"), PlanItemKind::Problem, QStringLiteral("Billing bug"), churnId, false};

    CheckIn checkIn{NoId,
                    fixture.salesId,
                    {2026, 28},
                    {{revenueId, 100, Confidence::OnTrack, {}}, {churnId, 5, Confidence::AtRisk, {}}},
                    {call, ship, bug},
                    {},
                    {}};
    repository.checkIns().save(checkIn);
    const QList<std::pair<qint64, Id>> updatesBefore =
        rowIds(document, QStringLiteral("kr_updates"), QStringLiteral("key_result_id"));
    const QList<std::pair<qint64, Id>> itemsBefore =
        rowIds(document, QStringLiteral("plan_items"), QStringLiteral("check_in_id"));
    REQUIRE(updatesBefore.size() == 2);
    REQUIRE(itemsBefore.size() == 3);

    SECTION("the same content again writes no update or plan item")
    {
        const qint64 changesBefore = totalChanges(document);
        repository.checkIns().save(checkIn);
        // The week's own row, the revision its trigger stamps on it and the change-log entry: no child row.
        CHECK(totalChanges(document) - changesBefore == 3);
        CHECK(rowIds(document, QStringLiteral("kr_updates"), QStringLiteral("key_result_id")) == updatesBefore);
        CHECK(rowIds(document, QStringLiteral("plan_items"), QStringLiteral("check_in_id")) == itemsBefore);
    }

    SECTION("changed content rewrites its rows, new rows come last and dropped ones go")
    {
        CheckIn again = checkIn;
        again.updates = {{churnId, 4, Confidence::OnTrack, QStringLiteral("Better")},
                         {npsId, 30, Confidence::OnTrack, {}}};
        PlanItem shipped = ship;
        shipped.text = QStringLiteral("Shipped export and import");
        again.items = {call, shipped};
        repository.checkIns().save(again);

        const QList<std::pair<qint64, Id>> updatesAfter =
            rowIds(document, QStringLiteral("kr_updates"), QStringLiteral("key_result_id"));
        REQUIRE(updatesAfter.size() == 2);
        CHECK(updatesAfter[0] == updatesBefore[1]); // churn kept its row
        CHECK(updatesAfter[0].first == churnId);
        CHECK(updatesAfter[1].first == npsId);
        CHECK(updatesAfter[1].second > updatesBefore[1].second);
        CHECK(rowIds(document, QStringLiteral("plan_items"), QStringLiteral("check_in_id")) == itemsBefore.mid(0, 2));

        const std::optional<CheckIn> stored = repository.checkIns().find(fixture.salesId, IsoWeek{2026, 28});
        REQUIRE(stored.has_value());
        REQUIRE(stored->updates.size() == 2);
        CHECK(stored->updates[0].value == 4);
        CHECK(stored->updates[0].comment == QStringLiteral("Better"));
        CHECK(stored->updates[1].value == 30);
        REQUIRE(stored->items.size() == 2);
        CHECK(stored->items[0].text == call.text);
        CHECK(stored->items[1].text == shipped.text);
    }
}

TEST_CASE("A team's latest check-in of a range of weeks and its latest written lessons should be found across a new "
          "year",
          "[storage][checkin]")
{
    Fixture fixture;
    const Id otherTeamId = fixture.repository.teams().add({NoId, NoId, QStringLiteral("Beta")});
    CheckInRepository &checkIns = fixture.repository.checkIns();
    const auto save = [&](Id teamId, IsoWeek week, const QString &lessons) {
        checkIns.save({NoId,
                       teamId,
                       week,
                       {{fixture.keyResultId, double(week.week), Confidence::OnTrack, {}}},
                       {{QStringLiteral("Ana"), PlanItemKind::Problem, week.toString(), NoId, false}},
                       lessons,
                       {}});
    };
    save(fixture.teamId, {2026, 52}, QStringLiteral("Kept the launch small"));
    save(fixture.teamId, {2026, 53}, QStringLiteral(" \t\u00a0")); // blank: says nothing
    save(fixture.teamId, {2027, 1}, {});
    save(otherTeamId, {2027, 2}, QStringLiteral("Another team's"));
    save(fixture.teamId, {2027, 5}, QStringLiteral("After the weeks asked"));

    const std::optional<CheckIn> latest = checkIns.latestOfTeam(fixture.teamId, {2026, 50}, {2027, 2});
    REQUIRE(latest.has_value());
    CHECK(latest->week == IsoWeek{2027, 1});
    REQUIRE(latest->items.size() == 1);
    CHECK(latest->items.first().text == QStringLiteral("2027-W01"));
    CHECK(latest->updates.isEmpty()); // the histories hold the values
    CHECK(checkIns.latestLessonsOfTeam(fixture.teamId, {2026, 50}, {2027, 2}) ==
          QStringLiteral("Kept the launch small"));
    CHECK(checkIns.latestOfTeam(fixture.teamId, {2026, 50}, {2027, 9})->week == IsoWeek{2027, 5});

    CHECK_FALSE(checkIns.latestOfTeam(fixture.teamId, {2027, 10}, {2027, 12}).has_value());
    CHECK(checkIns.latestLessonsOfTeam(otherTeamId, {2026, 50}, {2027, 1}).isEmpty());
}

TEST_CASE("Inserting a new week should store it whole and refuse a week already stored or half of a week",
          "[storage][checkin]")
{
    SmallPlan fixture;
    CheckInRepository &checkIns = fixture.repository.checkIns();
    const auto [revenueId, churnId, checkIn] = salesWeek(fixture, IsoWeek{2026, 30});
    const std::optional<Id> checkInId = checkIns.insert(checkIn);
    REQUIRE(checkInId.has_value());

    std::optional<CheckIn> stored = checkIns.find(fixture.salesId, checkIn.week);
    REQUIRE(stored.has_value());
    CHECK(stored->id == *checkInId);
    requireSameContent(*stored, checkIn);
    CHECK(checkIns.revision(fixture.salesId, checkIn.week) > 0);

    // The week is stored: a second insert is refused and leaves it as it was.
    CheckIn again = checkIn;
    again.updates = {{revenueId, 1.0, Confidence::OffTrack, QStringLiteral("Lost it all")}};
    again.lessons = QStringLiteral("Written over");
    CHECK_FALSE(checkIns.insert(again).has_value());
    stored = checkIns.find(fixture.salesId, checkIn.week);
    REQUIRE(stored.has_value());
    requireSameContent(*stored, checkIn);

    // An update of a key result that does not exist fails after the week's row is written: none of it stays.
    CheckIn broken = checkIn;
    broken.week = IsoWeek{2026, 31};
    broken.updates.append({revenueId + churnId + 100, 1.0, Confidence::OnTrack, QString()});
    CHECK_THROWS_AS(checkIns.insert(broken), DocumentError);
    CHECK_FALSE(checkIns.find(fixture.salesId, broken.week).has_value());
    CHECK(rowCount(*fixture.document, QStringLiteral("check_ins")) == 1);
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 2);
    CHECK(rowCount(*fixture.document, QStringLiteral("plan_items")) == 3);

    // More updates than one statement takes (16): all stored, in their order.
    CheckIn many = checkIn;
    many.week = IsoWeek{2026, 32};
    many.updates.clear();
    const Id objectiveId = fixture.addObjective(QStringLiteral("Many"), fixture.salesId);
    for (int index = 0; index < 35; ++index)
        many.updates.append({fixture.addKeyResult(objectiveId, QString::number(index)), double(index),
                             Confidence::AtRisk, QString::number(index)});
    checkIns.insert(many);
    stored = checkIns.find(fixture.salesId, many.week);
    REQUIRE(stored.has_value());
    requireSameContent(*stored, many);
    CHECK(integrityCheck(*fixture.document) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*fixture.document) == 0);
}
