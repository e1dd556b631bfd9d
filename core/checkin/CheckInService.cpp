#include "checkin/CheckInService.h"

#include "checkin/CheckInRules.h"
#include "cycles/CycleRules.h"
#include "model/CyclePlan.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CheckInService", text);
}

// The cycle a week's check-ins belong to: a quarter rather than the annual cycle around it.
std::optional<Cycle> cycleOfWeek(const QList<Cycle> &cycles, IsoWeek week)
{
    std::optional<Cycle> found;
    for (const Cycle &cycle : cycles) {
        if (cycle.hasCheckInWeek(week) && (!found || (found->annual && !cycle.annual)))
            found = cycle;
    }
    return found;
}

} // namespace

CheckInService::CheckInService(Repository &repository, QDate today)
    : m_repository(repository)
    , m_today(today)
{
}

IsoWeek CheckInService::defaultWeek(int checkInWeekday) const
{
    const IsoWeek thisWeek = currentWeek();
    if (m_today.dayOfWeek() < checkInWeekday && checkWeek(lastWeek()).allowed())
        return lastWeek();
    if (checkWeek(thisWeek).allowed())
        return thisWeek;
    std::optional<IsoWeek> latest;
    for (const Cycle &cycle : m_repository.cycles().all()) {
        if (cycle.state == CycleState::Planning)
            continue;
        for (const IsoWeek week : cycle.checkInWeeks()) {
            if (week <= thisWeek && (!latest || week > *latest))
                latest = week;
        }
    }
    return latest.value_or(thisWeek);
}

CheckInService::WeekCheck CheckInService::checkWeek(IsoWeek week) const
{
    WeekCheck check;
    if (!week.isValid()) {
        check.refusal = translated(QT_TRANSLATE_NOOP("CheckInService", "%1 is not a week.")).arg(week.toString());
        return check;
    }
    if (week > currentWeek()) {
        check.refusal =
            translated(QT_TRANSLATE_NOOP("CheckInService",
                                         "%1 has not started yet: check in for this week (%2) or an earlier one."))
                .arg(week.toString(), currentWeek().toString());
        return check;
    }
    check.cycle = cycleOfWeek(m_repository.cycles().all(), week);
    if (!check.cycle) {
        check.refusal =
            translated(
                QT_TRANSLATE_NOOP(
                    "CheckInService",
                    "%1 is outside every cycle: there are no key results to check in. Add a cycle holding it first."))
                .arg(week.toString());
        return check;
    }
    const CycleRules::CheckInVerdict verdict = CycleRules::checkInPermission(*check.cycle, m_correcting);
    if (verdict.permission == CycleRules::CheckInPermission::Refused)
        check.refusal = translated(QT_TRANSLATE_NOOP("CheckInService", "%1: %2")).arg(week.toString(), verdict.reason);
    else
        check.notice = verdict.reason;
    return check;
}

QList<CheckInService::KeyResultLine> CheckInService::keyResultLines(Id teamId, IsoWeek week) const
{
    const WeekCheck check = checkWeek(week);
    if (!check.allowed())
        return {};
    const CyclePlan plan = m_repository.queries().loadCyclePlan(check.cycle->id, teamId);
    const std::optional<CheckIn> saved = m_repository.checkIns().find(teamId, week);
    QList<KeyResultLine> lines;
    for (const qsizetype objectiveRow : plan.objectivesOfTeam(teamId)) {
        const Objective &objective = plan.objectives.at(objectiveRow);
        for (const qsizetype keyResultRow : plan.keyResultsOf(objective.id)) {
            KeyResultLine line;
            line.keyResult = plan.keyResults.at(keyResultRow);
            line.objectiveTitle = objective.title;
            const QList<KeyResultTimelineEntry> timeline = m_repository.queries().keyResultTimeline(line.keyResult.id);
            for (const KeyResultTimelineEntry &entry : timeline) {
                if (entry.week < week)
                    line.previous = entry;
            }
            if (saved) {
                for (const KeyResultUpdate &update : saved->updates) {
                    if (update.keyResultId == line.keyResult.id)
                        line.saved = update;
                }
            }
            lines.append(line);
        }
    }
    return lines;
}

const CheckInService::KeyResultLine *CheckInService::findKeyResult(const QList<KeyResultLine> &lines,
                                                                   const QString &key, QString &error)
{
    bool isNumber = false;
    const Id id = key.trimmed().toLongLong(&isNumber);
    const KeyResultLine *found = nullptr;
    int titleMatches = 0;
    for (const KeyResultLine &line : lines) {
        if (isNumber && line.keyResult.id == id)
            return &line;
        if (line.keyResult.title == key) {
            found = &line;
            ++titleMatches;
        }
    }
    if (titleMatches == 1)
        return found;
    error = titleMatches > 1
                ? translated(QT_TRANSLATE_NOOP(
                                 "CheckInService",
                                 "'%1' is the title of %2 of the team's key results: use the key result's id instead."))
                      .arg(key, QString::number(titleMatches))
                : translated(QT_TRANSLATE_NOOP(
                                 "CheckInService",
                                 "'%1' is neither the id nor the exact title of one of the team's key results in this "
                                 "week's cycle."))
                      .arg(key);
    return nullptr;
}

