#include "support/catch.h"

#include "coach/Coach.h"
#include "coach/CycleReview.h"
#include "model/TextLimits.h"
#include "report/ReportBuilder.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Statement.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace {

// A report as the PDF writer reads it: the summary, and every team section taken one at a time.
struct CollectedReport {
    CollectedReport(const Repository &repository, Id cycleId, Id scopeTeamId)
        : content(repository, cycleId, scopeTeamId, QDateTime::currentDateTime())
        , summary(content.summary())
        , teams(sectionsOf(content))
    {
    }

    ReportBuilder content;
    const QuarterReport &summary;
    QList<ReportTeam> teams;
};

QStringList teamNames(const CollectedReport &report)
{
    QStringList names;
    for (const ReportTeam &team : report.teams)
        names.append(team.team.name);
    return names;
}

QStringList problemTexts(const CheckIn &checkIn)
{
    QStringList texts;
    for (const PlanItem &item : checkIn.items) {
        if (item.kind == PlanItemKind::Problem)
            texts.append(item.text);
    }
    return texts;
}

QStringList problemTexts(const ReportTeam &team)
{
    QStringList texts;
    for (const ReportProblem &problem : team.problems)
        texts.append(problem.text);
    return texts;
}

int keyResultCount(const CollectedReport &report)
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

    const CollectedReport report(*demo.repository, cycle.id, NoId);

    CHECK(report.summary.organisation == QStringLiteral("Northwind Labs"));
    CHECK(report.summary.cycle.name == cycle.name);
    CHECK(teamNames(report) == QStringList{QStringLiteral("Marketing"), QStringLiteral("Product"),
                                           QStringLiteral("Sales"), QStringLiteral("Customer Success")});
    REQUIRE(report.summary.companyObjectives.size() == 1);
    CHECK(report.summary.companyObjectives.first().objective.title ==
          QStringLiteral("Increase the competitive strength of our product"));
    QStringList titles;
    for (const ReportTeam &team : report.teams) {
        for (const ReportObjective &objective : team.objectives)
            titles.append(objective.objective.title);
    }
    titles.append(report.summary.companyObjectives.first().objective.title);
    CHECK(titles.size() == demo.objectiveTitles(cycle.id).size());
    CHECK(titles.contains(DemoReportDocument::markupTitle()));
}

TEST_CASE("A report counts every key result by pace and names at most five most at risk", "[ui][report]")
{
    const DemoReportDocument demo;
    const CollectedReport report(*demo.repository, demo.activeCycle().id, NoId);

    const auto &counts = report.summary.keyResultsByPace;
    CHECK(counts[0] + counts[1] + counts[2] + report.summary.keyResultsAwaitingCheckIn == keyResultCount(report));
    CHECK(report.summary.mostAtRisk.size() <= ReportBuilder::MostAtRiskCount);
    for (qsizetype index = 1; index < report.summary.mostAtRisk.size(); ++index)
        CHECK(report.summary.mostAtRisk[index - 1].gap >= report.summary.mostAtRisk[index].gap);
    for (const ReportRisk &risk : report.summary.mostAtRisk) {
        const bool stated = risk.keyResult.confidence && *risk.keyResult.confidence != Confidence::OnTrack;
        CHECK(((risk.keyResult.pace && *risk.keyResult.pace != Confidence::OnTrack) || stated));
    }
}

TEST_CASE("A report carries the latest check-in's problems and lessons", "[ui][report]")
{
    const DemoReportDocument demo;
    const CollectedReport report(*demo.repository, demo.activeCycle().id, NoId);

    const ReportTeam &marketing = report.teams.at(0);
    REQUIRE(marketing.team.name == QStringLiteral("Marketing"));
    REQUIRE(marketing.latestCheckInWeek);
    const CheckIn latest = *demo.repository->checkIns().find(marketing.team.id, *marketing.latestCheckInWeek);
    CHECK(problemTexts(marketing) == problemTexts(latest));
    CHECK_FALSE(marketing.lessons.isEmpty());
    CHECK_FALSE(marketing.review); // the cycle is not closed
}

