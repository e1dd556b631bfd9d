#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "model/TextLimits.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <array>
#include <optional>

namespace {

// The demo company written for today: Sales checks in every week of the live quarter.
struct DemoDocument {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("demo.okr"));

    DemoDocument() { REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0); }

    QByteArray bytes() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

struct SalesKeyResults {
    Id teamId = NoId;
    QList<KeyResult> keyResults;
};

SalesKeyResults salesKeyResults(Repository &repository)
{
    SalesKeyResults sales;
    sales.teamId = repository.teams().byName(QStringLiteral("Sales"))->id;
    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().active()->id);
    for (const qsizetype objectiveRow : plan.objectivesOfTeam(sales.teamId)) {
        for (const qsizetype row : plan.keyResultsOf(plan.objectives.at(objectiveRow).id))
            sales.keyResults.append(plan.keyResults.at(row));
    }
    return sales;
}

// The latest week of the demo's live quarter that has started: this week, or the quarter's last week when the
// quarter ended before today. The demo has checked it in.
IsoWeek lastWeekOfLiveQuarter(const DemoDocument &demo)
{
    const auto document = Document::open(demo.path);
    Repository repository(*document);
    const IsoWeek thisWeek = IsoWeek::containing(QDate::currentDate());
    IsoWeek latest;
    for (const IsoWeek week : repository.cycles().active()->checkInWeeks()) {
        if (week <= thisWeek)
            latest = week;
    }
    return latest;
}

// Runs `quarterdeck checkin FILE ARGUMENTS... --week W` for the live quarter's last week unless a week is given.
CommandOutcome checkIn(const DemoDocument &demo, const QStringList &arguments)
{
    QStringList all = QStringList{QStringLiteral("checkin"), demo.path} + arguments;
    if (!arguments.contains(QStringLiteral("--week")))
        all += {QStringLiteral("--week"), lastWeekOfLiveQuarter(demo).toString()};
    return runCommand(all);
}

} // namespace

TEST_CASE("quarterdeck checkin should update the named key results and keep the rest of the week", "[app][checkin]")
{
    DemoDocument demo;
    const IsoWeek thisWeek = lastWeekOfLiveQuarter(demo);
    std::optional<CheckIn> before;
    SalesKeyResults sales;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        sales = salesKeyResults(repository);
        before = repository.checkIns().find(sales.teamId, thisWeek);
    }
    REQUIRE(sales.keyResults.size() >= 2);
    REQUIRE(before.has_value()); // the demo has checked in this week already
    const KeyResult &first = sales.keyResults.at(0);
    const KeyResult &second = sales.keyResults.at(1);

    const CommandOutcome outcome =
        checkIn(demo, {QStringLiteral("--team"), QStringLiteral("sales"), QStringLiteral("--kr"),
                       QStringLiteral("%1=123.5").arg(first.id), QStringLiteral("--kr"),
                       second.title + QStringLiteral("=7"), QStringLiteral("--confidence"), QStringLiteral("at-risk"),
                       QStringLiteral("--comment"), QStringLiteral("From the CRM")});
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("Checked in 2 key results for Sales in %1").arg(thisWeek.toString())));

    const auto document = Document::open(demo.path);
    Repository repository(*document);
    const std::optional<CheckIn> after = repository.checkIns().find(sales.teamId, thisWeek);
    REQUIRE(after.has_value());
    CHECK(after->id == before->id);
    CHECK(after->items.size() == before->items.size());
    CHECK(after->nextPriorities == before->nextPriorities);
    CHECK(after->updates.size() == before->updates.size());
    for (const KeyResultUpdate &update : after->updates) {
        if (update.keyResultId == first.id) {
            CHECK(update.value == 123.5);
            CHECK(update.confidence == Confidence::AtRisk);
            CHECK(update.comment == QStringLiteral("From the CRM"));
        } else if (update.keyResultId == second.id) {
            CHECK(update.value == 7);
        } else {
            const auto old =
                std::find_if(before->updates.cbegin(), before->updates.cend(), [&](const KeyResultUpdate &candidate) {
                    return candidate.keyResultId == update.keyResultId;
                });
            REQUIRE(old != before->updates.cend());
            CHECK(update.value == old->value);
        }
    }
}

TEST_CASE("quarterdeck checkin should back-fill a past week and keep the history in order", "[app][checkin]")
{
    DemoDocument demo;
    const IsoWeek weekAgo = lastWeekOfLiveQuarter(demo).previous();
    Id keyResultId = NoId;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        const SalesKeyResults sales = salesKeyResults(repository);
        keyResultId = sales.keyResults.first().id;
        repository.checkIns().remove(sales.teamId, weekAgo);
    }
    const CommandOutcome outcome =
        checkIn(demo, {QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("--week"), weekAgo.toString(),
                       QStringLiteral("--kr"), QStringLiteral("%1=42").arg(keyResultId)});
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    const auto document = Document::open(demo.path);
    Repository repository(*document);
    const QList<KeyResultTimelineEntry> timeline = repository.queries().keyResultTimeline(keyResultId);
    REQUIRE(timeline.size() >= 3);
    CHECK(timeline.at(timeline.size() - 2).week == weekAgo);
    CHECK(timeline.at(timeline.size() - 2).value == 42);
    CHECK(std::is_sorted(timeline.cbegin(), timeline.cend(),
                         [](const auto &a, const auto &b) { return a.week < b.week; }));
}

