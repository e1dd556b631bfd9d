#include "support/catch.h"

#include "app/support/ChosenPaceThresholds.h"
#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "model/IsoWeek.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

CommandOutcome board(const DemoDocumentFile &demo, const QStringList &arguments = {})
{
    return runCommand(QStringList{QStringLiteral("board"), demo.path} + arguments);
}

QJsonObject boardJson(const DemoDocumentFile &demo, const QStringList &arguments = {})
{
    const CommandOutcome outcome =
        board(demo, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
    REQUIRE(outcome.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList teamNames(const QJsonObject &board)
{
    QStringList names;
    for (const QJsonValue &team : board.value(QStringLiteral("teams")).toArray())
        names.append(team.toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

TEST_CASE("quarterdeck board should print the organisation, then a line per team", "[cli][board]")
{
    const DemoDocumentFile demo;
    const CommandOutcome outcome = board(demo);
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.err.isEmpty());
    const QStringList lines = outcome.out.split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 6);
    CHECK(lines[0].startsWith(QStringLiteral("Board of ")));
    CHECK(lines[1].startsWith(QStringLiteral("Progress: ")));
    CHECK(lines[2].startsWith(QStringLiteral("Key results: ")));
    CHECK(lines[3].startsWith(QStringLiteral("Missing the due check-in: ")));
    CHECK(lines[4].startsWith(QStringLiteral("Stalled: ")));
    CHECK(outcome.out.contains(QStringLiteral("\nTeams:\n  ")));
    CHECK(outcome.out.contains(QStringLiteral("  Sales: ")));
    // The company itself holds no check-ins: said so, not as a week called "none".
    CHECK(outcome.out.contains(QRegularExpression(QStringLiteral("\n  Northwind Labs: [^\n]*; never checked in\n"))));
    CHECK(outcome.out.contains(QRegularExpression(QStringLiteral("\n  Sales: [^\n]*; last check-in \\d{4}-W\\d\\d"))));
    CHECK_FALSE(outcome.out.contains(QStringLiteral("Changes after")));
}

TEST_CASE("quarterdeck board --format json should give the same numbers under stable keys", "[cli][board]")
{
    const DemoDocumentFile demo;
    const QJsonObject json = boardJson(demo);
    for (const QString &key :
         {QStringLiteral("cycle"), QStringLiteral("date"), QStringLiteral("dueWeek"), QStringLiteral("progress"),
          QStringLiteral("expectedProgress"), QStringLiteral("progressChange"), QStringLiteral("keyResults"),
          QStringLiteral("teamsMissingCheckIn"), QStringLiteral("stalled"), QStringLiteral("teams")})
        CHECK(json.contains(key));
    CHECK(json.value(QStringLiteral("progress")).isDouble());
    const QJsonObject counts = json.value(QStringLiteral("keyResults")).toObject();
    CHECK(counts.value(QStringLiteral("onTrack")).toInt() + counts.value(QStringLiteral("atRisk")).toInt() +
              counts.value(QStringLiteral("offTrack")).toInt() + counts.value(QStringLiteral("noCheckInYet")).toInt() >
          0);
    CHECK(teamNames(json).contains(QStringLiteral("Sales")));
    const QJsonObject firstTeam = json.value(QStringLiteral("teams")).toArray().first().toObject();
    for (const QString &key :
         {QStringLiteral("progress"), QStringLiteral("expectedProgress"), QStringLiteral("progressChange"),
          QStringLiteral("keyResults"), QStringLiteral("statedConfidence"), QStringLiteral("lastCheckIn"),
          QStringLiteral("missingCheckIn"), QStringLiteral("stalledKeyResults")})
        CHECK(firstTeam.contains(key));
    CHECK_FALSE(json.contains(QStringLiteral("changes")));
}

TEST_CASE("quarterdeck board --since should add the changes after that week", "[cli][board]")
{
    const DemoDocumentFile demo;
    const QString dueWeek = boardJson(demo).value(QStringLiteral("dueWeek")).toString();
    const std::optional<IsoWeek> due = IsoWeek::parse(dueWeek);
    REQUIRE(due);
    const QString since = due->previous().previous().previous().toString();

    const QJsonObject changes =
        boardJson(demo, {QStringLiteral("--since"), since}).value(QStringLiteral("changes")).toObject();
    CHECK(changes.value(QStringLiteral("after")).toString() == since);
    CHECK(changes.value(QStringLiteral("upTo")).toString() == dueWeek);
    for (const QString &key : {QStringLiteral("valueMoves"), QStringLiteral("confidenceChanges"),
                               QStringLiteral("newProblems"), QStringLiteral("teamsMissingCheckIn")})
        CHECK(changes.value(key).isArray());

    const CommandOutcome text = board(demo, {QStringLiteral("--since"), since});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Changes after %1 up to %2:").arg(since, dueWeek)));
}

TEST_CASE("quarterdeck board --team should narrow the board to that team and the teams below it", "[cli][board]")
{
    const DemoDocumentFile demo;
    CHECK(teamNames(boardJson(demo, {QStringLiteral("--team"), QStringLiteral("sales")})) ==
          QStringList{QStringLiteral("Sales")});
}

TEST_CASE("quarterdeck board --out should write the board to a file, never over the document", "[cli][board]")
{
    const DemoDocumentFile demo;
    const QString outPath = demo.pathOf(QStringLiteral("board.json"));
    const CommandOutcome written =
        board(demo, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), outPath});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("Wrote the board")));
    CHECK(QJsonDocument::fromJson(fileContent(outPath)).isObject());

    const QByteArray before = fileContent(demo.path);
    const CommandOutcome refused = board(demo, {QStringLiteral("--out"), demo.path});
    CHECK(refused.exitCode == 1);
    CHECK(fileContent(demo.path) == before);
}

