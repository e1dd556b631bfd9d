#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QDate>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

// `quarterdeck kpi FILE add NAME --target 1 --team TEAM`: the simplest command taking --team.
CommandOutcome addKpi(const DemoDocumentFile &demo, const QString &name, const QString &team)
{
    return runCommand({QStringLiteral("kpi"), demo.path, QStringLiteral("add"), name, QStringLiteral("--target"),
                       QStringLiteral("1"), QStringLiteral("--team"), team});
}

Id teamOfKpi(const DemoDocumentFile &demo, const QString &name)
{
    const auto document = Document::open(demo.path);
    for (const Kpi &kpi : KpiRepository(*document).all()) {
        if (kpi.name == name)
            return kpi.teamId;
    }
    return NoId;
}

Id teamNamed(const DemoDocumentFile &demo, const QString &name)
{
    const auto document = Document::open(demo.path);
    for (const Team &team : TeamRepository(*document).all()) {
        if (team.name == name)
            return team.id;
    }
    return NoId;
}

} // namespace

TEST_CASE("The --team option should match a team's name in any letter case, with spaces around it", "[app][team]")
{
    const DemoDocumentFile demo;
    const Id marketing = teamNamed(demo, QStringLiteral("Marketing"));
    REQUIRE(marketing != NoId);
    int added = 0;
    for (const QString &typed : {QStringLiteral("Marketing"), QStringLiteral("marketing"),
                                 QStringLiteral(" Marketing "), QStringLiteral("\tMARKETING")}) {
        INFO(typed.toStdString());
        const QString name = QStringLiteral("Signups %1").arg(++added);
        const CommandOutcome outcome = addKpi(demo, name, typed);
        INFO(outcome.err.toStdString());
        REQUIRE(outcome.exitCode == 0);
        CHECK(teamOfKpi(demo, name) == marketing);
    }
}

TEST_CASE("The --team option should refuse a name several teams share, and say what the teams are called otherwise",
          "[app][team]")
{
    const DemoDocumentFile demo;
    {
        const auto document = Document::open(demo.path);
        TeamRepository teams(*document);
        teams.add({NoId, teams.all().first().id, QStringLiteral("MARKETING")});
    }
    const QByteArray before = fileContent(demo.path);

    const CommandOutcome shared = addKpi(demo, QStringLiteral("Signups"), QStringLiteral("marketing"));
    CHECK(shared.exitCode == 1);
    CHECK(shared.err.contains(QStringLiteral("2 teams are named 'marketing'")));
    const CommandOutcome checkIn =
        runCommand({QStringLiteral("checkin"), demo.path, QStringLiteral("--team"), QStringLiteral("Marketing"),
                    QStringLiteral("--kr"), QStringLiteral("1=1")});
    CHECK(checkIn.exitCode == 1);
    CHECK(checkIn.err.contains(QStringLiteral("2 teams are named 'Marketing'")));

    const CommandOutcome unknown = addKpi(demo, QStringLiteral("Signups"), QStringLiteral("Marketeers"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("there is no team named 'Marketeers'")));
    CHECK(unknown.err.contains(QStringLiteral("Sales")));
    CHECK(fileContent(demo.path) == before);
}

TEST_CASE("The help of every command taking --team should say how names match", "[app][team]")
{
    for (const char *command : {"checkin", "kpi", "report"}) {
        INFO(command);
        const CommandOutcome help = runCommand({QLatin1String(command), QStringLiteral("--help")});
        CHECK(help.out.simplified().contains(QStringLiteral("Letter case and spaces around the name do not matter.")));
        CHECK_FALSE(help.out.contains(QStringLiteral("exact name")));
    }
}

TEST_CASE("quarterdeck report --team should match as the other commands do", "[app][team][report]")
{
    const DemoDocumentFile demo;
    const QString out = demo.pathOf(QStringLiteral("sales.pdf"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);

    process.start(QStringLiteral(QUARTERDECK_BINARY), {QStringLiteral("report"), demo.path, QStringLiteral("--team"),
                                                       QStringLiteral(" sales "), QStringLiteral("--out"), out});

    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(fileContent(out).startsWith("%PDF-"));
}
