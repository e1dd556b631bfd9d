#include "support/catch.h"

#include "core/storage/SmallPlan.h"
#include "core/storage/StorageTestSupport.h"
#include "model/Organisation.h"
#include "sample/DemoCompany.h"
#include "storage/Repository.h"
#include "teams/TeamError.h"
#include "teams/TeamService.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace StorageTestSupport;

namespace {

const QStringList contentTables = {
    QStringLiteral("teams"),       QStringLiteral("objectives"),  QStringLiteral("key_results"),
    QStringLiteral("initiatives"), QStringLiteral("comments"),    QStringLiteral("check_ins"),
    QStringLiteral("kr_updates"),  QStringLiteral("plan_items"),  QStringLiteral("kpis"),
    QStringLiteral("kpi_values"),  QStringLiteral("team_reviews")};

// Every row of every content table but the revisions (a restore is a new change), one line each.
QStringList contentOf(Document &document)
{
    QStringList lines;
    for (const QString &table : contentTables) {
        QSqlQuery query = document.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
        while (query.next()) {
            QStringList values{table};
            const QSqlRecord record = query.record();
            for (int index = 0; index < record.count(); ++index) {
                if (record.fieldName(index) != QLatin1String("revision"))
                    values.append(record.fieldName(index) + u'=' + record.value(index).toString() +
                                  (record.isNull(index) ? QStringLiteral("(null)") : QString()));
            }
            lines.append(values.join(u' '));
        }
    }
    return lines;
}

Id teamNamed(const Repository &repository, const QString &name)
{
    const std::optional<Team> team = repository.teams().byName(name);
    REQUIRE(team.has_value());
    return team->id;
}

} // namespace

TEST_CASE("Team service should add teams below the company with unique names", "[core][teams]")
{
    SmallPlan fixture;
    TeamService teams(fixture.repository);

    const Team platform = teams.add(QStringLiteral("  Platform  "));
    CHECK(platform.name == QStringLiteral("Platform"));
    CHECK(platform.parentId == fixture.companyId);
    const Team accounts = teams.add(QStringLiteral("Key accounts"), fixture.salesId);
    CHECK(accounts.parentId == fixture.salesId);
    CHECK(fixture.repository.teams().all().size() == 4);

    CHECK_THROWS_AS(teams.add(QStringLiteral("sales ")), TeamError);
    CHECK_THROWS_AS(teams.add(QStringLiteral("   ")), TeamError);
    CHECK_THROWS_AS(teams.add(QString(201, u'x')), TeamError);
    CHECK_THROWS_AS(teams.add(QStringLiteral("Finance"), 9999), TeamError);
    CHECK(fixture.repository.teams().all().size() == 4);
}

TEST_CASE("Team service should make the first team of an empty document the company", "[core][teams]")
{
    ScratchDocument scratch;
    TeamService teams(scratch.repository);
    const Team company = teams.add(QStringLiteral("Acme"));
    CHECK(company.parentId == NoId);
    CHECK(teams.add(QStringLiteral("Sales")).parentId == company.id);
}

TEST_CASE("Team service should rename a team, refusing a name another team has", "[core][teams]")
{
    SmallPlan fixture;
    TeamService teams(fixture.repository);

    CHECK(teams.rename(fixture.salesId, QStringLiteral(" Revenue ")).name == QStringLiteral("Revenue"));
    CHECK(fixture.repository.teams().byName(QStringLiteral("Revenue"))->id == fixture.salesId);
    // Its own name in other letters is no clash.
    CHECK(teams.rename(fixture.salesId, QStringLiteral("REVENUE")).name == QStringLiteral("REVENUE"));
    CHECK_THROWS_WITH(teams.rename(fixture.salesId, QStringLiteral("acme")), Catch::Contains("already named “Acme”"));
    CHECK(fixture.repository.teams().byName(QStringLiteral("REVENUE")).has_value());
}

