#include "scoring/ProgressRollUp.h"

#include "scoring/Scoring.h"

#include <cmath>

namespace {

constexpr qsizetype noRow = -1;

// Weights are typed by people: a negative or non-finite one would turn the mean into nonsense or NaN.
double usableWeight(double weight)
{
    return std::isfinite(weight) && weight > 0.0 ? weight : 0.0;
}

// Progress and the progress expected by now, weighted alike so that the gap between them is the objective's.
struct WeightedMean {
    double weightedSum = 0.0;
    double weightedExpected = 0.0;
    double totalWeight = 0.0;
    bool hasContributors = false;

    void add(double value, double expected, double weight)
    {
        const double usable = usableWeight(weight);
        weightedSum += value * usable;
        weightedExpected += expected * usable;
        totalWeight += usable;
        hasContributors = true;
    }

    double value() const { return meanOf(weightedSum); }
    double expected() const { return meanOf(weightedExpected); }

    // Every weight set to zero is a choice people can make: it reads as no progress, not 0 / 0.
    double meanOf(double sum) const
    {
        if (totalWeight <= 0.0)
            return 0.0;
        const double mean = sum / totalWeight;
        return std::isfinite(mean) ? mean : 0.0; // sums of absurdly large weights overflow
    }
};

struct Mean {
    double sum = 0.0;
    qsizetype count = 0;

    void add(double value)
    {
        sum += value;
        ++count;
    }
    double value() const { return count == 0 ? 0.0 : sum / double(count); }
};

} // namespace

ProgressRollUp::ProgressRollUp(const CyclePlan &plan, QDate day, const PaceThresholds &thresholds)
    : m_thresholds(thresholds)
{
    const double cycleExpected = Scoring::expectedProgress(plan.cycle, day);
    const QList<Objective> &objectives = plan.objectives;
    const qsizetype objectiveCount = objectives.size();

    QList<WeightedMean> contributions(objectiveCount);
    QList<qsizetype> parentRow(objectiveCount, noRow);
    QList<qsizetype> childrenPending(objectiveCount, 0);
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        for (const qsizetype keyResultRow : plan.keyResultsOf(objectives[row].id)) {
            const KeyResult &keyResult = plan.keyResults[keyResultRow];
            const double progress = Scoring::progress(keyResult);
            // One waiting for its first check-in counts its progress but expects no more: no pull on the status.
            const double expected = Scoring::awaitsFirstCheckIn(plan.cycle, keyResult)
                                        ? progress
                                        : Scoring::expectedProgress(plan.cycle, keyResult, day);
            contributions[row].add(progress, expected, keyResult.weight);
        }
        const QList<qsizetype> &children = plan.alignedObjectives(objectives[row].id);
        childrenPending[row] = children.size();
        for (const qsizetype child : children)
            parentRow[child] = row;
    }

    // Children before parents: an objective is finished once every objective aligned to it is, and then adds
    // itself to its parent. Each objective and key result is visited once, with no recursion however deep
    // the alignment goes.
    QList<double> progress(objectiveCount, 0.0);
    QList<double> expected(objectiveCount, cycleExpected); // nothing to measure is due on the cycle's clock
    QList<qsizetype> ready; // rows whose aligned objectives are all finished, in the order they became so
    ready.reserve(objectiveCount);
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        if (childrenPending[row] == 0)
            ready.append(row);
    }
    const auto finish = [&](qsizetype row) {
        progress[row] = contributions[row].value();
        if (contributions[row].hasContributors)
            expected[row] = contributions[row].expected();
    };
    for (qsizetype next = 0; next < ready.size(); ++next) {
        const qsizetype row = ready[next];
        finish(row);
        const qsizetype parent = parentRow[row];
        if (parent == noRow)
            continue;
        contributions[parent].add(progress[row], expected[row], objectives[row].weight);
        if (--childrenPending[parent] == 0)
            ready.append(parent);
    }
    // Objectives still waiting sit on an alignment cycle (a -> b -> a, only in bad data): each one keeps what
    // the rest of the plan gives it and ignores the aligned objective that closes the loop.
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        if (childrenPending[row] > 0)
            finish(row);
    }

    m_objectives.reserve(objectiveCount);
    QHash<Id, Mean> teamMeans;
    QHash<Id, Mean> teamExpectedMeans;
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        const Objective &objective = objectives[row];
        m_objectives.insert(objective.id, {progress[row], expected[row], contributions[row].hasContributors});
        const qsizetype parent = parentRow[row];
        if (parent == noRow || objectives[parent].teamId != objective.teamId) {
            teamMeans[objective.teamId].add(progress[row]);
            teamExpectedMeans[objective.teamId].add(expected[row]);
        }
    }
    m_teams.reserve(teamMeans.size());
    for (auto team = teamMeans.cbegin(); team != teamMeans.cend(); ++team)
        m_teams.insert(team.key(), {team.value().value(), teamExpectedMeans.value(team.key()).value(), true});

    Mean cycleMean;
    Mean cycleExpectedMean;
    for (const qsizetype row : plan.topLevelObjectives()) {
        cycleMean.add(progress[row]);
        cycleExpectedMean.add(expected[row]);
    }
    m_cycle = {cycleMean.value(), cycleMean.count == 0 ? cycleExpected : cycleExpectedMean.value(), true};
}

double ProgressRollUp::objective(Id objectiveId) const
{
    return m_objectives.value(objectiveId).progress;
}

bool ProgressRollUp::hasContributors(Id objectiveId) const
{
    return m_objectives.value(objectiveId).hasContributors;
}

double ProgressRollUp::objectiveExpected(Id objectiveId) const
{
    return m_objectives.value(objectiveId).expected;
}

Confidence ProgressRollUp::objectivePace(Id objectiveId) const
{
    return paceOf(m_objectives.value(objectiveId));
}

double ProgressRollUp::team(Id teamId) const
{
    return m_teams.value(teamId).progress;
}

double ProgressRollUp::teamExpected(Id teamId) const
{
    return m_teams.value(teamId).expected;
}

Confidence ProgressRollUp::teamPace(Id teamId) const
{
    return paceOf(m_teams.value(teamId));
}

double ProgressRollUp::cycle() const
{
    return m_cycle.progress;
}

double ProgressRollUp::cycleExpected() const
{
    return m_cycle.expected;
}

Confidence ProgressRollUp::cyclePace() const
{
    return paceOf(m_cycle);
}

Confidence ProgressRollUp::paceOf(const Rolled &rolled) const
{
    return Scoring::paceStatus(rolled.expected, rolled.progress, m_thresholds);
}
