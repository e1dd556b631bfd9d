#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

namespace {

// A fresh document in a temporary folder, with a repository over it.
struct Fixture : StorageTestSupport::ScratchDocument {

    Id companyId = repository.addTeam({NoId, NoId, QStringLiteral("Acme")});
    Id salesId = repository.addTeam({NoId, companyId, QStringLiteral("Sales")});
    Id cycleId = repository.addCycle(
        {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});

    Id addObjective(const QString &title, Id teamId, Id parentId = NoId, int position = -1)
    {
        Objective objective;
        objective.cycleId = cycleId;
        objective.teamId = teamId;
        objective.parentId = parentId;
        objective.title = title;
        objective.position = position;
        return repository.addObjective(objective);
    }

    Id addKeyResult(Id objectiveId, const QString &title, int position = -1)
    {
        KeyResult keyResult;
        keyResult.objectiveId = objectiveId;
        keyResult.title = title;
        keyResult.target = 10;
        keyResult.position = position;
        return repository.addKeyResult(keyResult);
    }

    Id addInitiative(Id keyResultId, const QString &title, int position = -1)
    {
        Initiative initiative;
        initiative.keyResultId = keyResultId;
        initiative.title = title;
        initiative.position = position;
        return repository.addInitiative(initiative);
    }

    void checkIn(Id teamId, IsoWeek week, Id keyResultId, double value, Confidence confidence = Confidence::OnTrack)
    {
        CheckIn checkIn;
        checkIn.teamId = teamId;
        checkIn.week = week;
        checkIn.updates.append({keyResultId, value, confidence, QString()});
        repository.saveCheckIn(checkIn);
    }

    QStringList keyResultTitles(Id objectiveId) const
    {
        const CyclePlan plan = repository.loadCyclePlan(cycleId);
        QStringList titles;
        for (const qsizetype row : plan.keyResultsOf(objectiveId))
            titles.append(plan.keyResults[row].title);
        return titles;
    }
};

} // namespace

TEST_CASE("Repository should round-trip teams and cycles", "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    const Id platformId = repository.addTeam({NoId, fixture.companyId, QStringLiteral("Platform")});
    const Id accountsId = repository.addTeam({NoId, fixture.salesId, QStringLiteral("Key accounts")});

    const QList<Team> teams = repository.teams();
    REQUIRE(teams.size() == 4);
    // Depth first: a department's teams follow it, before the next department.
    CHECK(teams[0].name == QStringLiteral("Acme"));
    CHECK(teams[0].parentId == NoId);
    CHECK(teams[1].id == fixture.salesId);
    CHECK(teams[2].id == accountsId);
    CHECK(teams[2].parentId == fixture.salesId);
    CHECK(teams[3].id == platformId);
    CHECK(repository.organisationName() == QStringLiteral("Acme"));
    REQUIRE(repository.teamByName(QStringLiteral("KEY ACCOUNTS")).has_value());
    CHECK(repository.teamByName(QStringLiteral("KEY ACCOUNTS"))->id == accountsId);
    CHECK_FALSE(repository.teamByName(QStringLiteral("Key")).has_value());

    repository.renameTeam(platformId, QStringLiteral("Platform Ünits"));
    CHECK(repository.teamByName(QStringLiteral("platform ünits"))->id == platformId);

    const Cycle annual{NoId, QStringLiteral("2026"), QDate(2026, 1, 1), QDate(2026, 12, 31), CycleState::Active, true};
    const Id annualId = repository.addCycle(annual);
    Cycle closed{NoId, QStringLiteral("2026 Q2"), QDate(2026, 4, 1), QDate(2026, 6, 30), CycleState::Planning, false};
    closed.id = repository.addCycle(closed);
    closed.state = CycleState::Closed;
    closed.name = QStringLiteral("2026 Q2 (closed)");
    repository.updateCycle(closed);

    const QList<Cycle> cycles = repository.cycles();
    REQUIRE(cycles.size() == 3);
    CHECK(cycles[0].id == annualId); // by start date
    CHECK(cycles[0].annual);
    CHECK(cycles[0].start == QDate(2026, 1, 1));
    CHECK(cycles[0].end == QDate(2026, 12, 31));
    CHECK(cycles[1].id == closed.id);
    CHECK(cycles[1].name == QStringLiteral("2026 Q2 (closed)"));
    CHECK(cycles[1].state == CycleState::Closed);
    CHECK(cycles[2].id == fixture.cycleId);
    CHECK_FALSE(cycles[2].annual);
    REQUIRE(repository.activeCycle().has_value());
    CHECK(repository.activeCycle()->id == fixture.cycleId); // the annual one is not "the active quarter"
    CHECK(repository.cycleByName(QStringLiteral("2026 q3"))->id == fixture.cycleId);
    CHECK(repository.cycle(closed.id)->state == CycleState::Closed);
    CHECK_FALSE(repository.cycle(4242).has_value());
}

