#include "report/ReportBuilder.h"

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
        result.pace = Scoring::keyResultPace(m_plan.cycle, keyResult, m_asOf);
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
void addCheckInNotes(ReportTeam &team, const QList<CheckIn> &checkIns, const Cycle &cycle)
{
    for (auto checkIn = checkIns.crbegin(); checkIn != checkIns.crend(); ++checkIn) {
        if (!cycle.hasCheckInWeek(checkIn->week))
            continue;
        if (!team.latestCheckInWeek) {
            team.latestCheckInWeek = checkIn->week;
            for (const PlanItem &item : checkIn->items) {
                if (item.kind == PlanItemKind::Problem)
                    team.problems.append({TextLimits::clipped(TextField::PlanItemPerson, item.person),
                                          TextLimits::clipped(TextField::PlanItemText, item.text)});
            }
        }
        if (!checkIn->lessons.trimmed().isEmpty()) {
            team.lessons = TextLimits::clipped(TextField::Lessons, checkIn->lessons);
            return;
        }
    }
}

void addRisks(QuarterReport &report, const ReportTeam &team)
{
    for (const ReportObjective &objective : team.objectives) {
        for (const ReportKeyResult &keyResult : objective.keyResults) {
            if (keyResult.pace)
                ++report.keyResultsByPace[static_cast<std::size_t>(*keyResult.pace)];
            else
                ++report.keyResultsAwaitingCheckIn;
            const bool statedAtRisk = keyResult.confidence && *keyResult.confidence != Confidence::OnTrack;
            const bool behindPace = keyResult.pace && *keyResult.pace != Confidence::OnTrack;
            if (behindPace || statedAtRisk)
                report.mostAtRisk.append({team.team.name, objective.objective.title, keyResult,
                                          keyResult.expectedProgress - keyResult.progress});
        }
    }
}

} // namespace

ReportBuilder::ReportBuilder(const Repository &repository)
    : m_repository(repository)
{
}

QuarterReport ReportBuilder::build(Id cycleId, Id scopeTeamId, const QDateTime &generatedAt) const
{
    const CyclePlan plan = m_repository.queries().loadCyclePlan(cycleId);
    QuarterReport report;
    report.organisation = TextLimits::clipped(TextField::TeamName, m_repository.teams().organisationName());
    report.cycle = shown(plan.cycle);
    report.generatedAt = generatedAt;
    report.asOf = clampedToCycle(generatedAt.date(), plan.cycle);
    report.expectedProgress = Scoring::expectedProgress(plan.cycle, report.asOf);
    const ProgressRollUp rollUp(plan, report.asOf);
    report.overallProgress = scopeTeamId == NoId ? rollUp.cycle() : rollUp.team(scopeTeamId);

    const Collector collector(plan, rollUp, report.asOf);
    const Organisation &organisation = plan.organisation();
    if (const Id company = organisation.company(); company != NoId) {
        for (const qsizetype row : plan.objectivesOfTeam(company))
            report.companyObjectives.append(collector.objective(plan.objectives[row]));
    }

    // A department's teams follow it in the report.
    for (const Id teamId : organisation.depthFirst(scopeTeamId)) {
        const Team &team = *plan.team(teamId);
        const QList<qsizetype> &objectives = plan.objectivesOfTeam(team.id);
        if (objectives.isEmpty() || (organisation.isCompany(team.id) && !hasKeyResults(plan, objectives)))
            continue; // the company's objectives without key results of their own are all in the summary
        ReportTeam section;
        section.team = shown(team);
        section.progress = rollUp.team(team.id);
        for (const qsizetype row : objectives)
            section.objectives.append(collector.objective(plan.objectives[row]));
        addCheckInNotes(section, m_repository.checkIns().ofTeam(team.id), plan.cycle);
        if (plan.cycle.state == CycleState::Closed)
            if (const auto review = m_repository.reviews().find(cycleId, team.id))
                section.review = shown(*review);
        addRisks(report, section);
        report.teams.append(std::move(section));
    }

    std::stable_sort(report.mostAtRisk.begin(), report.mostAtRisk.end(),
                     [](const ReportRisk &left, const ReportRisk &right) { return left.gap > right.gap; });
    if (report.mostAtRisk.size() > MostAtRiskCount)
        report.mostAtRisk.resize(MostAtRiskCount);
    return report;
}
