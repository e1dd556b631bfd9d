#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "sample/DemoCompany.h"
#include "scoring/ProgressRollUp.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace {

QString scalar(Document &document, const QString &sql)
{
    QSqlQuery query = document.exec(sql);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("quarterdeck demo should write the seed's company with a live quarter", "[app][demo]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("demo.okr"));
    const CommandOutcome outcome = runCommand({QStringLiteral("demo"), path});
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);

    const auto document = Document::open(path);
    Repository repository(*document);
    CHECK(scalar(*document, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == QStringLiteral("0"));

    QStringList teamNames;
    for (const Team &team : repository.teams().all())
        teamNames.append(team.name);
    CHECK(teamNames.contains(QStringLiteral("Marketing")));
    CHECK(teamNames.contains(QStringLiteral("Product")));
    CHECK(teamNames.contains(QStringLiteral("Sales")));
    CHECK(teamNames.contains(QStringLiteral("Customer Success")));

    const auto active = repository.cycles().active();
    REQUIRE(active.has_value());
    CHECK(active->name == DemoCompany::activeQuarter(QDate::currentDate()).name);
    const CyclePlan plan = repository.queries().loadCyclePlan(active->id);
    // The company objective, and Product's own objective beside it (not aligned: the tree shows it under Product).
    REQUIRE(plan.topLevelObjectives().size() == 2);
    const Objective &company = plan.objectives.at(plan.topLevelObjectives().first());
    CHECK(company.title == QStringLiteral("Increase the competitive strength of our product"));
    const Objective &own = plan.objectives.at(plan.topLevelObjectives().last());
    CHECK(own.title == QStringLiteral("Make our product fast and dependable"));
    CHECK(plan.team(own.teamId)->name == QStringLiteral("Product"));
    CHECK(plan.keyResultsOf(own.id).size() == 2);
    CHECK(plan.latestCheckIns.contains(plan.keyResults.at(plan.keyResultsOf(own.id).first()).id));
    CHECK(plan.alignedObjectives(company.id).size() == 4);
    CHECK(plan.keyResultsOf(company.id).isEmpty()); // its progress rolls up from the teams
    const ProgressRollUp rollUp(plan);
    CHECK(rollUp.hasContributors(company.id));
    CHECK(rollUp.objective(company.id) > 0.0);

    const auto sessionDuration =
        std::find_if(plan.keyResults.cbegin(), plan.keyResults.cend(), [](const KeyResult &kr) {
            return kr.title == QStringLiteral("Increase average session duration from 10 min to 25 min");
        });
    REQUIRE(sessionDuration != plan.keyResults.cend());
    CHECK(sessionDuration->start == 10.0);
    CHECK(sessionDuration->target == 25.0);
    CHECK(sessionDuration->current.has_value());
    CHECK(plan.initiatives.size() >= 12);
    for (const Initiative &initiative : plan.initiatives)
        CHECK_FALSE(initiative.owner.isEmpty());

    for (const Team &team : repository.teams().all()) {
        if (team.parentId == NoId)
            continue;
        const QList<CheckIn> checkIns = repository.checkIns().ofTeam(team.id);
        const auto inActive = std::count_if(checkIns.cbegin(), checkIns.cend(), [&](const CheckIn &checkIn) {
            return active->hasCheckInWeek(checkIn.week);
        });
        INFO(team.name.toStdString());
        CHECK(inActive >= 8);
        CHECK(std::any_of(checkIns.cbegin(), checkIns.cend(),
                          [](const CheckIn &checkIn) { return !checkIn.items.isEmpty(); }));
    }
    CHECK(repository.queries().keyResultHistory(sessionDuration->id).size() >= 8);
}

TEST_CASE("quarterdeck demo should close and grade the previous quarter", "[app][demo]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("demo.okr"));
    REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0);
    const auto document = Document::open(path);
    Repository repository(*document);

    const QList<Cycle> cycles = repository.cycles().all();
    REQUIRE(cycles.size() == 2);
    CHECK(cycles.first().state == CycleState::Closed);
    CHECK(cycles.first().end.addDays(1) == cycles.last().start);
    const CyclePlan closed = repository.queries().loadCyclePlan(cycles.first().id);
    for (const Objective &objective : closed.objectives) {
        INFO(objective.title.toStdString());
        REQUIRE(objective.grade.has_value());
        CHECK(*objective.grade >= 0.0);
        CHECK(*objective.grade <= 1.0);
    }
    const auto marketing = repository.teams().byName(QStringLiteral("marketing"));
    REQUIRE(marketing.has_value());
    const auto review = repository.reviews().find(cycles.first().id, marketing->id);
    REQUIRE(review.has_value());
    CHECK_FALSE(review->lessons.isEmpty());

    const QList<Kpi> kpis = repository.kpis().all();
    CHECK(kpis.size() >= 3);
    for (const Kpi &kpi : kpis)
        CHECK(kpi.values.size() >= 10);
}

TEST_CASE("quarterdeck demo should refuse to overwrite a file and a missing argument", "[app][demo]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("taken.okr"));
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    const CommandOutcome refused = runCommand({QStringLiteral("demo"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == "keep me");

    const CommandOutcome missing = runCommand({QStringLiteral("demo")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("FILE")));
}