TEST_CASE("Repository should round-trip every field of objectives, key results and initiatives",
          "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    const Id parentId = fixture.addObjective(QStringLiteral("Delight customers"), fixture.companyId);

    Objective objective;
    objective.cycleId = fixture.cycleId;
    objective.teamId = fixture.salesId;
    objective.parentId = parentId;
    objective.title = QStringLiteral("Win the mid-market");
    objective.description = QStringLiteral("Where the money is");
    objective.commitment = Commitment::Aspirational;
    objective.weight = 2.5;
    objective.position = -1;
    objective.grade = 0.7;
    objective.gradeNote = QStringLiteral("Close, but no cigar");
    objective.id = repository.addObjective(objective);

    QList<KeyResult> keyResults;
    const std::array kinds{KeyResultKind::Increase, KeyResultKind::Decrease, KeyResultKind::KeepAbove,
                           KeyResultKind::KeepBelow};
    const std::array units{MeasureUnit::Number, MeasureUnit::Percent, MeasureUnit::Currency, MeasureUnit::Time,
                           MeasureUnit::Rating};
    for (int number = 0; number < 5; ++number) {
        KeyResult keyResult;
        keyResult.objectiveId = objective.id;
        keyResult.title = QStringLiteral("Key result %1").arg(number);
        keyResult.description = QStringLiteral("Why %1").arg(number);
        keyResult.start = 14.25 + number;
        keyResult.target = -3.5 * number;
        keyResult.unit = units[number];
        keyResult.unitLabel = QStringLiteral("unit %1").arg(number);
        keyResult.kind = kinds[number % 4];
        keyResult.weight = 0.5 + number;
        keyResult.owner = QStringLiteral("Owner %1").arg(number);
        keyResult.commitment = number % 2 ? Commitment::Aspirational : Commitment::Committed;
        keyResult.position = -1;
        keyResult.id = repository.addKeyResult(keyResult);
        keyResult.position = number;
        keyResults.append(keyResult);
    }

    QList<Initiative> initiatives;
    const std::array statuses{InitiativeStatus::Planned, InitiativeStatus::InProgress, InitiativeStatus::Done,
                              InitiativeStatus::Dropped};
    for (int number = 0; number < 4; ++number) {
        Initiative initiative;
        initiative.keyResultId = keyResults[0].id;
        initiative.title = QStringLiteral("Initiative %1").arg(number);
        initiative.owner = QStringLiteral("Person %1").arg(number);
        initiative.status = statuses[number];
        initiative.due = number == 0 ? QDate() : QDate(2026, 8, number);
        initiative.position = -1;
        initiative.id = repository.addInitiative(initiative);
        initiative.position = number;
        initiatives.append(initiative);
    }

    const CyclePlan plan = repository.loadCyclePlan(fixture.cycleId);
    CHECK(plan.cycle.id == fixture.cycleId);
    CHECK(plan.cycle.name == QStringLiteral("2026 Q3"));
    CHECK(plan.teams.size() == 2);
    REQUIRE(plan.objectives.size() == 2);
    const Objective *stored = plan.objective(objective.id);
    REQUIRE(stored);
    CHECK(stored->cycleId == objective.cycleId);
    CHECK(stored->teamId == objective.teamId);
    CHECK(stored->parentId == parentId);
    CHECK(stored->title == objective.title);
    CHECK(stored->description == objective.description);
    CHECK(stored->commitment == Commitment::Aspirational);
    CHECK(stored->weight == 2.5);
    CHECK(stored->position == 0); // first among Sales' objectives
    CHECK(stored->grade == 0.7);
    CHECK(stored->gradeNote == objective.gradeNote);
    CHECK_FALSE(plan.objective(parentId)->grade.has_value());
    CHECK(plan.alignedObjectives(parentId).size() == 1);

    REQUIRE(plan.keyResults.size() == keyResults.size());
    for (const KeyResult &expected : std::as_const(keyResults)) {
        const KeyResult *actual = plan.keyResult(expected.id);
        REQUIRE(actual);
        CHECK(actual->objectiveId == expected.objectiveId);
        CHECK(actual->title == expected.title);
        CHECK(actual->description == expected.description);
        CHECK(actual->start == expected.start);
        CHECK(actual->target == expected.target);
        CHECK_FALSE(actual->current.has_value()); // no check-in yet
        CHECK(actual->unit == expected.unit);
        CHECK(actual->unitLabel == expected.unitLabel);
        CHECK(actual->kind == expected.kind);
        CHECK(actual->weight == expected.weight);
        CHECK(actual->owner == expected.owner);
        CHECK(actual->commitment == expected.commitment);
        CHECK(actual->position == expected.position);
    }
    CHECK(plan.latestCheckIns.isEmpty());

    REQUIRE(plan.initiativesOf(keyResults[0].id).size() == initiatives.size());
    for (const Initiative &expected : std::as_const(initiatives)) {
        const Initiative *actual = plan.initiative(expected.id);
        REQUIRE(actual);
        CHECK(actual->keyResultId == expected.keyResultId);
        CHECK(actual->title == expected.title);
        CHECK(actual->owner == expected.owner);
        CHECK(actual->status == expected.status);
        CHECK(actual->due == expected.due);
        CHECK(actual->position == expected.position);
    }

    SECTION("updates replace every field")
    {
        Objective changed = *stored;
        changed.title = QStringLiteral("Own the mid-market");
        changed.commitment = Commitment::Committed;
        changed.parentId = NoId;
        changed.grade.reset();
        changed.gradeNote.clear();
        repository.updateObjective(changed);
        KeyResult changedKeyResult = keyResults[1];
        changedKeyResult.kind = KeyResultKind::KeepBelow;
        changedKeyResult.unit = MeasureUnit::Rating;
        changedKeyResult.target = 99.5;
        repository.updateKeyResult(changedKeyResult);
        Initiative changedInitiative = initiatives[0];
        changedInitiative.due = QDate(2026, 9, 30);
        changedInitiative.status = InitiativeStatus::Done;
        repository.updateInitiative(changedInitiative);

        const CyclePlan updated = repository.loadCyclePlan(fixture.cycleId);
        CHECK(updated.objective(objective.id)->title == changed.title);
        CHECK(updated.objective(objective.id)->commitment == Commitment::Committed);
        CHECK(updated.objective(objective.id)->parentId == NoId);
        CHECK_FALSE(updated.objective(objective.id)->grade.has_value());
        CHECK(updated.keyResult(changedKeyResult.id)->kind == KeyResultKind::KeepBelow);
        CHECK(updated.keyResult(changedKeyResult.id)->unit == MeasureUnit::Rating);
        CHECK(updated.keyResult(changedKeyResult.id)->target == 99.5);
        CHECK(updated.keyResult(changedKeyResult.id)->position == 1);
        CHECK(updated.initiative(changedInitiative.id)->due == QDate(2026, 9, 30));
        CHECK(updated.initiative(changedInitiative.id)->status == InitiativeStatus::Done);
    }
}

