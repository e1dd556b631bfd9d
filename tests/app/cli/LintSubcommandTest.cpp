#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
        objects.append(document.object());
    }
    return objects;
}

QStringList codesOf(const QJsonObject &line)
{
    QStringList codes;
    for (const QJsonValue &flag : line.value(QStringLiteral("flags")).toArray())
        codes.append(flag.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

} // namespace

TEST_CASE("Lint should print a verdict and flags for each key result given as arguments", "[app][lint]")
{
    const CommandOutcome run = runCommand({QStringLiteral("lint"), QStringLiteral("Launch the pricing page"),
                                           QStringLiteral("Increase German MQLs from 300 to 500")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QStringLiteral("Launch the pricing page\n  output")));
    CHECK(run.out.contains(QStringLiteral("[output-verb]")));
    CHECK(run.out.contains(QStringLiteral("Increase German MQLs from 300 to 500\n  outcome")));
}

TEST_CASE("Lint --json should write one object per text in input order", "[app][lint]")
{
    const CommandOutcome run =
        runCommand({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("Improve SEO"),
                    QStringLiteral("Increase time-to-first-call from 2 hrs to under 30 min")});
    REQUIRE(run.exitCode == 0);
    const QList<QJsonObject> lines = jsonLines(run.out);
    REQUIRE(lines.size() == 2);

    CHECK(lines[0].value(QStringLiteral("text")).toString() == QStringLiteral("Improve SEO"));
    CHECK(lines[0].value(QStringLiteral("verdict")).toString() == QStringLiteral("vague"));
    CHECK(codesOf(lines[0]).contains(QStringLiteral("no-number")));
    const QJsonObject flag = lines[0].value(QStringLiteral("flags")).toArray().at(0).toObject();
    for (const char *key : {"code", "severity", "message", "suggestion"})
        CHECK(!flag.value(QLatin1String(key)).toString().isEmpty());

    const QJsonObject metric = lines[1].value(QStringLiteral("metric")).toObject();
    CHECK(lines[1].value(QStringLiteral("verdict")).toString() == QStringLiteral("outcome"));
    CHECK(metric.value(QStringLiteral("start")).toDouble() == 120.0);
    CHECK(metric.value(QStringLiteral("target")).toDouble() == 30.0);
    CHECK(metric.value(QStringLiteral("unit")).toString() == QStringLiteral("time"));
    CHECK(metric.value(QStringLiteral("kind")).toString() == QStringLiteral("decrease"));
    CHECK(metric.value(QStringLiteral("measure")).toString() == QStringLiteral("time-to-first-call"));
}

TEST_CASE("Lint --json should give absent metric values as null", "[app][lint]")
{
    const CommandOutcome run = runCommand(
        {QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("Get 10,000 new followers on Instagram")});
    const QList<QJsonObject> lines = jsonLines(run.out);
    REQUIRE(lines.size() == 1);
    const QJsonObject metric = lines[0].value(QStringLiteral("metric")).toObject();
    CHECK(metric.value(QStringLiteral("start")).isNull());
    CHECK(metric.value(QStringLiteral("target")).toDouble() == 10000.0);
}

TEST_CASE("Lint --objective should judge objectives and give no metric", "[app][lint]")
{
    const CommandOutcome run =
        runCommand({QStringLiteral("lint"), QStringLiteral("--objective"), QStringLiteral("--json"),
                    QStringLiteral("Write a product marketing plan for Germany")});
    REQUIRE(run.exitCode == 0);
    const QList<QJsonObject> lines = jsonLines(run.out);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].value(QStringLiteral("verdict")).toString() == QStringLiteral("task"));
    CHECK(lines[0].value(QStringLiteral("metric")).isNull());
    CHECK(codesOf(lines[0]).contains(QStringLiteral("objective-is-task")));
}

