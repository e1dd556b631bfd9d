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
    for (const Objective &objective : plan.objectives)
        findings.append(objectiveInPlan(plan, objective));
    for (const Team &team : plan.teams) {
        if (std::optional<PlanFinding> finding = teamInPlan(plan, team))
            findings.append(std::move(*finding));
    }
    return findings;
}

QList<PlanFinding> PlanChecks::objectiveInPlan(const CyclePlan &plan, const Objective &objective) const
{
    QList<PlanFinding> findings;
    const Organisation &organisation = plan.organisation();
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
    if (objective.parentId == NoId && !organisation.isCompany(objective.teamId) && companyObjectives(plan) > 0)
        findings.append({CoachMessages::notAligned(), objective.teamId, objective.id, {}});
    return findings;
}

std::optional<PlanFinding> PlanChecks::teamInPlan(const CyclePlan &plan, const Team &team) const
{
    const int count = int(plan.objectivesOfTeam(team.id).size());
    if (plan.organisation().isCompany(team.id)) {
        if (count > MaxCompanyObjectives)
            return PlanFinding{CoachMessages::tooManyCompanyObjectives(count), team.id, NoId, {}};
    } else if (count > MaxTeamObjectives) {
        return PlanFinding{CoachMessages::tooManyTeamObjectives(team.name, count), team.id, NoId, {}};
    }
    return std::nullopt;
}

QList<CoachFlag> PlanChecks::objectiveFlags(const QList<PlanFinding> &findings)
{
    QList<CoachFlag> flags;
    for (const PlanFinding &finding : findings) {
        if (finding.flag.code != QLatin1String(CoachCode::DuplicateKeyResult))
            flags.append(finding.flag);
    }
    return flags;
}

QList<CoachFlag> PlanChecks::keyResultFlags(const QList<PlanFinding> &findings, Id keyResultId)
{
    QList<CoachFlag> flags;
    for (const PlanFinding &finding : findings) {
        if (finding.flag.code == QLatin1String(CoachCode::DuplicateKeyResult) &&
            finding.keyResultIds.contains(keyResultId))
            flags.append(finding.flag);
    }
    return flags;
}

qsizetype PlanChecks::companyObjectives(const CyclePlan &plan)
{
    qsizetype count = 0;
    for (const Id root : plan.organisation().childrenOf(NoId))
        count += plan.objectivesOfTeam(root).size();
    return count;
}