TEST_CASE("Repository should keep sibling positions dense when adding, moving and removing", "[storage][repository]")
{
    Fixture fixture;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id otherObjectiveId = fixture.addObjective(QStringLiteral("Keep"), fixture.salesId);
    const Id b = fixture.addKeyResult(objectiveId, QStringLiteral("B"));
    fixture.addKeyResult(objectiveId, QStringLiteral("D"), 99); // past the end: appends
    fixture.addKeyResult(objectiveId, QStringLiteral("A"), 0);
    const Id c = fixture.addKeyResult(objectiveId, QStringLiteral("C"), 2);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));

    fixture.repository.removeKeyResult(b);
    const CyclePlan plan = fixture.repository.loadCyclePlan(fixture.cycleId);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    QList<int> positions;
    for (const qsizetype row : plan.keyResultsOf(objectiveId))
        positions.append(plan.keyResults[row].position);
    CHECK(positions == (QList<int>{0, 1, 2}));

    KeyResult moved = *plan.keyResult(c);
    moved.position = 0;
    fixture.repository.updateKeyResult(moved);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")}));

    moved.objectiveId = otherObjectiveId;
    moved.position = -1;
    fixture.repository.updateKeyResult(moved);
    CHECK(fixture.keyResultTitles(objectiveId) == (QStringList{QStringLiteral("A"), QStringLiteral("D")}));
    CHECK(fixture.keyResultTitles(otherObjectiveId) == (QStringList{QStringLiteral("C")}));
    CHECK(fixture.repository.loadCyclePlan(fixture.cycleId).keyResult(c)->position == 0);
}