TEST_CASE("Team service should move a team but never under itself or a team below it", "[core][teams]")
{
    SmallPlan fixture;
    TeamService teams(fixture.repository);
    const Team accounts = teams.add(QStringLiteral("Key accounts"), fixture.salesId);
    const Team platform = teams.add(QStringLiteral("Platform"));

    CHECK(teams.move(accounts.id, platform.id).parentId == platform.id);
    CHECK(Organisation(fixture.repository.teams().all()).isBelow(accounts.id, platform.id));

    CHECK_THROWS_WITH(teams.move(platform.id, accounts.id), Catch::Contains("cannot be below itself"));
    CHECK_THROWS_AS(teams.move(platform.id, platform.id), TeamError);
    CHECK_THROWS_AS(teams.move(fixture.companyId, fixture.salesId), TeamError);
    CHECK_THROWS_WITH(teams.move(accounts.id, platform.id), Catch::Contains("already directly under"));
    CHECK(Organisation(fixture.repository.teams().all()).childrenOf(NoId) == QList<Id>{fixture.companyId});
}

TEST_CASE("Team service should refuse to remove the organisation itself", "[core][teams]")
{
    SmallPlan fixture;
    TeamService teams(fixture.repository);
    CHECK_THROWS_WITH(teams.remove(fixture.companyId), Catch::Contains("organisation itself"));
    CHECK(fixture.repository.teams().all().size() == 2);
}

TEST_CASE("Removing a team should count what it takes and restore every row on undo", "[core][teams]")
{
    ScratchDocument scratch;
    Repository &repository = scratch.repository;
    DemoCompany::write(repository, QDate(2026, 11, 20));
    TeamService teams(repository);
    const Id marketingId = teamNamed(repository, QStringLiteral("Marketing"));
    const QStringList before = contentOf(*scratch.document);

    const TeamContent content = teams.contentOf(marketingId);
    CHECK(content.objectives > 0);
    CHECK(content.keyResults > content.objectives);
    CHECK(content.checkIns > 0);
    CHECK(content.described().contains(QStringLiteral("objective")));
    CHECK(before == contentOf(*scratch.document)); // counting changed nothing

    const RemovedTeams removed = teams.remove(marketingId);
    CHECK(TeamService::counted(removed).objectives == content.objectives);
    CHECK_FALSE(repository.teams().byName(QStringLiteral("Marketing")).has_value());
    CHECK(contentOf(*scratch.document).size() < before.size());
    CHECK(foreignKeyViolations(*scratch.document) == 0);

    repository.teams().restore(removed);
    CHECK(contentOf(*scratch.document) == before);
    CHECK(foreignKeyViolations(*scratch.document) == 0);
    CHECK(integrityCheck(*scratch.document) == QStringLiteral("ok"));
}

TEST_CASE("Removing a team should take the teams below it and re-link other teams' rows on restore", "[core][teams]")
{
    SmallPlan fixture;
    TeamService teams(fixture.repository);
    const Team accounts = teams.add(QStringLiteral("Key accounts"), fixture.salesId);
    const Id salesObjective = fixture.addObjective(QStringLiteral("Win the north"), fixture.salesId);
    fixture.addKeyResult(salesObjective, QStringLiteral("Sign 10 customers"));
    const Id aligned = fixture.addObjective(QStringLiteral("Grow key accounts"), accounts.id, salesObjective);
    const Id companyObjective = fixture.addObjective(QStringLiteral("Be known"), fixture.companyId);
    const Id alignedUp = fixture.addObjective(QStringLiteral("Sell more"), fixture.salesId, companyObjective);
    // A company objective aligned to nothing below stays; one aligned into Sales loses its link and gets it back.
    const Id companyAligned = fixture.addObjective(QStringLiteral("Lead the north"), fixture.companyId, salesObjective);
    const QStringList before = contentOf(*fixture.document);

    const TeamContent content = teams.contentOf(fixture.salesId);
    CHECK(content.teamsBelow == 1);
    CHECK(content.objectives == 3);
    CHECK(content.keyResults == 1);

    const RemovedTeams removed = teams.remove(fixture.salesId);
    CHECK(fixture.repository.teams().all().size() == 1);
    CHECK(fixture.repository.plan().objectiveRevision(aligned) == NotStored);
    CHECK(fixture.repository.plan().objectiveRevision(alignedUp) == NotStored);
    CHECK(removed.alignedObjectives.size() == 1);

    fixture.repository.teams().restore(removed);
    CHECK(contentOf(*fixture.document) == before);
    CHECK(fixture.repository.plan().objectiveRevision(companyAligned) != NotStored);
}
