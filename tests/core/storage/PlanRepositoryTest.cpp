#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

TEST_CASE("Repository should round-trip every field of objectives, key results and initiatives",
          "[storage][repository]")
{
    SmallPlan fixture;
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
    objective.id = repository.plan().addObjective(objective);

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
        keyResult.id = repository.plan().addKeyResult(keyResult);
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
        initiative.id = repository.plan().addInitiative(initiative);
        initiative.position = number;
        initiatives.append(initiative);
    }

    const CyclePlan plan = repository.queries().loadCyclePlan(fixture.cycleId);
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
        repository.plan().updateObjective(changed);
        KeyResult changedKeyResult = keyResults[1];
        changedKeyResult.kind = KeyResultKind::KeepBelow;
        changedKeyResult.unit = MeasureUnit::Rating;
        changedKeyResult.target = 99.5;
        repository.plan().updateKeyResult(changedKeyResult);
        Initiative changedInitiative = initiatives[0];
        changedInitiative.due = QDate(2026, 9, 30);
        changedInitiative.status = InitiativeStatus::Done;
        repository.plan().updateInitiative(changedInitiative);

        const CyclePlan updated = repository.queries().loadCyclePlan(fixture.cycleId);
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
    SmallPlan fixture;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id otherObjectiveId = fixture.addObjective(QStringLiteral("Keep"), fixture.salesId);
    const Id b = fixture.addKeyResult(objectiveId, QStringLiteral("B"));
    fixture.addKeyResult(objectiveId, QStringLiteral("D"), 99); // past the end: appends
    fixture.addKeyResult(objectiveId, QStringLiteral("A"), 0);
    const Id c = fixture.addKeyResult(objectiveId, QStringLiteral("C"), 2);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));

    fixture.repository.plan().removeKeyResult(b);
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    QList<int> positions;
    for (const qsizetype row : plan.keyResultsOf(objectiveId))
        positions.append(plan.keyResults[row].position);
    CHECK(positions == (QList<int>{0, 1, 2}));

    KeyResult moved = *plan.keyResult(c);
    moved.position = 0;
    fixture.repository.plan().updateKeyResult(moved);
    CHECK(fixture.keyResultTitles(objectiveId) ==
          (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")}));

    moved.objectiveId = otherObjectiveId;
    moved.position = -1;
    fixture.repository.plan().updateKeyResult(moved);
    CHECK(fixture.keyResultTitles(objectiveId) == (QStringList{QStringLiteral("A"), QStringLiteral("D")}));
    CHECK(fixture.keyResultTitles(otherObjectiveId) == (QStringList{QStringLiteral("C")}));
    CHECK(fixture.repository.queries().loadCyclePlan(fixture.cycleId).keyResult(c)->position == 0);
}

TEST_CASE("Repository should remove an objective with its key results and initiatives and un-align its children",
          "[storage][repository]")
{
    SmallPlan fixture;
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
    repository.checkIns().save(checkIn);

    repository.plan().removeObjective(parentId);

    const CyclePlan plan = repository.queries().loadCyclePlan(fixture.cycleId);
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives[0].id == childId);
    CHECK(plan.objectives[0].parentId == NoId);
    REQUIRE(plan.keyResults.size() == 1);
    CHECK(plan.keyResults[0].id == keptKeyResultId);
    CHECK(plan.initiatives.isEmpty());
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 1);
    const std::optional<CheckIn> kept = repository.checkIns().find(fixture.companyId, IsoWeek{2026, 28});
    REQUIRE(kept.has_value());
    REQUIRE(kept->items.size() == 1); // the plan stays, without its link
    CHECK(kept->items[0].keyResultId == NoId);
    CHECK(foreignKeyViolations(*fixture.document) == 0);

    repository.plan().removeKeyResult(keptKeyResultId);
    CHECK(repository.queries().loadCyclePlan(fixture.cycleId).keyResults.isEmpty());
    CHECK(rowCount(*fixture.document, QStringLiteral("kr_updates")) == 0);
}