TEST_CASE("Repository should round-trip a check-in and replace it when the same week is saved again",
          "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    const Id churnId = fixture.addKeyResult(objectiveId, QStringLiteral("Churn"));

    CheckIn checkIn;
    checkIn.teamId = fixture.salesId;
    checkIn.week = IsoWeek{2026, 28};
    checkIn.updates = {{revenueId, 112.5, Confidence::OnTrack, QStringLiteral("Two deals")},
                       {churnId, 4.5, Confidence::OffTrack, QString()}};
    checkIn.items = {{QStringLiteral("Dana"), PlanItemKind::Plan, QStringLiteral("Call accounts"), revenueId, true},
                     {QStringLiteral("Lee"), PlanItemKind::Progress, QStringLiteral("Shipped export"), NoId, false},
                     {QStringLiteral("Lee"), PlanItemKind::Problem, QStringLiteral("Billing bug"), churnId, false}};
    checkIn.lessons = QStringLiteral("Demos convert");
    checkIn.nextPriorities = QStringLiteral("Hire an SDR");
    const Id checkInId = repository.saveCheckIn(checkIn);
    CHECK(checkInId != NoId);

    const std::optional<CheckIn> stored = repository.checkIn(fixture.salesId, IsoWeek{2026, 28});
    REQUIRE(stored.has_value());
    CHECK(stored->id == checkInId);
    CHECK(stored->teamId == fixture.salesId);
    CHECK(stored->week == IsoWeek{2026, 28});
    CHECK(stored->lessons == checkIn.lessons);
    CHECK(stored->nextPriorities == checkIn.nextPriorities);
    REQUIRE(stored->updates.size() == 2);
    CHECK(stored->updates[0].keyResultId == revenueId);
    CHECK(stored->updates[0].value == 112.5);
    CHECK(stored->updates[0].confidence == Confidence::OnTrack);
    CHECK(stored->updates[0].comment == QStringLiteral("Two deals"));
    CHECK(stored->updates[1].confidence == Confidence::OffTrack);
    REQUIRE(stored->items.size() == 3);
    for (qsizetype row = 0; row < 3; ++row) {
        CHECK(stored->items[row].person == checkIn.items[row].person);
        CHECK(stored->items[row].kind == checkIn.items[row].kind);
        CHECK(stored->items[row].text == checkIn.items[row].text);
        CHECK(stored->items[row].keyResultId == checkIn.items[row].keyResultId);
        CHECK(stored->items[row].done == checkIn.items[row].done);
    }
    CHECK_FALSE(repository.checkIn(fixture.salesId, IsoWeek{2026, 29}).has_value());

    CheckIn again = checkIn;
    again.updates = {{churnId, 4.0, Confidence::AtRisk, QStringLiteral("Better")}};
    again.items.clear();
    again.lessons = QStringLiteral("Replaced");
    CHECK(repository.saveCheckIn(again) == checkInId);

    const QList<CheckIn> all = repository.checkInsOfTeam(fixture.salesId);
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

TEST_CASE("Repository should take a key result's value from its latest check-in week", "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id revenueId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));
    const Id quietId = fixture.addKeyResult(objectiveId, QStringLiteral("Quiet"));

    // Saved out of order: week 30, then 28, then 29 (which spans into a new month).
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 30}, revenueId, 30, Confidence::AtRisk);
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 28}, revenueId, 10);
    fixture.checkIn(fixture.salesId, IsoWeek{2026, 29}, revenueId, 20, Confidence::OffTrack);

    const CyclePlan plan = repository.loadCyclePlan(fixture.cycleId);
    CHECK(plan.keyResult(revenueId)->current == 30.0);
    REQUIRE(plan.latestCheckIns.contains(revenueId));
    CHECK(plan.latestCheckIns.value(revenueId).date == QDate(2026, 7, 24)); // Friday of 2026-W30
    CHECK(plan.latestCheckIns.value(revenueId).confidence == Confidence::AtRisk);
    CHECK_FALSE(plan.keyResult(quietId)->current.has_value());
    CHECK_FALSE(plan.latestCheckIns.contains(quietId));

    const QList<Scoring::ValuePoint> history = repository.keyResultHistory(revenueId);
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2026, 7, 10));
    CHECK(history[0].value == 10.0);
    CHECK(history[1].date == QDate(2026, 7, 17));
    CHECK(history[1].value == 20.0);
    CHECK(history[2].date == QDate(2026, 7, 24));
    CHECK(history[2].value == 30.0);
    CHECK(repository.keyResultHistory(quietId).isEmpty());

    const QList<CheckIn> checkIns = repository.checkInsOfTeam(fixture.salesId);
    REQUIRE(checkIns.size() == 3);
    CHECK(checkIns[0].week == IsoWeek{2026, 28});
    CHECK(checkIns[2].week == IsoWeek{2026, 30});
    CHECK(checkIns[1].updates.first().value == 20.0);
}