TEST_CASE("quarterdeck board should refuse an unknown cycle or team (exit 1) and malformed options (exit 2)",
          "[cli][board]")
{
    const DemoDocumentFile demo;
    const CommandOutcome cycle = board(demo, {QStringLiteral("--cycle"), QStringLiteral("1999 Q1")});
    CHECK(cycle.exitCode == 1);
    CHECK(cycle.err.contains(QStringLiteral("no cycle named '1999 Q1'")));
    const CommandOutcome team = board(demo, {QStringLiteral("--team"), QStringLiteral("Nobody")});
    CHECK(team.exitCode == 1);
    CHECK(team.err.contains(QStringLiteral("Nobody")));
    const CommandOutcome week = board(demo, {QStringLiteral("--since"), QStringLiteral("week 45")});
    CHECK(week.exitCode == 2);
    CHECK(week.err.contains(QStringLiteral("--since takes a week such as 2026-W45, not 'week 45'")));
    const CommandOutcome format = board(demo, {QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains(QStringLiteral("--format takes text, json or pdf, not 'xml'")));
    CHECK(board(demo, {QStringLiteral("--since"), QStringLiteral("2099-W01")}).exitCode == 2);
}

TEST_CASE("quarterdeck board --format pdf should write the board as a PDF with pages", "[cli][board]")
{
    const DemoDocumentFile demo;
    const QString pdfPath = demo.pathOf(QStringLiteral("board.pdf"));
    const CommandOutcome outcome = runBinary({QStringLiteral("board"), demo.path, QStringLiteral("--format"),
                                              QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("Wrote the board")));
    const QByteArray pdf = fileContent(pdfPath);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))) >= 1);

    const CommandOutcome withoutOut = board(demo, {QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(withoutOut.exitCode == 2);
    CHECK(withoutOut.err.contains(QStringLiteral("--format pdf needs --out PATH")));
}

TEST_CASE("quarterdeck board should say in its own sentence that a team misses the due check-in", "[cli][board]")
{
    const DemoDocumentFile demo;
    const std::optional<IsoWeek> dueWeek = IsoWeek::parse(boardJson(demo).value(QStringLiteral("dueWeek")).toString());
    REQUIRE(dueWeek);
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        // Sales' check-ins of the due week and of any week since.
        for (const Team &team : repository.teams().all()) {
            for (IsoWeek week = *dueWeek; team.name == QLatin1String("Sales") && week <= dueWeek->next().next();
                 week = week.next())
                repository.checkIns().remove(team.id, week);
        }
    }
    const QString text = board(demo).out;
    int missing = 0;
    for (const QJsonValue &value : boardJson(demo).value(QStringLiteral("teams")).toArray()) {
        const QJsonObject team = value.toObject();
        const QString name = team.value(QStringLiteral("name")).toString();
        const QRegularExpression line(QStringLiteral("^  %1: .*$").arg(QRegularExpression::escape(name)),
                                      QRegularExpression::MultilineOption);
        const QString teamLine = line.match(text).captured();
        INFO(teamLine.toStdString());
        const bool isMissing = team.value(QStringLiteral("missingCheckIn")).toBool();
        missing += isMissing;
        CHECK(teamLine.endsWith(QStringLiteral("; the due check-in is missing")) == isMissing);
    }
    CHECK(missing > 0);
}

TEST_CASE("quarterdeck board judges paces with the thresholds chosen in Edit > Preferences", "[cli][board]")
{
    const DemoDocumentFile demo;
    const QJsonObject domains = boardJson(demo).value(QStringLiteral("keyResults")).toObject();

    // No gap at all is on track, and any gap is off track. The demo's key results follow today's date: on a day when
    // every one on track is ahead of its pace, none of them moves, but some behind it always fall off track.
    const ChosenPaceThresholds strict(0, 0);
    const QJsonObject stricts = boardJson(demo).value(QStringLiteral("keyResults")).toObject();
    CHECK(stricts.value(QStringLiteral("onTrack")).toInt() <= domains.value(QStringLiteral("onTrack")).toInt());
    CHECK(stricts.value(QStringLiteral("offTrack")).toInt() > domains.value(QStringLiteral("offTrack")).toInt());
}
