#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

using namespace StorageTestSupport;

TEST_CASE("Repository should round-trip KPIs and team reviews", "[storage][repository]")
{
    SmallPlan fixture;
    Repository &repository = fixture.repository;
    Kpi uptime{NoId,
               fixture.salesId,
               QStringLiteral("Uptime"),
               QStringLiteral("%"),
               99.9,
               PreferredTrend::HigherIsBetter,
               {{QDate(2026, 7, 1), 99.95}}};
    uptime.id = repository.kpis().add(uptime);
    const Id latencyId = repository.kpis().add(
        {NoId, NoId, QStringLiteral("Latency"), QStringLiteral("ms"), 120, PreferredTrend::LowerIsBetter, {}});
    repository.kpis().addValue(latencyId, {QDate(2026, 7, 8), 140});
    repository.kpis().addValue(latencyId, {QDate(2026, 7, 1), 150});
    repository.kpis().addValue(latencyId, {QDate(2026, 7, 8), 135}); // the same day again: replaces

    const QList<Kpi> kpis = repository.kpis().all();
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
    repository.reviews().save(review);
    review.performance = QStringLiteral("Very well");
    repository.reviews().save(review);
    const std::optional<TeamReview> stored = repository.reviews().find(fixture.cycleId, fixture.salesId);
    REQUIRE(stored.has_value());
    CHECK(stored->cycleId == fixture.cycleId);
    CHECK(stored->teamId == fixture.salesId);
    CHECK(stored->performance == QStringLiteral("Very well"));
    CHECK(stored->worked == review.worked);
    CHECK(stored->failed == review.failed);
    CHECK(stored->startStopContinue == review.startStopContinue);
    CHECK(stored->lessons == review.lessons);
    CHECK_FALSE(repository.reviews().find(fixture.cycleId, fixture.companyId).has_value());
    CHECK(rowCount(*fixture.document, QStringLiteral("team_reviews")) == 1);
}

TEST_CASE("Repository should leave a healthy file after a series of writes", "[storage][repository]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    {
        const auto document = Document::create(path);
        Repository repository(*document);
        const Id cycleId = addSamplePlan(repository, 5, 2, 3, 2, 4);
        CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
        repository.plan().removeObjective(plan.objectives[0].id);
        repository.plan().removeKeyResult(plan.keyResults[5].id);
        repository.plan().removeInitiative(plan.initiatives[7].id);
        KeyResult moved = plan.keyResults[9];
        moved.objectiveId = plan.objectives[3].id;
        moved.position = 0;
        repository.plan().updateKeyResult(moved);
        repository.reviews().save({cycleId, plan.teams[1].id, QStringLiteral("Fine"), {}, {}, {}, {}});
        const Id kpiId = repository.kpis().add({NoId,
                                                plan.teams[1].id,
                                                QStringLiteral("NPS"),
                                                {},
                                                50,
                                                PreferredTrend::HigherIsBetter,
                                                {{QDate(2026, 7, 3), 41}}});
        repository.kpis().addValue(kpiId, {QDate(2026, 7, 10), 44});
        CHECK(integrityCheck(*document) == QStringLiteral("ok"));
        CHECK(foreignKeyViolations(*document) == 0);
    }
    const auto reopened = Document::open(path);
    CHECK(integrityCheck(*reopened) == QStringLiteral("ok"));
    CHECK(foreignKeyViolations(*reopened) == 0);
}