TEST_CASE("Lint should fail with exit code 2 on an unknown option", "[app][lint]")
{
    const CommandOutcome run =
        runCommand({QStringLiteral("lint"), QStringLiteral("--frobnicate"), QStringLiteral("x")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("Lint should read UTF-8 lines from standard input and skip empty ones", "[app][lint]")
{
    QProcess process;
    process.start(QStringLiteral(QUARTERDECK_BINARY), {QStringLiteral("lint"), QStringLiteral("--json")});
    REQUIRE(process.waitForStarted(10000));
    process.write(QStringLiteral("Grow MRR from €40k to €65k\n\nPublish 12 blog posts\n").toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    const QList<QJsonObject> lines = jsonLines(QString::fromUtf8(process.readAllStandardOutput()));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(QStringLiteral("text")).toString() == QStringLiteral("Grow MRR from €40k to €65k"));
    CHECK(lines[0].value(QStringLiteral("metric")).toObject().value(QStringLiteral("unitLabel")).toString() ==
          QStringLiteral("EUR"));
    CHECK(lines[0].value(QStringLiteral("metric")).toObject().value(QStringLiteral("target")).toDouble() == 65000.0);
    CHECK(lines[1].value(QStringLiteral("verdict")).toString() == QStringLiteral("output"));
}

TEST_CASE("Lint --document should check the active cycle team by team and exit 1 when something is flagged",
          "[app][lint]")
{
    const DemoDocumentFile demo;
    const CommandOutcome run = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.isEmpty());
    CHECK(
        run.out.contains(QStringLiteral("Team Product\n  Objective: Increase engagement in our product\n    good\n")));
    CHECK(
        run.out.contains(QStringLiteral("    Key result: Analyze competitor's offering and implement top 3 improvement "
                                        "ideas\n      output")));
    CHECK(run.out.contains(QStringLiteral("      warning [output-verb] ")));
    CHECK(run.out.contains(QStringLiteral("    info [not-aligned] ")));
    CHECK(run.out.contains(QStringLiteral("Team Sales\n")));
    CHECK(run.out.contains(QStringLiteral("\nThe coach flagged 1 key result of 16 in 2026 Q4.\n"
                                          "It flagged 1 objective of 6.\n"
                                          "The flags: counts the team's own work (1), not aligned (1), "
                                          "activity instead of outcome (1).\n")));
}

TEST_CASE("Lint --document --team should check that team only and exit 0 when nothing is flagged", "[app][lint]")
{
    const DemoDocumentFile demo;
    const CommandOutcome run = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                                           QStringLiteral("--team"), QStringLiteral("sales")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Team Sales\n")));
    CHECK(!run.out.contains(QStringLiteral("Team Product")));
    CHECK(run.out.contains(QStringLiteral("The coach flagged 0 key results of 3 in 2026 Q4.\n")));
    CHECK(!run.out.contains(QStringLiteral("The flags:")));
}

TEST_CASE("Lint --document --cycle should check the cycle it names", "[app][lint]")
{
    const DemoDocumentFile demo;
    const CommandOutcome run = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                                           QStringLiteral("--cycle"), QStringLiteral("2026 Q3")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("The coach flagged 4 key results of 10 in 2026 Q3.\n")));
    CHECK(run.out.contains(QStringLiteral("[already-achieved]")));
}

TEST_CASE("Lint --document should refuse an unknown team or cycle and say which exist", "[app][lint]")
{
    const DemoDocumentFile demo;
    const CommandOutcome team = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                                            QStringLiteral("--team"), QStringLiteral("Nobody")});
    CHECK(team.exitCode == 1);
    CHECK(team.out.isEmpty());
    CHECK(team.err.contains(QStringLiteral("there is no team named 'Nobody'. The teams: Northwind Labs, Marketing")));
    const CommandOutcome cycle = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                                             QStringLiteral("--cycle"), QStringLiteral("2031 Q1")});
    CHECK(cycle.exitCode == 1);
    CHECK(cycle.out.isEmpty());
    CHECK(cycle.err.contains(QStringLiteral("has no cycle named '2031 Q1'. Its cycles: 2026 Q3, 2026 Q4.")));
}

TEST_CASE("Lint should refuse --cycle or --team without --document, and texts or --objective with it", "[app][lint]")
{
    const DemoDocumentFile demo;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("lint"), QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("x")},
          QStringList{QStringLiteral("lint"), QStringLiteral("--document"), demo.path, QStringLiteral("Improve SEO")},
          QStringList{QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                      QStringLiteral("--objective")}}) {
        INFO(arguments.join(u' ').toStdString());
        const CommandOutcome run = runCommand(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QStringLiteral("--document")));
    }
}