TEST_CASE("A closed cycle's report carries each team's review answers and grades", "[ui][report]")
{
    const DemoReportDocument demo;
    const Cycle closed = demo.closedCycle();
    REQUIRE(closed.id != NoId);

    const CollectedReport report(*demo.repository, closed.id, NoId);

    CHECK(report.summary.asOf == closed.end);
    CHECK(report.summary.expectedProgress == 1.0);
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

    const CollectedReport report(*demo.repository, demo.activeCycle().id, salesId);

    CHECK(teamNames(report) == QStringList{QStringLiteral("Sales")});
    CHECK(report.summary.companyObjectives.size() == 1);
    const auto &counts = report.summary.keyResultsByPace;
    CHECK(counts[0] + counts[1] + counts[2] + report.summary.keyResultsAwaitingCheckIn == keyResultCount(report));
}

TEST_CASE("A report sums up the coach's review and lists the teams it flagged, those most in need first",
          "[ui][report][coach]")
{
    const DemoReportDocument demo;
    // Every key result of Sales names a deliverable: the coach flags each one.
    Statement(*demo.document,
              QStringLiteral("UPDATE key_results SET title = 'Launch landing page ' || id WHERE objective_id IN "
                             "(SELECT o.id FROM objectives o JOIN teams t ON t.id = o.team_id WHERE t.name = :team)"))
        .bind(QStringLiteral("team"), QStringLiteral("Sales"))
        .exec();

    const CollectedReport report(*demo.repository, demo.activeCycle().id, NoId);

    const CycleReview::Tally &organisation = report.summary.coach;
    CHECK(organisation.keyResults == keyResultCount(report));
    REQUIRE(!report.summary.coachTeams.isEmpty());
    const ReportCoachTeam &first = report.summary.coachTeams.first();
    CHECK(first.teamName == QStringLiteral("Sales"));
    CHECK(first.tally.keyResults > 0);
    CHECK(first.tally.flaggedKeyResults == first.tally.keyResults);
    CHECK(first.tally.flagCounts.value(QString::fromLatin1(CoachCode::OutputVerb)) == first.tally.keyResults);
    CHECK(organisation.flaggedKeyResults >= first.tally.flaggedKeyResults);
    int flaggedKeyResults = 0;
    for (qsizetype index = 0; index < report.summary.coachTeams.size(); ++index) {
        const CycleReview::Tally &tally = report.summary.coachTeams.at(index).tally;
        CHECK_FALSE(tally.isClean());
        if (index > 0)
            CHECK(tally.flaggedKeyResultShare() <=
                  report.summary.coachTeams.at(index - 1).tally.flaggedKeyResultShare());
        flaggedKeyResults += tally.flaggedKeyResults;
    }
    CHECK(flaggedKeyResults == organisation.flaggedKeyResults);

    const Id salesId = demo.repository->teams().byName(QStringLiteral("Sales"))->id;
    const CollectedReport sales(*demo.repository, demo.activeCycle().id, salesId);
    CHECK(sales.summary.coach.keyResults == first.tally.keyResults);
    CHECK(sales.summary.coach.flaggedKeyResults == first.tally.keyResults);
    REQUIRE(sales.summary.coachTeams.size() == 1);
    CHECK(sales.summary.coachTeams.first().teamName == QStringLiteral("Sales"));
}

TEST_CASE("A report lists the teams that most need help writing OKRs, and only counts the rest",
          "[ui][report][coach]")
{
    QTemporaryDir folder;
    const std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("generated.okr")));
    Repository repository(*document);
    OrganisationGenerator::write(repository, GeneratorSettings{60, 1, 3, QDate::currentDate()}, {});
    // Every key result names a deliverable: every team with key results in the cycle is flagged.
    Statement(*document, QStringLiteral("UPDATE key_results SET title = 'Launch landing page ' || id")).exec();
    const Id cycleId = repository.cycles().active()->id;
    CyclePlan plan = repository.queries().loadCyclePlan(cycleId);
    plan.rebuildIndex();
    const CycleReview review(Coach(), plan, NoId);
    const auto flaggedTeams = int(std::count_if(review.teams().cbegin(), review.teams().cend(),
                                                [](const CycleReview::TeamItem &team) { return !team.tally.isClean(); }));
    REQUIRE(flaggedTeams > QuarterReport::CoachTeamsShown);

    const CollectedReport report(repository, cycleId, NoId);
    CHECK(report.summary.coachTeams.size() == QuarterReport::CoachTeamsShown);
    CHECK(report.summary.coachTeamsNotShown == flaggedTeams - QuarterReport::CoachTeamsShown);
    CHECK(report.summary.coach.flaggedKeyResults == report.summary.coach.keyResults);
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

    const CollectedReport report(*demo.repository, demo.activeCycle().id, NoId);
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