TEST_CASE("quarterdeck checkin should refuse bad input with a clear message and change nothing", "[app][checkin]")
{
    DemoDocument demo;
    const QByteArray original = demo.bytes();
    const IsoWeek future = IsoWeek::containing(QDate::currentDate()).next();
    Id keyResultId = NoId;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        keyResultId = salesKeyResults(repository).keyResults.first().id;
    }
    const QString validPair = QStringLiteral("%1=5").arg(keyResultId);
    const QString team = QStringLiteral("--team");
    const QString kr = QStringLiteral("--kr");

    struct Case {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases{
        {{team, QStringLiteral("Nobody"), kr, validPair}, 1, QStringLiteral("no team named 'Nobody'")},
        {{team, QStringLiteral("Sales"), kr, QStringLiteral("No such key result=5")},
         1,
         QStringLiteral("'No such key result' is neither the id nor the exact title")},
        {{team, QStringLiteral("Sales"), kr, QStringLiteral("%1=five").arg(keyResultId)},
         1,
         QStringLiteral("the value 'five'")},
        {{team, QStringLiteral("Sales"), QStringLiteral("--week"), future.toString(), kr, validPair},
         1,
         QStringLiteral("has not started yet")},
        {{team, QStringLiteral("Sales"), QStringLiteral("--week"), QStringLiteral("2001-W10"), kr, validPair},
         1,
         QStringLiteral("outside every cycle")},
        {{team, QStringLiteral("Sales"), QStringLiteral("--week"), QStringLiteral("week 3"), kr, validPair},
         2,
         QStringLiteral("--week takes an ISO week")},
        {{team, QStringLiteral("Sales"), kr, validPair, QStringLiteral("--confidence"), QStringLiteral("fine")},
         2,
         QStringLiteral("--confidence takes on-track, at-risk or off-track")},
        {{team, QStringLiteral("Sales"), kr, QStringLiteral("5")}, 2, QStringLiteral("--kr takes KEY=VALUE")},
        {{team, QStringLiteral("Sales")}, 2, QStringLiteral("at least one --kr")},
        {{kr, validPair}, 2, QStringLiteral("--team NAME is required")},
    };
    for (const Case &each : cases) {
        INFO(each.arguments.join(u' ').toStdString());
        const CommandOutcome outcome = checkIn(demo, each.arguments);
        INFO(outcome.err.toStdString());
        CHECK(outcome.exitCode == each.exitCode);
        CHECK(outcome.err.contains(each.message));
        CHECK(outcome.out.isEmpty());
    }
    // One valid and one bad key result: the valid one is not written either.
    const CommandOutcome mixed =
        checkIn(demo, {team, QStringLiteral("Sales"), kr, validPair, kr, QStringLiteral("Nope=1")});
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.err.contains(QStringLiteral("Nothing was changed.")));
    CHECK(demo.bytes() == original);
}

TEST_CASE("quarterdeck checkin should refuse a closed cycle's week unless --correction says so", "[app][checkin]")
{
    DemoDocument demo;
    Id keyResultId = NoId;
    IsoWeek closedWeek;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        const Cycle closed = repository.cycles().all().first();
        REQUIRE(closed.state == CycleState::Closed);
        closedWeek = closed.checkInWeeks().last();
        const CyclePlan plan = repository.queries().loadCyclePlan(closed.id);
        const Id salesId = repository.teams().byName(QStringLiteral("Sales"))->id;
        REQUIRE_FALSE(plan.objectivesOfTeam(salesId).isEmpty());
        const Id objectiveId = plan.objectives.at(plan.objectivesOfTeam(salesId).first()).id;
        REQUIRE_FALSE(plan.keyResultsOf(objectiveId).isEmpty());
        keyResultId = plan.keyResults.at(plan.keyResultsOf(objectiveId).first()).id;
    }
    const QByteArray original = demo.bytes();
    const QStringList arguments{QStringLiteral("--team"), QStringLiteral("Sales"),
                                QStringLiteral("--week"), closedWeek.toString(),
                                QStringLiteral("--kr"),   QStringLiteral("%1=3").arg(keyResultId)};

    const CommandOutcome refused = checkIn(demo, arguments);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is closed: new check-ins go to the active cycle")));
    CHECK(demo.bytes() == original);

    const CommandOutcome corrected = checkIn(demo, arguments + QStringList{QStringLiteral("--correction")});
    INFO(corrected.err.toStdString());
    REQUIRE(corrected.exitCode == 0);
    CHECK(corrected.out.contains(QStringLiteral("this check-in corrects it")));
    const auto document = Document::open(demo.path);
    Repository repository(*document);
    CHECK(repository.queries().keyResultTimeline(keyResultId).last().value == 3);
    CHECK(repository.cycles().all().first().state == CycleState::Closed);
}

