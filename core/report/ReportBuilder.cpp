#include "report/ReportBuilder.h"

#include "coach/Coach.h"
#include "coach/CycleReview.h"
#include "model/TextFields.h"
#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"
#include "storage/Repository.h"

#include <algorithm>

namespace {

// Text written before the limits is reported cut to them: the PDF lays out every text it is given, and laying out
// one long block over many pages grew with the square of its length (minutes for a megabyte).
template <typename Value> Value shown(Value value)
{
    for (const auto &[field, text] : TextFields::of(value))
        *text = TextLimits::clipped(field, *text);
    return value;
}

bool hasKeyResults(const CyclePlan &plan, const QList<qsizetype> &objectiveRows)
{
    return std::any_of(objectiveRows.cbegin(), objectiveRows.cend(),
                       [&](qsizetype row) { return !plan.keyResultsOf(plan.objectives[row].id).isEmpty(); });
}

QDate clampedToCycle(QDate day, const Cycle &cycle)
{
    return std::clamp(day, cycle.start, cycle.end);
}

class Collector {
public:
    Collector(const CyclePlan &plan, const ProgressRollUp &rollUp, QDate asOf)
        : m_plan(plan)
        , m_rollUp(rollUp)
        , m_asOf(asOf)
    {
    }

    ReportObjective objective(const Objective &objective) const
    {
        ReportObjective result{
            shown(objective), m_rollUp.objective(objective.id), m_rollUp.hasContributors(objective.id), {}};
        for (const qsizetype row : m_plan.keyResultsOf(objective.id))
            result.keyResults.append(keyResult(m_plan.keyResults[row]));
        return result;
    }

private:
    ReportKeyResult keyResult(const KeyResult &keyResult) const
    {
        ReportKeyResult result;
        result.keyResult = shown(keyResult);
        result.progress = Scoring::progress(keyResult);
        result.expectedProgress = Scoring::expectedProgress(m_plan.cycle, keyResult, m_asOf);
        result.pace = Scoring::keyResultPace(m_plan.cycle, keyResult, m_asOf, m_rollUp.thresholds());
        const auto latest = m_plan.latestCheckIns.constFind(keyResult.id);
        if (latest != m_plan.latestCheckIns.cend())
            result.confidence = latest->confidence;
        for (const qsizetype row : m_plan.initiativesOf(keyResult.id))
            result.initiatives.append(shown(m_plan.initiatives[row]));
        return result;
    }

    const CyclePlan &m_plan;
    const ProgressRollUp &m_rollUp;
    QDate m_asOf;
};

// The latest check-in notes of the cycle: problems of the latest check-in, lessons of the latest that has any.
void addCheckInNotes(ReportTeam &team, const CheckInRepository &checkIns, const Cycle &cycle)
{
    const QList<IsoWeek> weeks = cycle.checkInWeeks();
    if (weeks.isEmpty())
        return;
    const std::optional<CheckIn> latest = checkIns.latestOfTeam(team.team.id, weeks.first(), weeks.last());
    if (!latest)
        return;
    team.latestCheckInWeek = latest->week;
    for (const PlanItem &item : latest->items) {
        if (item.kind == PlanItemKind::Problem)
            team.problems.append({TextLimits::clipped(TextField::PlanItemPerson, item.person),
                                  TextLimits::clipped(TextField::PlanItemText, item.text)});
    }
    team.lessons = TextLimits::clipped(TextField::Lessons,
                                       latest->lessons.trimmed().isEmpty()
                                           ? checkIns.latestLessonsOfTeam(team.team.id, weeks.first(), weeks.last())
                                           : latest->lessons);
}

// Counts a key result by pace and keeps it among the most at risk when it is behind or its team is worried: the
// furthest behind first, the earlier of equals first, never more than MostAtRiskCount.
void addToSummary(QuarterReport &report, const QString &teamName, const QString &objectiveTitle,
                  const ReportKeyResult &keyResult)
{
    if (keyResult.pace)
        ++report.keyResultsByPace[static_cast<std::size_t>(*keyResult.pace)];
    else
        ++report.keyResultsAwaitingCheckIn;
    const bool statedAtRisk = keyResult.confidence && *keyResult.confidence != Confidence::OnTrack;
    const bool behindPace = keyResult.pace && *keyResult.pace != Confidence::OnTrack;
    if (!behindPace && !statedAtRisk)
        return;
    const ReportRisk risk{teamName, objectiveTitle, keyResult, keyResult.expectedProgress - keyResult.progress};
    const auto place =
        std::upper_bound(report.mostAtRisk.begin(), report.mostAtRisk.end(), risk,
                         [](const ReportRisk &left, const ReportRisk &right) { return left.gap > right.gap; });
    if (place - report.mostAtRisk.begin() >= ReportBuilder::MostAtRiskCount)
        return;
    report.mostAtRisk.insert(place, risk);
    if (report.mostAtRisk.size() > ReportBuilder::MostAtRiskCount)
        report.mostAtRisk.removeLast();
}

QuarterReport summaryHead(const Repository &repository, const CyclePlan &plan, const QDateTime &generatedAt)
{
    QuarterReport report;
    report.organisation = TextLimits::clipped(TextField::TeamName, repository.teams().organisationName());
    report.cycle = shown(plan.cycle);
    report.generatedAt = generatedAt;
    report.asOf = clampedToCycle(generatedAt.date(), plan.cycle);
    report.expectedProgress = Scoring::expectedProgress(plan.cycle, report.asOf);
    return report;
}

// The coach's review of the report's teams in numbers: the organisation's and those of each team it flagged, the
// teams that most need help writing their OKRs first.
void addCoachReview(QuarterReport &report, const CyclePlan &plan, Id scopeTeamId)
{
    const CycleReview review(Coach(), plan, scopeTeamId);
    report.coach = review.tally();
    for (const CycleReview::TeamItem &team : review.teams()) {
        if (!team.tally.isClean())
            report.coachTeams.append({TextLimits::clipped(TextField::TeamName, team.team->name), team.tally});
    }
    std::stable_sort(report.coachTeams.begin(), report.coachTeams.end(),
                     [](const ReportCoachTeam &left, const ReportCoachTeam &right) {
                         return left.tally.flaggedKeyResultShare() > right.tally.flaggedKeyResultShare();
                     });
    // A report of 1,000 teams would list hundreds: the ones most in need say where help goes first.
    if (report.coachTeams.size() > QuarterReport::CoachTeamsShown) {
        report.coachTeamsNotShown = int(report.coachTeams.size()) - QuarterReport::CoachTeamsShown;
        report.coachTeams.resize(QuarterReport::CoachTeamsShown);
    }
}

// What the summary reads: the cycle's plan without its initiatives, which only the teams' sections print.
CyclePlan planOfSummary(const Repository &repository, Id cycleId)
{
    CyclePlan plan = repository.queries().loadCyclePlanWithoutInitiatives(cycleId);
    plan.rebuildIndex();
    return plan;
}

} // namespace