TEST_CASE("Repository should remove an objective with its key results and initiatives and un-align its children",
          "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    const Id parentId = fixture.addObjective(QStringLiteral("Delight customers"), fixture.companyId);
    const Id childId = fixture.addObjective(QStringLiteral("Win the mid-market"), fixture.salesId, parentId);
    const Id keyResultId = fixture.addKeyResult(parentId, QStringLiteral("NPS"));
    fixture.addInitiative(keyResultId, QStringLiteral("Survey"));
    const Id keptKeyResultId = fixture.addKeyResult(childId, QStringLiteral("Revenue"));

    CheckIn checkIn;
    checkIn.teamId = fixture.companyId;
    checkIn.week = IsoWeek{2026, 28};
    checkIn.updates = {{keyResultId, 40, Confidence::OnTrack, QString()},
                       {keptKeyResultId, 5, Confidence::OnTrack, QString()}};
    checkIn.items = {{QStringLiteral("Dana"), PlanItemKind::Plan, QStringLiteral("Send survey"), keyResultId, false}};
    repository.saveCheckIn(checkIn);

    repository.removeObjective(parentId);

    const CyclePlan plan = repository.loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives[0].id == childId);
    CHECK(plan.objectives[0].parentId == NoId);
    REQUIRE(plan.keyResults.size() == 1);
    CHECK(plan.keyResults[0].id == keptKeyResultId);
    CHECK(plan.initiatives.isEmpty());
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 1);
    const std::optional<CheckIn> kept = repository.checkIn(fixture.companyId, IsoWeek{2026, 28});
    REQUIRE(kept.has_value());
    REQUIRE(kept->items.size() == 1); // the plan stays, without its link
    CHECK(kept->items[0].keyResultId == NoId);
    CHECK(foreignKeyViolations(*fixture.document) == 0);

    repository.removeKeyResult(keptKeyResultId);
    CHECK(repository.loadCyclePlan(fixture.cycleId).keyResults.isEmpty());
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 0);
}