TEST_CASE("The quarterdeck binary should exit non-zero on an unknown team", "[app][checkin][process]")
{
    DemoDocument demo;
    QProcess process;
    process.start(QStringLiteral(QUARTERDECK_BINARY),
                  {QStringLiteral("checkin"), demo.path, QStringLiteral("--team"), QStringLiteral("Nobody"),
                   QStringLiteral("--kr"), QStringLiteral("1=2")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("no team named 'Nobody'")));
}

TEST_CASE("quarterdeck checkin should refuse a key result named twice, writing nothing", "[app][checkin]")
{
    DemoDocument demo;
    SalesKeyResults sales;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        sales = salesKeyResults(repository);
    }
    REQUIRE_FALSE(sales.keyResults.isEmpty());
    const KeyResult &keyResult = sales.keyResults.first();
    const QByteArray before = demo.bytes();
    // By id twice, and by id then by title: the same key result either way.
    for (const QString &second : {QString::number(keyResult.id), keyResult.title}) {
        INFO(second.toStdString());
        const CommandOutcome outcome = checkIn(demo, {QStringLiteral("--team"), QStringLiteral("Sales"),
                                                      QStringLiteral("--kr"), QStringLiteral("%1=5").arg(keyResult.id),
                                                      QStringLiteral("--kr"), second + QStringLiteral("=6")});
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.err.contains(QStringLiteral("is named twice")));
        CHECK(outcome.err.contains(QStringLiteral("Nothing was changed.")));
        CHECK(outcome.out.isEmpty());
        CHECK(demo.bytes() == before);
    }
}

TEST_CASE("Two quarterdeck checkin processes racing on one team-week should both keep their update",
          "[app][checkin][process]")
{
    DemoDocument demo;
    const IsoWeek week = lastWeekOfLiveQuarter(demo);
    SalesKeyResults sales;
    {
        const auto document = Document::open(demo.path);
        Repository repository(*document);
        sales = salesKeyResults(repository);
    }
    REQUIRE(sales.keyResults.size() >= 2);
    const std::array<Id, 2> keyResultIds{sales.keyResults.at(0).id, sales.keyResults.at(1).id};

    // CHECKIN_RACE_ROUNDS lowers the count where each process is slow (the sanitizer build).
    bool isNumber = false;
    const int chosenRounds = qEnvironmentVariableIntValue("CHECKIN_RACE_ROUNDS", &isNumber);
    const int rounds = isNumber && chosenRounds > 0 ? chosenRounds : 100;
    int roundsLosingAnUpdate = 0;
    QStringList failures;
    for (int round = 1; round <= rounds; ++round) {
        // Each process names one key result with a value of this round: a lost update leaves the previous round's.
        const std::array<double, 2> values{double(round), 1000.0 + round};
        std::array<QProcess, 2> processes;
        for (std::size_t which = 0; which < processes.size(); ++which)
            processes[which].start(QStringLiteral(QUARTERDECK_BINARY),
                                   {QStringLiteral("checkin"), demo.path, QStringLiteral("--team"),
                                    QStringLiteral("Sales"), QStringLiteral("--week"), week.toString(),
                                    QStringLiteral("--kr"),
                                    QStringLiteral("%1=%2").arg(keyResultIds[which]).arg(values[which])});
        for (QProcess &process : processes) {
            REQUIRE(process.waitForFinished(30000));
            if (process.exitCode() != 0)
                failures.append(QString::fromUtf8(process.readAllStandardError()));
        }

        const auto document = Document::open(demo.path);
        const std::optional<CheckIn> stored = Repository(*document).checkIns().find(sales.teamId, week);
        REQUIRE(stored.has_value());
        int kept = 0;
        for (const KeyResultUpdate &update : stored->updates) {
            for (std::size_t which = 0; which < keyResultIds.size(); ++which)
                kept += update.keyResultId == keyResultIds[which] && update.value == values[which] ? 1 : 0;
        }
        roundsLosingAnUpdate += kept == 2 ? 0 : 1;
    }
    INFO(failures.join(u'\n').toStdString());
    CHECK(failures.isEmpty());
    INFO("rounds of " << rounds << " that lost an update: " << roundsLosingAnUpdate);
    CHECK(roundsLosingAnUpdate == 0);
}

TEST_CASE("quarterdeck checkin should refuse a comment over its limit with exit 2 and no change", "[app][limits]")
{
    DemoDocument demo;
    const QByteArray before = demo.bytes();
    const CommandOutcome refused =
        checkIn(demo, {QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("--kr"), QStringLiteral("1=2"),
                       QStringLiteral("--comment"),
                       QString(TextLimits::maximum(TextField::UpdateComment) + 1, QLatin1Char('z'))});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--comment: The check-in comment has 4,001 character")));
    CHECK(demo.bytes() == before);
}
