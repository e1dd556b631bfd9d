#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QStringList rows(Document &document, const QString &sql)
{
    QStringList result;
    QSqlQuery query = document.exec(sql);
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

TEST_CASE("quarterdeck generate should write the organisation it promises", "[app][generate]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("big.okr"));
    const CommandOutcome outcome =
        runCommand({QStringLiteral("generate"), path, QStringLiteral("--teams"), QStringLiteral("30"),
                    QStringLiteral("--cycles"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("30 teams, 3 cycles")));

    const auto document = Document::open(path);
    Repository repository(*document);
    CHECK(rows(*document, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});

    const QList<Cycle> cycles = repository.cycles().all();
    REQUIRE(cycles.size() == 3);
    CHECK(cycles.at(0).state == CycleState::Closed);
    CHECK(cycles.at(1).state == CycleState::Closed);
    CHECK(cycles.at(2).state == CycleState::Active);

    const QList<Team> teams = repository.teams().all();
    const Id companyId = teams.first().id;
    CHECK(teams.first().parentId == NoId);
    QList<Id> leafTeams;
    for (const Team &team : teams) {
        if (team.parentId != NoId && team.parentId != companyId)
            leafTeams.append(team.id);
    }
    CHECK(leafTeams.size() == 30);

    const CyclePlan plan = repository.queries().loadCyclePlan(cycles.first().id);
    int ownObjectives = 0;
    for (const Id teamId : leafTeams) {
        const QList<qsizetype> &objectives = plan.objectivesOfTeam(teamId);
        CHECK(objectives.size() >= 1);
        CHECK(objectives.size() <= 3);
        // A team's first objective contributes to a company objective; later ones may be the team's own.
        REQUIRE_FALSE(objectives.isEmpty());
        CHECK(plan.objectives.at(objectives.first()).parentId != NoId);
        for (const qsizetype row : objectives) {
            const Objective &objective = plan.objectives.at(row);
            if (objective.parentId == NoId) {
                ++ownObjectives;
            } else {
                const Objective *parent = plan.objective(objective.parentId);
                REQUIRE(parent != nullptr);
                CHECK(parent->teamId == companyId);
            }
            CHECK(objective.grade.has_value()); // closed cycles are graded
            CHECK(plan.keyResultsOf(objective.id).size() >= 3);
            CHECK(plan.keyResultsOf(objective.id).size() <= 5);
            for (const qsizetype keyResultRow : plan.keyResultsOf(objective.id)) {
                const auto initiatives = plan.initiativesOf(plan.keyResults.at(keyResultRow).id).size();
                CHECK(initiatives >= 1);
                CHECK(initiatives <= 3);
            }
        }
        qsizetype checkInsInCycle = 0;
        for (const CheckIn &checkIn : repository.checkIns().ofTeam(teamId))
            checkInsInCycle += cycles.first().hasCheckInWeek(checkIn.week) ? 1 : 0;
        CHECK(checkInsInCycle == 13);
    }
    CHECK(ownObjectives > 0);
}

TEST_CASE("quarterdeck generate should write the same organisation for the same seed", "[app][generate]")
{
    QTemporaryDir directory;
    const auto generate = [&](const QString &name, const QString &seed) {
        const QString path = directory.filePath(name);
        REQUIRE(runCommand({QStringLiteral("generate"), path, QStringLiteral("--teams=12"),
                            QStringLiteral("--cycles=2"), QStringLiteral("--seed"), seed})
                    .exitCode == 0);
        const auto document = Document::open(path);
        return rows(*document,
                    QStringLiteral(
                        "SELECT title || '|' || start_value || '|' || target_value FROM key_results ORDER BY id")) +
               rows(*document, QStringLiteral("SELECT value || '|' || confidence FROM kr_updates ORDER BY id"));
    };
    const QStringList first = generate(QStringLiteral("a.okr"), QStringLiteral("5"));
    CHECK(first.size() > 100);
    CHECK(generate(QStringLiteral("b.okr"), QStringLiteral("5")) == first);
    CHECK(generate(QStringLiteral("c.okr"), QStringLiteral("6")) != first);
}

TEST_CASE("quarterdeck generate should reject bad numbers with a usage error", "[app][generate]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("never.okr"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("--teams"), QStringLiteral("many")},
                                         QStringList{QStringLiteral("--teams"), QStringLiteral("0")},
                                         QStringList{QStringLiteral("--cycles"), QStringLiteral("2.5")},
                                         QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}}) {
        const CommandOutcome outcome = runCommand(QStringList{QStringLiteral("generate"), path} + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.err.contains(arguments.first()));
        CHECK_FALSE(QFile::exists(path));
    }
}