CheckInService::CarriedPlans CheckInService::offeredPlans(Id teamId, IsoWeek week) const
{
    CarriedPlans carried;
    const QList<CheckIn> checkIns = m_repository.checkIns().ofTeam(teamId);
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.week < week) {
            carried.from = checkIn.week;
            carried.plans = CheckInRules::unfinishedPlans(checkIn);
        }
    }
    return carried;
}

QStringList CheckInService::problems(const CheckIn &checkIn) const
{
    QStringList problems;
    if (m_repository.teams().revision(checkIn.teamId) == NotStored)
        problems.append(translated(QT_TRANSLATE_NOOP("CheckInService", "The team %1 does not exist in this document."))
                            .arg(checkIn.teamId));
    const WeekCheck week = checkWeek(checkIn.week);
    if (!week.allowed()) {
        problems.append(week.refusal);
        return problems;
    }
    const QSet<Id> active = m_repository.queries().keyResultIdsOfTeam(week.cycle->id, checkIn.teamId);
    QSet<Id> updated;
    for (const KeyResultUpdate &update : checkIn.updates) {
        if (!active.contains(update.keyResultId))
            problems.append(
                translated(QT_TRANSLATE_NOOP("CheckInService",
                                             "The key result %1 is not one of the team's key results in %2."))
                    .arg(update.keyResultId)
                    .arg(week.cycle->name));
        else if (updated.contains(update.keyResultId))
            problems.append(translated(QT_TRANSLATE_NOOP("CheckInService", "The key result %1 is updated twice."))
                                .arg(update.keyResultId));
        if (!std::isfinite(update.value))
            problems.append(
                translated(QT_TRANSLATE_NOOP("CheckInService", "The value of key result %1 is not a number."))
                    .arg(update.keyResultId));
        updated.insert(update.keyResultId);
    }
    for (const PlanItem &item : checkIn.items) {
        if (item.keyResultId != NoId && !active.contains(item.keyResultId))
            problems.append(
                translated(QT_TRANSLATE_NOOP("CheckInService",
                                             "The plan '%1' links to a key result that is not the team's in %2."))
                    .arg(item.text, week.cycle->name));
    }
    return problems;
}

Id CheckInService::save(const CheckIn &checkIn)
{
    Id id = NoId;
    // Checked in the transaction that writes, so that what was checked is still so when it is written.
    m_repository.document().transaction([&] {
        const QStringList found = problems(checkIn);
        if (!found.isEmpty())
            throw DocumentError(found.join(u'\n'));
        id = m_repository.checkIns().save(CheckInRules::normalised(checkIn));
    });
    return id;
}

QList<CheckInService::StalledKeyResult> CheckInService::stalledKeyResults(Id cycleId, std::optional<Id> onlyTeam) const
{
    const CyclePlan plan = m_repository.queries().loadCyclePlan(cycleId, onlyTeam);
    // The board's histories and its rule: one value per week, and a key result at its target is done, not stalled.
    const QHash<Id, QList<Scoring::ValuePoint>> histories =
        m_repository.queries().keyResultHistoriesOfCycle(cycleId, onlyTeam);
    QList<StalledKeyResult> stalled;
    for (const KeyResult &keyResult : plan.keyResults) {
        const QList<Scoring::ValuePoint> history = histories.value(keyResult.id);
        if (!Scoring::isStalled(keyResult, history))
            continue;
        qsizetype first = history.size() - 1;
        while (first > 0 && history.at(first - 1).value == history.last().value)
            --first;
        const Objective *objective = plan.objective(keyResult.objectiveId);
        stalled.append({keyResult, objective ? objective->teamId : NoId, IsoWeek::containing(history.at(first).date)});
    }
    return stalled;
}

QList<Team> CheckInService::teamsMissingCheckIn(std::optional<IsoWeek> week) const
{
    const IsoWeek chosen = week.value_or(lastWeek());
    const std::optional<Cycle> cycle = cycleOfWeek(m_repository.cycles().all(), chosen);
    if (!cycle)
        return {};
    const CyclePlan plan = m_repository.queries().loadCyclePlan(cycle->id);
    const QList<Id> checkedIn = m_repository.checkIns().teamsCheckedIn(chosen);
    const QSet<Id> done(checkedIn.cbegin(), checkedIn.cend());
    QList<Team> missing;
    for (const Team &team : plan.teams) {
        if (done.contains(team.id))
            continue;
        const QList<qsizetype> &objectives = plan.objectivesOfTeam(team.id);
        const bool hasKeyResults = std::any_of(objectives.cbegin(), objectives.cend(), [&](qsizetype row) {
            return !plan.keyResultsOf(plan.objectives.at(row).id).isEmpty();
        });
        if (hasKeyResults)
            missing.append(team);
    }
    return missing;
}