TEST_CASE("Repository should refuse writes of ids that do not exist", "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    constexpr Id missing = 4242;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id keyResultId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));

    CHECK_THROWS_AS(repository.renameTeam(missing, QStringLiteral("Nobody")), DocumentError);
    CHECK_THROWS_AS(repository.addTeam({NoId, missing, QStringLiteral("Orphan")}), DocumentError);
    CHECK_THROWS_AS(repository.updateCycle({missing, QStringLiteral("Gone"), QDate(2026, 1, 1), QDate(2026, 3, 31),
                                            CycleState::Active, false}),
                    DocumentError);
    CHECK_THROWS_AS(repository.loadCyclePlan(missing), DocumentError);

    Objective objective;
    objective.id = missing;
    objective.cycleId = fixture.cycleId;
    objective.teamId = fixture.salesId;
    CHECK_THROWS_AS(repository.updateObjective(objective), DocumentError);
    CHECK_THROWS_AS(repository.removeObjective(missing), DocumentError);
    objective.id = NoId;
    objective.teamId = missing;
    CHECK_THROWS_AS(repository.addObjective(objective), DocumentError);
    objective.id = objectiveId;
    objective.teamId = fixture.salesId;
    objective.parentId = objectiveId;
    CHECK_THROWS_AS(repository.updateObjective(objective), DocumentError);

    KeyResult keyResult;
    keyResult.id = missing;
    keyResult.objectiveId = objectiveId;
    CHECK_THROWS_AS(repository.updateKeyResult(keyResult), DocumentError);
    CHECK_THROWS_AS(repository.removeKeyResult(missing), DocumentError);
    keyResult.id = NoId;
    keyResult.objectiveId = missing;
    CHECK_THROWS_AS(repository.addKeyResult(keyResult), DocumentError);

    Initiative initiative;
    initiative.id = missing;
    initiative.keyResultId = keyResultId;
    CHECK_THROWS_AS(repository.updateInitiative(initiative), DocumentError);
    CHECK_THROWS_AS(repository.removeInitiative(missing), DocumentError);
    initiative.id = NoId;
    initiative.keyResultId = missing;
    CHECK_THROWS_AS(repository.addInitiative(initiative), DocumentError);

    CheckIn checkIn;
    checkIn.teamId = missing;
    checkIn.week = IsoWeek{2026, 28};
    CHECK_THROWS_AS(repository.saveCheckIn(checkIn), DocumentError);
    checkIn.teamId = fixture.salesId;
    checkIn.updates = {{missing, 1, Confidence::OnTrack, QString()}};
    CHECK_THROWS_AS(repository.saveCheckIn(checkIn), DocumentError);
    checkIn.week = IsoWeek{2026, 60};
    CHECK_THROWS_AS(repository.saveCheckIn(checkIn), DocumentError);
    CHECK_THROWS_AS(repository.addKpiValue(missing, {QDate(2026, 7, 1), 1}), DocumentError);
    CHECK_THROWS_AS(repository.saveTeamReview({missing, fixture.salesId, {}, {}, {}, {}, {}}), DocumentError);

    // Nothing of the refused writes stayed behind.
    CHECK(repository.teams().size() == 2);
    CHECK(repository.checkInsOfTeam(fixture.salesId).isEmpty());
    CHECK(repository.loadCyclePlan(fixture.cycleId).objectives.size() == 1);
}

