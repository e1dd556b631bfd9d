#include "support/catch.h"

#include "model/TextLimits.h"
#include "report/ReportBuilder.h"
#include "storage/Statement.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"

#include <QDateTime>

namespace {

QStringList teamNames(const QuarterReport &report)
{
    QStringList names;
    for (const ReportTeam &team : report.teams)
        names.append(team.team.name);
    return names;
}

int keyResultCount(const QuarterReport &report)
{
    int count = 0;
    for (const ReportTeam &team : report.teams) {
        for (const ReportObjective &objective : team.objectives)
            count += int(objective.keyResults.size());
    }
    return count;
}

} // namespace

TEST_CASE("A report covers every team with key results, the company's objectives are in the summary", "[ui][report]")
{
    const DemoReportDocument demo;
    const Cycle cycle = demo.activeCycle();

    const QuarterReport report = ReportBuilder(*demo.repository).build(cycle.id, NoId, QDateTime::currentDateTime());

    CHECK(report.organisation == QStringLiteral("Northwind Labs"));
    CHECK(report.cycle.name == cycle.name);
    CHECK(teamNames(report) == QStringList{QStringLiteral("Marketing"), QStringLiteral("Product"),
                                           QStringLiteral("Sales"), QStringLiteral("Customer Success")});
    REQUIRE(report.companyObjectives.size() == 1);
    CHECK(report.companyObjectives.first().objective.title ==
          QStringLiteral("Increase the competitive strength of our product"));
    QStringList titles;
    for (const ReportTeam &team : report.teams) {
        for (const ReportObjective &objective : team.objectives)
            titles.append(objective.objective.title);
    }
    titles.append(report.companyObjectives.first().objective.title);
    CHECK(titles.size() == demo.objectiveTitles(cycle.id).size());
    CHECK(titles.contains(DemoReportDocument::markupTitle()));
}

TEST_CASE("A report counts every key result by pace and names at most five most at risk", "[ui][report]")
{
    const DemoReportDocument demo;
    const QuarterReport report =
        ReportBuilder(*demo.repository).build(demo.activeCycle().id, NoId, QDateTime::currentDateTime());

    const auto &counts = report.keyResultsByPace;
    CHECK(counts[0] + counts[1] + counts[2] + report.keyResultsAwaitingCheckIn == keyResultCount(report));
    CHECK(report.mostAtRisk.size() <= ReportBuilder::MostAtRiskCount);
    for (qsizetype index = 1; index < report.mostAtRisk.size(); ++index)
        CHECK(report.mostAtRisk[index - 1].gap >= report.mostAtRisk[index].gap);
    for (const ReportRisk &risk : report.mostAtRisk) {
        const bool stated = risk.keyResult.confidence && *risk.keyResult.confidence != Confidence::OnTrack;
        CHECK(((risk.keyResult.pace && *risk.keyResult.pace != Confidence::OnTrack) || stated));
    }
}

TEST_CASE("A report carries the latest check-in's problems and lessons", "[ui][report]")
{
    const DemoReportDocument demo;
    const QuarterReport report =
        ReportBuilder(*demo.repository).build(demo.activeCycle().id, NoId, QDateTime::currentDateTime());

    const ReportTeam &marketing = report.teams.at(0);
    REQUIRE(marketing.team.name == QStringLiteral("Marketing"));
    REQUIRE(marketing.latestCheckInWeek);
    const CheckIn latest = *demo.repository->checkIns().find(marketing.team.id, *marketing.latestCheckInWeek);
    QStringList problems;
    for (const PlanItem &item : latest.items) {
        if (item.kind == PlanItemKind::Problem)
            problems.append(item.text);
    }
    QStringList reported;
    for (const ReportProblem &problem : marketing.problems)
        reported.append(problem.text);
    CHECK(reported == problems);
    CHECK_FALSE(marketing.lessons.isEmpty());
    CHECK_FALSE(marketing.review); // the cycle is not closed
}

TEST_CASE("A closed cycle's report carries each team's review answers and grades", "[ui][report]")
{
    const DemoReportDocument demo;
    const Cycle closed = demo.closedCycle();
    REQUIRE(closed.id != NoId);

    const QuarterReport report = ReportBuilder(*demo.repository).build(closed.id, NoId, QDateTime::currentDateTime());

    CHECK(report.asOf == closed.end);
    CHECK(report.expectedProgress == 1.0);
    for (const ReportTeam &team : report.teams) {
        if (team.team.parentId == NoId)
            continue; // the company answers no review
        INFO(team.team.name.toStdString());
        REQUIRE(team.review);
        CHECK_FALSE(team.review->worked.isEmpty());
        for (const ReportObjective &objective : team.objectives)
            CHECK(objective.objective.grade.has_value());
    }
}

TEST_CASE("A team's report covers that team only, with the company's objectives as context", "[ui][report]")
{
    const DemoReportDocument demo;
    const Id salesId = demo.repository->teams().byName(QStringLiteral("Sales"))->id;

    const QuarterReport report =
        ReportBuilder(*demo.repository).build(demo.activeCycle().id, salesId, QDateTime::currentDateTime());

    CHECK(teamNames(report) == QStringList{QStringLiteral("Sales")});
    CHECK(report.companyObjectives.size() == 1);
    const auto &counts = report.keyResultsByPace;
    CHECK(counts[0] + counts[1] + counts[2] + report.keyResultsAwaitingCheckIn == keyResultCount(report));
}

TEST_CASE("A report cuts text written before the limits to them, however long it is", "[ui][report][limits]")
{
    const DemoReportDocument demo;
    const QString megabyte(1000000, QLatin1Char('w'));
    Statement(*demo.document, QStringLiteral("UPDATE objectives SET title = :long, description = :description "
                                             "WHERE title = :title"))
        .bind(QStringLiteral("long"), megabyte)
        .bind(QStringLiteral("description"), megabyte)
        .bind(QStringLiteral("title"), DemoReportDocument::markupTitle())
        .exec();

    const QuarterReport report =
        ReportBuilder(*demo.repository).build(demo.activeCycle().id, NoId, QDateTime::currentDateTime());
    const ReportObjective *clipped = nullptr;
    for (const ReportTeam &team : report.teams) {
        for (const ReportObjective &objective : team.objectives) {
            if (objective.objective.title.startsWith(QStringLiteral("www")))
                clipped = &objective;
        }
    }
    REQUIRE(clipped);
    CHECK(clipped->objective.title.size() == TextLimits::maximum(TextField::ObjectiveTitle));
    CHECK(clipped->objective.title.endsWith(QChar(0x2026)));
    CHECK(clipped->objective.description.size() == TextLimits::maximum(TextField::ObjectiveDescription));
}
