#include "coach/ReviewMemo.h"

#include "model/CyclePlan.h"

void ReviewMemo::startReview()
{
    // Entries of the review before that this one did not ask about are of objectives gone: they go with it.
    m_last = std::move(m_current);
    m_current.clear();
    m_made = 0;
}

ReviewMemo::Inputs ReviewMemo::inputsOf(const CyclePlan &plan, const Objective &objective)
{
    const Organisation &organisation = plan.organisation();
    Inputs inputs;
    inputs.title = objective.title;
    inputs.aligned = objective.parentId != NoId;
    inputs.ofCompany = organisation.isCompany(objective.teamId);
    for (const Id root : organisation.childrenOf(NoId)) {
        if (!plan.objectivesOfTeam(root).isEmpty()) {
            inputs.companyHasObjectives = true;
            break;
        }
    }
    inputs.measuredByAligned = !plan.alignedObjectives(objective.id).isEmpty();
    const QList<qsizetype> &rows = plan.keyResultsOf(objective.id);
    inputs.keyResults.reserve(rows.size());
    for (const qsizetype row : rows) {
        const KeyResult &keyResult = plan.keyResults.at(row);
        inputs.keyResults.append({keyResult.title, keyResult.start, keyResult.current});
    }
    return inputs;
}

ReviewMemo::Reviews ReviewMemo::reviewed(const CyclePlan &plan, const Objective &objective,
                                         const std::function<Reviews()> &review)
{
    Inputs inputs = inputsOf(plan, objective);
    const auto last = m_last.constFind(objective.id);
    if (last != m_last.constEnd() && last->inputs == inputs) {
        m_current.insert(objective.id, *last);
        return last->reviews;
    }
    ++m_made;
    Reviews made = review();
    m_current.insert(objective.id, {std::move(inputs), made});
    return made;
}