TEST_CASE("Each team section holds the notes its whole check-in history gives for the cycle", "[ui][report]")
{
    const DemoReportDocument demo;
    for (const Cycle &cycle : {demo.activeCycle(), demo.closedCycle()}) {
        const CollectedReport report(*demo.repository, cycle.id, NoId);
        const CyclePlan plan = demo.repository->queries().loadCyclePlan(cycle.id);
        REQUIRE_FALSE(report.teams.isEmpty());
        for (const ReportTeam &section : report.teams) {
            INFO(cycle.name.toStdString() << ", " << section.team.name.toStdString());
            // What the report said when it read every check-in of the team: the latest of the cycle's weeks.
            std::optional<CheckIn> latest;
            QString lessons;
            for (const CheckIn &checkIn : demo.repository->checkIns().ofTeam(section.team.id)) {
                if (!cycle.hasCheckInWeek(checkIn.week))
                    continue;
                latest = checkIn;
                if (!checkIn.lessons.trimmed().isEmpty())
                    lessons = checkIn.lessons;
            }
            REQUIRE(section.latestCheckInWeek.has_value() == latest.has_value());
            if (!latest)
                continue;
            CHECK(*section.latestCheckInWeek == latest->week);
            CHECK(problemTexts(section) == problemTexts(*latest));
            CHECK(section.lessons == lessons);
            QStringList titles;
            for (const qsizetype row : plan.objectivesOfTeam(section.team.id))
                titles.append(plan.objectives[row].title);
            QStringList sectionTitles;
            for (const ReportObjective &objective : section.objectives)
                sectionTitles.append(objective.objective.title);
            CHECK(sectionTitles == titles);
        }
    }
}

TEST_CASE("The summary's most at risk are the sections' key results furthest behind", "[ui][report]")
{
    const DemoReportDocument demo;
    const CollectedReport report(*demo.repository, demo.activeCycle().id, NoId);

    CHECK(report.summary.sectionTitles == teamNames(report));
    QList<ReportRisk> risks;
    for (const ReportTeam &team : report.teams) {
        for (const ReportObjective &objective : team.objectives) {
            for (const ReportKeyResult &keyResult : objective.keyResults) {
                const bool stated = keyResult.confidence && *keyResult.confidence != Confidence::OnTrack;
                if ((keyResult.pace && *keyResult.pace != Confidence::OnTrack) || stated)
                    risks.append({team.team.name, objective.objective.title, keyResult,
                                  keyResult.expectedProgress - keyResult.progress});
            }
        }
    }
    std::stable_sort(risks.begin(), risks.end(),
                     [](const ReportRisk &left, const ReportRisk &right) { return left.gap > right.gap; });
    risks.resize(std::min(risks.size(), ReportBuilder::MostAtRiskCount));
    REQUIRE_FALSE(risks.isEmpty());
    REQUIRE(report.summary.mostAtRisk.size() == risks.size());
    for (qsizetype index = 0; index < risks.size(); ++index) {
        CHECK(report.summary.mostAtRisk[index].teamName == risks[index].teamName);
        CHECK(report.summary.mostAtRisk[index].keyResult.keyResult.id == risks[index].keyResult.keyResult.id);
        CHECK(report.summary.mostAtRisk[index].gap == risks[index].gap);
    }
}

TEST_CASE("A report reads its paces with the thresholds it is given", "[ui][report][preferences]")
{
    const DemoReportDocument demo;
    const ReportBuilder usual(*demo.repository, demo.activeCycle().id, NoId, QDateTime::currentDateTime());
    const auto &usualCounts = usual.summary().keyResultsByPace;
    REQUIRE(usualCounts[std::size_t(Confidence::OnTrack)] <
            usualCounts[0] + usualCounts[1] + usualCounts[2]); // the demo has key results behind
    // Nothing is behind when a gap of the whole cycle still counts as on track.
    const ReportBuilder lenient(*demo.repository, demo.activeCycle().id, NoId, QDateTime::currentDateTime(),
                                PaceThresholds{1.0, 1.0});
    const auto &counts = lenient.summary().keyResultsByPace;
    CHECK(counts[std::size_t(Confidence::OnTrack)] == usualCounts[0] + usualCounts[1] + usualCounts[2]);
}
