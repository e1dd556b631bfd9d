#include "charts/ChartSeries.h"

#include <QSet>

#include <algorithm>

namespace ChartSeries {

namespace {

bool isMaintainKind(KeyResultKind kind)
{
    return kind == KeyResultKind::KeepAbove || kind == KeyResultKind::KeepBelow;
}

// The objective and everything aligned below it, as a plan of its own: its progress rolls up exactly as in the
// whole plan, and a week's recomputation touches only these key results.
CyclePlan subtreeOf(const CyclePlan &plan, Id objectiveId)
{
    CyclePlan subtree;
    subtree.cycle = plan.cycle;
    QList<qsizetype> pending;
    QSet<Id> visited; // alignment loops exist only in bad data, but must not loop here
    for (qsizetype row = 0; row < plan.objectives.size(); ++row) {
        if (plan.objectives[row].id == objectiveId)
            pending.append(row);
    }
    while (!pending.isEmpty()) {
        const Objective &objective = plan.objectives[pending.takeLast()];
        if (visited.contains(objective.id))
            continue;
        visited.insert(objective.id);
        subtree.objectives.append(objective);
        if (objective.id == objectiveId)
            subtree.objectives.last().parentId = NoId;
        for (const qsizetype keyResultRow : plan.keyResultsOf(objective.id))
            subtree.keyResults.append(plan.keyResults[keyResultRow]);
        pending.append(plan.alignedObjectives(objective.id));
    }
    subtree.rebuildIndex();
    return subtree;
}

} // namespace

std::optional<double> valueOn(const QList<Scoring::ValuePoint> &history, QDate day)
{
    std::optional<double> value;
    for (const Scoring::ValuePoint &point : history) {
        if (point.date > day)
            break;
        value = point.value;
    }
    return value;
}

std::optional<Confidence> statedOn(const QList<Scoring::ValuePoint> &history, QDate day, QDate since)
{
    std::optional<Confidence> stated;
    for (const Scoring::ValuePoint &point : history) {
        if (point.date > day)
            break;
        if (point.stated && (!since.isValid() || point.date > since))
            stated = point.stated;
    }
    return stated;
}

KeyResultSeries keyResult(const KeyResult &keyResult, const QList<Scoring::ValuePoint> &history, const Cycle &cycle)
{
    KeyResultSeries series;
    for (const Scoring::ValuePoint &point : history) {
        if (cycle.contains(point.date))
            series.values.append(point);
    }
    series.startLine = {{cycle.start, keyResult.start}, {cycle.end, keyResult.start}};
    series.targetLine = {{cycle.start, keyResult.target}, {cycle.end, keyResult.target}};
    if (!isMaintainKind(keyResult.kind))
        series.expectedPace = {{cycle.start, keyResult.start}, {cycle.end, keyResult.target}};

    if (!series.values.isEmpty() && series.values.last().date < cycle.end) {
        if (const auto projected = Scoring::forecast(keyResult, series.values, cycle.end))
            series.forecast = {series.values.last(), {cycle.end, projected->projectedValue}};
    }
    return series;
}

BurnUp objectiveBurnUp(const CyclePlan &plan, const KeyResultHistories &histories, Id objectiveId, QDate referenceDate)
{
    BurnUp burnUp;
    const Cycle &cycle = plan.cycle;
    if (!plan.objective(objectiveId) || !cycle.start.isValid() || !cycle.end.isValid())
        return burnUp;
    burnUp.expectedPace = {{cycle.start, 0.0}, {cycle.end, 1.0}};

    CyclePlan subtree = subtreeOf(plan, objectiveId);
    const auto progressOn = [&](QDate day) {
        for (KeyResult &keyResult : subtree.keyResults)
            keyResult.current = valueOn(histories.value(keyResult.id), day);
        return ProgressRollUp(subtree).objective(objectiveId);
    };

    burnUp.progress.append({cycle.start, progressOn(cycle.start.addDays(-1))});
    for (const IsoWeek &week : cycle.checkInWeeks()) {
        if (week.monday() > referenceDate)
            break;
        burnUp.progress.append({week.friday(), progressOn(week.friday())});
    }
    return burnUp;
}

QList<Id> burnUpKeyResults(const CyclePlan &plan, Id objectiveId)
{
    QList<Id> ids;
    for (const KeyResult &keyResult : subtreeOf(plan, objectiveId).keyResults)
        ids.append(keyResult.id);
    return ids;
}

QList<TeamProgress> teamProgress(const CyclePlan &plan, const ProgressRollUp &rollUp)
{
    QList<TeamProgress> teams;
    for (const Team &team : plan.teams) {
        if (plan.objectivesOfTeam(team.id).isEmpty())
            continue;
        teams.append({team.id, team.name, rollUp.team(team.id), rollUp.teamPace(team.id)});
    }
    return teams;
}

QList<TeamProgress> furthestBehind(QList<TeamProgress> teams, qsizetype count)
{
    std::stable_sort(teams.begin(), teams.end(), [](const TeamProgress &left, const TeamProgress &right) {
        return left.progress < right.progress;
    });
    if (teams.size() > count)
        teams.resize(std::max<qsizetype>(count, 0));
    return teams;
}

StatusCounts statusDistribution(const CyclePlan &plan, const ProgressRollUp &rollUp)
{
    StatusCounts counts;
    for (const Objective &objective : plan.objectives) {
        if (!rollUp.hasContributors(objective.id))
            continue;
        switch (rollUp.objectivePace(objective.id)) {
        case Confidence::OnTrack:
            ++counts.onTrack;
            break;
        case Confidence::AtRisk:
            ++counts.atRisk;
            break;
        case Confidence::OffTrack:
            ++counts.offTrack;
            break;
        }
    }
    return counts;
}

QList<TeamGrades> gradesPerTeam(const QList<Team> &teams, const QList<Cycle> &cycles,
                                const QList<GradedObjective> &gradedObjectives)
{
    QHash<Id, qsizetype> cycleColumn;
    for (qsizetype column = 0; column < cycles.size(); ++column)
        cycleColumn.insert(cycles[column].id, column);

    struct Sum {
        double total = 0.0;
        int count = 0;
    };
    QHash<Id, QList<Sum>> sums; // by team, one per cycle
    for (const GradedObjective &objective : gradedObjectives) {
        const auto column = cycleColumn.constFind(objective.cycleId);
        if (column == cycleColumn.constEnd())
            continue;
        QList<Sum> &teamSums = sums[objective.teamId];
        teamSums.resize(cycles.size());
        teamSums[*column].total += objective.grade;
        ++teamSums[*column].count;
    }

    QList<TeamGrades> result;
    for (const Team &team : teams) {
        const auto found = sums.constFind(team.id);
        if (found == sums.constEnd())
            continue;
        TeamGrades grades{team.id, team.name, {}};
        for (const Sum &sum : *found)
            grades.grades.append(sum.count == 0 ? std::nullopt : std::optional<double>(sum.total / sum.count));
        result.append(grades);
    }
    return result;
}

QList<TeamGrades> lowestGraded(QList<TeamGrades> teams, qsizetype count)
{
    const auto meanGrade = [](const TeamGrades &team) {
        double total = 0.0;
        int graded = 0;
        for (const std::optional<double> &grade : team.grades) {
            if (grade) {
                total += *grade;
                ++graded;
            }
        }
        return graded == 0 ? 0.0 : total / graded;
    };
    std::stable_sort(teams.begin(), teams.end(), [&meanGrade](const TeamGrades &left, const TeamGrades &right) {
        return meanGrade(left) < meanGrade(right);
    });
    if (teams.size() > count)
        teams.resize(std::max<qsizetype>(count, 0));
    return teams;
}

} // namespace ChartSeries
