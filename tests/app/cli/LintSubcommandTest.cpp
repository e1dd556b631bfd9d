#include "support/catch.h"

#include "app/support/CommandRunner.h"

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
