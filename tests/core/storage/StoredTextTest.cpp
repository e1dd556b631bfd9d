#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "model/TextLimits.h"
#include "storage/DocumentError.h"
#include "storage/Statement.h"

using namespace StorageTestSupport;

namespace {

QString textOf(TextField field, int extra = 0)
{
    return QString(TextLimits::maximum(field) + extra, QLatin1Char('x'));
}

// The message of the DocumentError `write` throws; empty when it writes.
template <typename Write> QString refusal(Write write)
{
    try {
        write();
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("Storage should refuse a title one character over its limit, naming the field and writing nothing",
          "[core][storage][limits]")
{
    SmallPlan plan;
    Objective objective;
    objective.cycleId = plan.cycleId;
    objective.teamId = plan.salesId;
    objective.title = textOf(TextField::ObjectiveTitle, 1);

    const QString message = refusal([&] { plan.repository.plan().addObjective(objective); });
    CHECK(message.contains(QStringLiteral("objective title")));
    CHECK(message.contains(QStringLiteral("201")));
    CHECK(rowCount(*plan.document, QStringLiteral("objectives")) == 0);

    objective.title = textOf(TextField::ObjectiveTitle);
    CHECK(refusal([&] { plan.repository.plan().addObjective(objective); }).isEmpty());
}

TEST_CASE("Storage should refuse every text field over its limit on every write", "[core][storage][limits]")
{
    SmallPlan plan;
    const Id objectiveId = plan.addObjective(QStringLiteral("Grow"), plan.salesId);
    const Id keyResultId = plan.addKeyResult(objectiveId, QStringLiteral("Deals"));
    const Id initiativeId = plan.addInitiative(keyResultId, QStringLiteral("Call"));
    const CyclePlan before = plan.repository.queries().loadCyclePlan(plan.cycleId);
    PlanRepository &writes = plan.repository.plan();

    SECTION("objective")
    {
        Objective objective = *before.objective(objectiveId);
        objective.description = textOf(TextField::ObjectiveDescription, 1);
        CHECK(refusal([&] { writes.updateObjective(objective); }).contains(QStringLiteral("objective description")));
        CHECK(refusal([&] {
                  writes.gradeObjective(objectiveId, 0.5, textOf(TextField::GradeNote, 1));
              }).contains(QStringLiteral("grade note")));
    }
    SECTION("key result")
    {
        KeyResult keyResult = *before.keyResult(keyResultId);
        keyResult.owner = textOf(TextField::Owner, 1);
        CHECK(refusal([&] { writes.updateKeyResult(keyResult); }).contains(QStringLiteral("owner")));
        keyResult.owner.clear();
        keyResult.unitLabel = textOf(TextField::UnitLabel, 1);
        CHECK(refusal([&] { writes.addKeyResult(keyResult); }).contains(QStringLiteral("unit label")));
    }
    SECTION("initiative")
    {
        Initiative initiative = before.initiatives.constFirst();
        REQUIRE(initiative.id == initiativeId);
        initiative.title = textOf(TextField::InitiativeTitle, 1);
        CHECK(refusal([&] { writes.updateInitiative(initiative); }).contains(QStringLiteral("initiative title")));
    }
    SECTION("team and cycle")
    {
        CHECK(refusal([&] {
                  plan.repository.teams().rename(plan.salesId, textOf(TextField::TeamName, 1));
              }).contains(QStringLiteral("team name")));
        CHECK(refusal([&] {
                  plan.repository.teams().add({NoId, plan.companyId, textOf(TextField::TeamName, 1)});
              }).contains(QStringLiteral("team name")));
        Cycle cycle = before.cycle;
        cycle.name = textOf(TextField::CycleName, 1);
        CHECK(refusal([&] { plan.repository.cycles().update(cycle); }).contains(QStringLiteral("cycle name")));
        cycle.id = NoId;
        CHECK(refusal([&] { plan.repository.cycles().add(cycle); }).contains(QStringLiteral("cycle name")));
    }
    SECTION("check-in")
    {
        CheckIn checkIn;
        checkIn.teamId = plan.salesId;
        checkIn.week = {2026, 30};
        checkIn.items.append(
            {QStringLiteral("Ana"), PlanItemKind::Plan, textOf(TextField::PlanItemText, 1), NoId, false});
        CHECK(refusal([&] { plan.repository.checkIns().save(checkIn); }).contains(QStringLiteral("plan item")));
        checkIn.items.clear();
        checkIn.updates.append({keyResultId, 3.0, Confidence::OnTrack, textOf(TextField::UpdateComment, 1)});
        CHECK(refusal([&] { plan.repository.checkIns().save(checkIn); }).contains(QStringLiteral("check-in comment")));
        checkIn.updates.clear();
        checkIn.lessons = textOf(TextField::Lessons, 1);
        CHECK(refusal([&] { plan.repository.checkIns().save(checkIn); }).contains(QStringLiteral("lessons")));
        CHECK(rowCount(*plan.document, QStringLiteral("check_ins")) == 0);
        CHECK(refusal([&] {
                  plan.repository.checkIns().addComment(
                      {NoId, objectiveId, NoId, QStringLiteral("Ana"), {}, textOf(TextField::CommentText, 1)});
              }).contains(QStringLiteral("comment")));
        CHECK(rowCount(*plan.document, QStringLiteral("comments")) == 0);
    }
    SECTION("KPI and review")
    {
        Kpi kpi;
        kpi.name = textOf(TextField::KpiName, 1);
        CHECK(refusal([&] { plan.repository.kpis().add(kpi); }).contains(QStringLiteral("KPI name")));
        CHECK(rowCount(*plan.document, QStringLiteral("kpis")) == 0);
        TeamReview review{plan.cycleId, plan.salesId, {}, {}, textOf(TextField::ReviewAnswer, 1), {}, {}};
        CHECK(refusal([&] { plan.repository.reviews().save(review); }).contains(QStringLiteral("review answer")));
        CHECK(rowCount(*plan.document, QStringLiteral("team_reviews")) == 0);
    }
    // Nothing of the plan changed.
    const CyclePlan after = plan.repository.queries().loadCyclePlan(plan.cycleId);
    CHECK(after.objective(objectiveId)->title == QStringLiteral("Grow"));
    CHECK(after.keyResult(keyResultId)->title == QStringLiteral("Deals"));
    CHECK(after.initiatives.constFirst().title == QStringLiteral("Call"));
    CHECK(after.cycle.name == QStringLiteral("2026 Q3"));
}

TEST_CASE("Undo should put back a removed objective whose title predates the limits", "[core][storage][limits]")
{
    SmallPlan plan;
    const Id objectiveId = plan.addObjective(QStringLiteral("Grow"), plan.salesId);
    const QString legacyTitle = textOf(TextField::ObjectiveTitle, 5000);
    Statement(*plan.document, QStringLiteral("UPDATE objectives SET title = :title WHERE id = :id"))
        .bind(QStringLiteral("title"), legacyTitle)
        .bind(QStringLiteral("id"), objectiveId)
        .exec();

    const RemovedItems removed = plan.repository.plan().objectiveSubtree(objectiveId);
    plan.repository.plan().removeObjective(objectiveId);
    plan.repository.plan().restore(removed);
    CHECK(plan.repository.queries().loadCyclePlan(plan.cycleId).objective(objectiveId)->title == legacyTitle);
}