TEST_CASE("Lint --document --json should write a line per team, objective and key result, then the summary",
          "[app][lint]")
{
    const DemoDocumentFile demo;
    const CommandOutcome run =
        runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path, QStringLiteral("--json"),
                    QStringLiteral("--team"), QStringLiteral("Product")});
    CHECK(run.exitCode == 1);
    const QList<QJsonObject> lines = jsonLines(run.out);
    REQUIRE(lines.size() == 9); // the team, 2 objectives, 5 key results and the summary
    const auto itemsOf = [&](const QString &item) {
        QList<QJsonObject> found;
        for (const QJsonObject &line : lines) {
            if (line.value(QStringLiteral("item")).toString() == item)
                found.append(line);
        }
        return found;
    };
    REQUIRE(itemsOf(QStringLiteral("team")).size() == 1);
    CHECK(itemsOf(QStringLiteral("team")).first().value(QStringLiteral("team")).toString() ==
          QStringLiteral("Product"));
    const QList<QJsonObject> objectives = itemsOf(QStringLiteral("objective"));
    REQUIRE(objectives.size() == 2);
    CHECK(objectives[1].value(QStringLiteral("text")).toString() ==
          QStringLiteral("Make our product fast and dependable"));
    CHECK(codesOf(objectives[1]) == QStringList{QStringLiteral("not-aligned")});
    const QList<QJsonObject> keyResults = itemsOf(QStringLiteral("keyResult"));
    REQUIRE(keyResults.size() == 5);
    const QJsonObject &analyze = keyResults[1];
    CHECK(analyze.value(QStringLiteral("team")).toString() == QStringLiteral("Product"));
    CHECK(analyze.value(QStringLiteral("objective")).toString() ==
          QStringLiteral("Increase engagement in our product"));
    CHECK(analyze.value(QStringLiteral("verdict")).toString() == QStringLiteral("output"));
    CHECK(codesOf(analyze) == QStringList{QStringLiteral("output-verb"), QStringLiteral("counts-own-tasks")});
    CHECK(keyResults[3].value(QStringLiteral("objective")).toString() ==
          QStringLiteral("Make our product fast and dependable"));
    CHECK(keyResults[3].value(QStringLiteral("metric")).toObject().value(QStringLiteral("start")).toDouble() == 2.4);

    const QList<QJsonObject> summaries = itemsOf(QStringLiteral("summary"));
    REQUIRE(summaries.size() == 1);
    CHECK(lines.last() == summaries.first());
    const QJsonObject &summary = summaries.first();
    CHECK(summary.value(QStringLiteral("cycle")).toString() == QStringLiteral("2026 Q4"));
    CHECK(summary.value(QStringLiteral("keyResults")).toInt() == 5);
    CHECK(summary.value(QStringLiteral("flaggedKeyResults")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("objectives")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("flaggedObjectives")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("flagCounts")).toObject() == QJsonObject{{QStringLiteral("counts-own-tasks"), 1},
                                                                                {QStringLiteral("not-aligned"), 1},
                                                                                {QStringLiteral("output-verb"), 1}});
    CHECK(summary.value(QStringLiteral("unmeasuredObjectives")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("teamsOverGuidance")).toArray().isEmpty());
}

TEST_CASE("Lint --document should sum up the objectives nothing measures and the teams over the guidance",
          "[app][lint]")
{
    const DemoDocumentFile demo;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        Objective objective;
        objective.cycleId = repository.cycles().active()->id;
        for (const Team &team : repository.teams().all()) {
            if (team.name == QLatin1String("Sales"))
                objective.teamId = team.id;
        }
        for (const char *title : {"Win back lapsed customers", "Grow in the south", "Sell to larger companies"}) {
            objective.title = QString::fromUtf8(title);
            repository.plan().addObjective(objective);
        }
    }
    const CommandOutcome run = runCommand({QStringLiteral("lint"), QStringLiteral("--document"), demo.path,
                                           QStringLiteral("--team"), QStringLiteral("Sales")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.startsWith(QStringLiteral("Team Sales\n  warning [too-many-team-objectives] ")));
    CHECK(run.out.contains(QStringLiteral("It flagged 3 objectives of 4.\n")));
    CHECK(run.out.contains(QStringLiteral("No key results measure 3 objectives.\n")));
    CHECK(run.out.contains(QStringLiteral("1 team set more objectives than the guidance allows: Sales.\n")));
}
