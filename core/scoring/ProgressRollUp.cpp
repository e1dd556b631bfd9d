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

struct WeightedMean {
    double weightedSum = 0.0;
    double totalWeight = 0.0;
    bool hasContributors = false;

    void add(double value, double weight)
    {
        const double usable = usableWeight(weight);
        weightedSum += value * usable;
        totalWeight += usable;
        hasContributors = true;
    }

    // Every weight set to zero is a choice people can make: it reads as no progress, not 0 / 0.
    double value() const
    {
        if (totalWeight <= 0.0)
            return 0.0;
        const double mean = weightedSum / totalWeight;
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

ProgressRollUp::ProgressRollUp(const CyclePlan &plan)
{
    const QList<Objective> &objectives = plan.objectives;
    const qsizetype objectiveCount = objectives.size();

    QList<WeightedMean> contributions(objectiveCount);
    QList<qsizetype> parentRow(objectiveCount, noRow);
    QList<qsizetype> childrenPending(objectiveCount, 0);
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        for (const qsizetype keyResultRow : plan.keyResultsOf(objectives[row].id)) {
            const KeyResult &keyResult = plan.keyResults[keyResultRow];
            contributions[row].add(Scoring::progress(keyResult), keyResult.weight);
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
    QList<qsizetype> ready; // rows whose aligned objectives are all finished, in the order they became so
    ready.reserve(objectiveCount);
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        if (childrenPending[row] == 0)
            ready.append(row);
    }
    for (qsizetype next = 0; next < ready.size(); ++next) {
        const qsizetype row = ready[next];
        progress[row] = contributions[row].value();
        const qsizetype parent = parentRow[row];
        if (parent == noRow)
            continue;
        contributions[parent].add(progress[row], objectives[row].weight);
        if (--childrenPending[parent] == 0)
            ready.append(parent);
    }
    // Objectives still waiting sit on an alignment cycle (a -> b -> a, only in bad data): each one keeps what
    // the rest of the plan gives it and ignores the aligned objective that closes the loop.
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        if (childrenPending[row] > 0)
            progress[row] = contributions[row].value();
    }

    m_objectives.reserve(objectiveCount);
    QHash<Id, Mean> teamMeans;
    for (qsizetype row = 0; row < objectiveCount; ++row) {
        const Objective &objective = objectives[row];
        m_objectives.insert(objective.id, {progress[row], contributions[row].hasContributors});
        const qsizetype parent = parentRow[row];
        if (parent == noRow || objectives[parent].teamId != objective.teamId)
            teamMeans[objective.teamId].add(progress[row]);
    }
    m_teamProgress.reserve(teamMeans.size());
    for (auto team = teamMeans.cbegin(); team != teamMeans.cend(); ++team)
        m_teamProgress.insert(team.key(), team.value().value());

    Mean cycleMean;
    for (const qsizetype row : plan.topLevelObjectives())
        cycleMean.add(progress[row]);
    m_cycleProgress = cycleMean.value();
}

double ProgressRollUp::objective(Id objectiveId) const
{
    return m_objectives.value(objectiveId).progress;
}

bool ProgressRollUp::hasContributors(Id objectiveId) const
{
    return m_objectives.value(objectiveId).hasContributors;
}

double ProgressRollUp::team(Id teamId) const
{
    return m_teamProgress.value(teamId, 0.0);
}

double ProgressRollUp::cycle() const
{
    return m_cycleProgress;
}
