#include "coach/PlanChecks.h"

#include "coach/Coach.h"
#include "coach/CoachMessages.h"
#include "model/CyclePlan.h"

#include <QSet>

PlanChecks::PlanChecks(const Coach &coach)
    : m_coach(coach)
{
}

QList<qsizetype> PlanChecks::duplicates(const QStringList &texts) const
{
    QList<KeyResultIdentity> identities;
    identities.reserve(texts.size());
    for (const QString &text : texts)
        identities.append(m_coach.keyResultIdentity(text));
    QList<qsizetype> repeated;
    for (qsizetype i = 1; i < identities.size(); ++i) {
        for (qsizetype earlier = 0; earlier < i; ++earlier) {
            if (identities.at(earlier).isSameAs(identities.at(i))) {
                repeated.append(i);
                break;
            }
        }
    }
    return repeated;
}

QList<CoachFlag> PlanChecks::keyResultSet(const QStringList &keyResultTexts) const
{
    QList<CoachFlag> flags;
    const int count = int(keyResultTexts.size());
    if (count < MinKeyResults)
        flags.append(CoachMessages::tooFewKeyResults(count));
    else if (count > MaxKeyResults)
        flags.append(CoachMessages::tooManyKeyResults(count));
    for (qsizetype index : duplicates(keyResultTexts))
        flags.append(CoachMessages::duplicateKeyResult(keyResultTexts.at(index)));
    return flags;
}

QList<PlanFinding> PlanChecks::plan(const CyclePlan &plan) const
{
    QList<PlanFinding> findings;
    const Organisation &organisation = plan.organisation();

    int companyObjectives = 0;
    for (const Objective &objective : plan.objectives)
        companyObjectives += organisation.isCompany(objective.teamId) ? 1 : 0;

    for (const Objective &objective : plan.objectives) {
        const QList<qsizetype> &rows = plan.keyResultsOf(objective.id);
        QStringList texts;
        QList<Id> ids;
        for (qsizetype row : rows) {
            texts.append(plan.keyResults.at(row).title);
            ids.append(plan.keyResults.at(row).id);
        }
        // A company objective may have no key results of its own: the aligned team objectives measure it.
        const bool rolledUp = rows.isEmpty() && !plan.alignedObjectives(objective.id).isEmpty();
        const int count = int(rows.size());
        if (!rolledUp && count < MinKeyResults)
            findings.append({CoachMessages::tooFewKeyResults(count), objective.teamId, objective.id, ids});
        else if (count > MaxKeyResults)
            findings.append({CoachMessages::tooManyKeyResults(count), objective.teamId, objective.id, ids});
        for (qsizetype index : duplicates(texts))
            findings.append(
                {CoachMessages::duplicateKeyResult(texts.at(index)), objective.teamId, objective.id, {ids.at(index)}});
        const bool teamObjective = !organisation.isCompany(objective.teamId);
        if (teamObjective && companyObjectives > 0 && objective.parentId == NoId)
            findings.append({CoachMessages::notAligned(), objective.teamId, objective.id, {}});
    }

    for (const Team &team : plan.teams) {
        const int count = int(plan.objectivesOfTeam(team.id).size());
        if (organisation.isCompany(team.id)) {
            if (count > MaxCompanyObjectives)
                findings.append({CoachMessages::tooManyCompanyObjectives(count), team.id, NoId, {}});
        } else if (count > MaxTeamObjectives) {
            findings.append({CoachMessages::tooManyTeamObjectives(team.name, count), team.id, NoId, {}});
        }
    }
    return findings;
}