ReportBuilder::ReportBuilder(const Repository &repository, Id cycleId, Id scopeTeamId, const QDateTime &generatedAt,
                             const PaceThresholds &thresholds)
    : ReportBuilder(repository, planOfSummary(repository, cycleId), scopeTeamId, generatedAt, thresholds)
{
}

ReportBuilder::ReportBuilder(const Repository &repository, const CyclePlan &plan, Id scopeTeamId,
                             const QDateTime &generatedAt, const PaceThresholds &thresholds)
    : m_repository(repository)
    , m_cycle(plan.cycle)
    , m_summary(summaryHead(repository, plan, generatedAt))
    , m_rollUp(plan, m_summary.asOf, thresholds)
{
    m_summary.overallProgress = scopeTeamId == NoId ? m_rollUp.cycle() : m_rollUp.team(scopeTeamId);
    const Collector collector(plan, m_rollUp, m_summary.asOf);
    const Organisation &organisation = plan.organisation();
    if (const Id company = organisation.company(); company != NoId) {
        for (const qsizetype row : plan.objectivesOfTeam(company))
            m_summary.companyObjectives.append(collector.objective(plan.objectives[row]));
    }

    // One objective at a time: the summary keeps numbers and the few most at risk, not the sections.
    for (const Id teamId : organisation.depthFirst(scopeTeamId)) {
        const QList<qsizetype> &objectives = plan.objectivesOfTeam(teamId);
        if (objectives.isEmpty() || (organisation.isCompany(teamId) && !hasKeyResults(plan, objectives)))
            continue; // the company's objectives without key results of their own are all in the summary
        const Team team = shown(*plan.team(teamId));
        m_sectionTeams.append(team);
        m_summary.sectionTitles.append(team.name);
        for (const qsizetype row : objectives) {
            const ReportObjective objective = collector.objective(plan.objectives[row]);
            for (const ReportKeyResult &keyResult : objective.keyResults)
                addToSummary(m_summary, team.name, objective.objective.title, keyResult);
        }
    }
    addCoachReview(m_summary, plan, scopeTeamId);
}

ReportTeam ReportBuilder::section(qsizetype index) const
{
    const Team &team = m_sectionTeams.at(index);
    const CyclePlan plan = m_repository.queries().loadTeamPlan(m_cycle.id, team.id);
    ReportTeam section;
    section.team = team;
    section.progress = m_rollUp.team(team.id);
    const Collector collector(plan, m_rollUp, m_summary.asOf);
    for (const Objective &objective : plan.objectives)
        section.objectives.append(collector.objective(objective));
    addCheckInNotes(section, m_repository.checkIns(), m_cycle);
    if (m_cycle.state == CycleState::Closed)
        if (const auto review = m_repository.reviews().find(m_cycle.id, team.id))
            section.review = shown(*review);
    return section;
}