TEST_CASE("Repository should refuse writes of ids that do not exist", "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    constexpr Id missing = 4242;
    const Id objectiveId = fixture.addObjective(QStringLiteral("Grow"), fixture.salesId);
    const Id keyResultId = fixture.addKeyResult(objectiveId, QStringLiteral("Revenue"));

    CHECK_THROWS_AS(repository.teams().rename(missing, QStringLiteral("Nobody")), DocumentError);
    CHECK_THROWS_AS(repository.teams().add({NoId, missing, QStringLiteral("Orphan")}), DocumentError);
    CHECK_THROWS_AS(repository.cycles().update({missing, QStringLiteral("Gone"), QDate(2026, 1, 1), QDate(2026, 3, 31),
                                                CycleState::Active, false}),
                    DocumentError);
    CHECK_THROWS_AS(repository.queries().loadCyclePlan(missing), DocumentError);

    Objective objective;
    objective.id = missing;
    objective.cycleId = fixture.cycleId;
    objective.teamId = fixture.salesId;
    CHECK_THROWS_AS(repository.plan().updateObjective(objective), DocumentError);
    CHECK_THROWS_AS(repository.plan().removeObjective(missing), DocumentError);
    objective.id = NoId;
    objective.teamId = missing;
    CHECK_THROWS_AS(repository.plan().addObjective(objective), DocumentError);
    objective.id = objectiveId;
    objective.teamId = fixture.salesId;
    objective.parentId = objectiveId;
    CHECK_THROWS_AS(repository.plan().updateObjective(objective), DocumentError);

    KeyResult keyResult;
    keyResult.id = missing;
    keyResult.objectiveId = objectiveId;
    CHECK_THROWS_AS(repository.plan().updateKeyResult(keyResult), DocumentError);
    CHECK_THROWS_AS(repository.plan().removeKeyResult(missing), DocumentError);
    keyResult.id = NoId;
    keyResult.objectiveId = missing;
    CHECK_THROWS_AS(repository.plan().addKeyResult(keyResult), DocumentError);

    Initiative initiative;
    initiative.id = missing;
    initiative.keyResultId = keyResultId;
    CHECK_THROWS_AS(repository.plan().updateInitiative(initiative), DocumentError);
    CHECK_THROWS_AS(repository.plan().removeInitiative(missing), DocumentError);
    initiative.id = NoId;
    initiative.keyResultId = missing;
    CHECK_THROWS_AS(repository.plan().addInitiative(initiative), DocumentError);

    CheckIn checkIn;
    checkIn.teamId = missing;
    checkIn.week = IsoWeek{2026, 28};
    CHECK_THROWS_AS(repository.checkIns().save(checkIn), DocumentError);
    checkIn.teamId = fixture.salesId;
    checkIn.updates = {{missing, 1, Confidence::OnTrack, QString()}};
    CHECK_THROWS_AS(repository.checkIns().save(checkIn), DocumentError);
    checkIn.week = IsoWeek{2026, 60};
    CHECK_THROWS_AS(repository.checkIns().save(checkIn), DocumentError);
    CHECK_THROWS_AS(repository.kpis().addValue(missing, {QDate(2026, 7, 1), 1}), DocumentError);
    CHECK_THROWS_AS(repository.reviews().save({missing, fixture.salesId, {}, {}, {}, {}, {}}), DocumentError);

    // Nothing of the refused writes stayed behind.
    CHECK(repository.teams().all().size() == 2);
    CHECK(repository.checkIns().ofTeam(fixture.salesId).isEmpty());
    CHECK(repository.queries().loadCyclePlan(fixture.cycleId).objectives.size() == 1);
}

TEST_CASE("Repository should date a key result added without a day today, and keep its day through updates",
          "[storage][repository]")
{
    SmallPlan plan;
    const Id objectiveId = plan.addObjective(QStringLiteral("Grow"), plan.salesId);
    const QDate dayBefore = QDate::currentDate();
    const Id undated = plan.addKeyResult(objectiveId, QStringLiteral("Win 10 deals"));
    const QDate dayAfter = QDate::currentDate(); // the same day, unless the test ran over midnight
    KeyResult dated;
    dated.objectiveId = objectiveId;
    dated.title = QStringLiteral("Keep churn below 2 %");
    dated.addedOn = QDate(2026, 8, 24);
    dated.position = -1;
    const Id datedId = plan.repository.plan().addKeyResult(dated);

    CyclePlan loaded = plan.repository.queries().loadCyclePlan(plan.cycleId);
    CHECK(loaded.keyResult(undated)->addedOn >= dayBefore);
    CHECK(loaded.keyResult(undated)->addedOn <= dayAfter);
    CHECK(loaded.keyResult(datedId)->addedOn == QDate(2026, 8, 24));

    // A form that knows nothing of the day leaves it as stored.
    KeyResult edited = *loaded.keyResult(datedId);
    edited.addedOn = {};
    edited.title = QStringLiteral("Keep churn below 1.5 %");
    plan.repository.plan().updateKeyResult(edited);
    loaded = plan.repository.queries().loadCyclePlan(plan.cycleId);
    CHECK(loaded.keyResult(datedId)->addedOn == QDate(2026, 8, 24));
    CHECK(loaded.keyResult(datedId)->title == QStringLiteral("Keep churn below 1.5 %"));
}