TEST_CASE("Repository should round-trip KPIs and team reviews", "[storage][repository]")
{
    Fixture fixture;
    Repository &repository = fixture.repository;
    Kpi uptime{NoId,
               fixture.salesId,
               QStringLiteral("Uptime"),
               QStringLiteral("%"),
               99.9,
               PreferredTrend::HigherIsBetter,
               {{QDate(2026, 7, 1), 99.95}}};
    uptime.id = repository.addKpi(uptime);
    const Id latencyId = repository.addKpi(
        {NoId, NoId, QStringLiteral("Latency"), QStringLiteral("ms"), 120, PreferredTrend::LowerIsBetter, {}});
    repository.addKpiValue(latencyId, {QDate(2026, 7, 8), 140});
    repository.addKpiValue(latencyId, {QDate(2026, 7, 1), 150});
    repository.addKpiValue(latencyId, {QDate(2026, 7, 8), 135}); // the same day again: replaces

    const QList<Kpi> kpis = repository.kpis();
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0].id == uptime.id);
    CHECK(kpis[0].teamId == fixture.salesId);
    CHECK(kpis[0].name == QStringLiteral("Uptime"));
    CHECK(kpis[0].unitLabel == QStringLiteral("%"));
    CHECK(kpis[0].target == 99.9);
    CHECK(kpis[0].trend == PreferredTrend::HigherIsBetter);
    REQUIRE(kpis[0].values.size() == 1);
    CHECK(kpis[0].values[0].date == QDate(2026, 7, 1));
    CHECK(kpis[0].values[0].value == 99.95);
    CHECK(kpis[1].teamId == NoId);
    CHECK(kpis[1].trend == PreferredTrend::LowerIsBetter);
    REQUIRE(kpis[1].values.size() == 2);
    CHECK(kpis[1].values[0].date == QDate(2026, 7, 1)); // oldest first
    CHECK(kpis[1].values[1].value == 135.0);

    TeamReview review{fixture.cycleId,
                      fixture.salesId,
                      QStringLiteral("Well"),
                      QStringLiteral("Demos"),
                      QStringLiteral("Cold calls"),
                      QStringLiteral("Stop cold calls"),
                      QStringLiteral("Focus")};
    repository.saveTeamReview(review);
    review.performance = QStringLiteral("Very well");
    repository.saveTeamReview(review);
    const std::optional<TeamReview> stored = repository.teamReview(fixture.cycleId, fixture.salesId);
    REQUIRE(stored.has_value());
    CHECK(stored->cycleId == fixture.cycleId);
    CHECK(stored->teamId == fixture.salesId);
    CHECK(stored->performance == QStringLiteral("Very well"));
    CHECK(stored->worked == review.worked);
    CHECK(stored->failed == review.failed);
    CHECK(stored->startStopContinue == review.startStopContinue);
    CHECK(stored->lessons == review.lessons);
    CHECK_FALSE(repository.teamReview(fixture.cycleId, fixture.companyId).has_value());
    CHECK(rowCount(*fixture.document, QStringLiteral("team_reviews")) == 1);
}

TEST_CASE("Repository should load a cycle plan in the same number of queries whatever its size",
          "[storage][repository]")
{
    QTemporaryDir folder;
    const auto document =
        Document::open(folder.filePath(QStringLiteral("plan.okr")), Document::OpenMode::CreateIfMissing);
    Repository repository(*document);
    const Id smallCycle = addSamplePlan(repository, 1, 2, 3, 2, 3);
    const Id largeCycle = addSamplePlan(repository, 20, 2, 3, 2, 3);

    const auto queriesToLoad = [&](Id cycleId, qsizetype expectedObjectives) {
        const qint64 before = Document::executedQueryCount();
        const CyclePlan plan = repository.loadCyclePlan(cycleId);
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

TEST_CASE("Repository should leave a healthy file after a series of writes", "[storage][repository]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    {
        const auto document = Document::open(path, Document::OpenMode::CreateIfMissing);
        Repository repository(*document);
        const Id cycleId = addSamplePlan(repository, 5, 2, 3, 2, 4);
        CyclePlan plan = repository.loadCyclePlan(cycleId);
        repository.removeObjective(plan.objectives[0].id);
        repository.removeKeyResult(plan.keyResults[5].id);
        repository.removeInitiative(plan.initiatives[7].id);
        KeyResult moved = plan.keyResults[9];
        moved.objectiveId = plan.objectives[3].id;
        moved.position = 0;
        repository.updateKeyResult(moved);
        repository.saveTeamReview({cycleId, plan.teams[1].id, QStringLiteral("Fine"), {}, {}, {}, {}});
        const Id kpiId = repository.addKpi({NoId,
                                            plan.teams[1].id,
                                            QStringLiteral("NPS"),
                                            {},
                                            50,
                                            PreferredTrend::HigherIsBetter,
                                            {{QDate(2026, 7, 3), 41}}});
        repository.addKpiValue(kpiId, {QDate(2026, 7, 10), 44});
        CHECK(integrityCheck(*document) == QStringLiteral("ok"));
        CHECK(foreignKeyViolations(*document) == 0);
    }
    const auto reopened = Document::open(path);
    CHECK(integrityCheck(*reopened) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*reopened) == 0);
}
