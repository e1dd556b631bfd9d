#include "cycles/CycleRules.h"

#include "model/Quarter.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool overlaps(const Cycle &first, const Cycle &second)
{
    return first.start <= second.end && second.start <= first.end;
}

} // namespace

namespace CycleRules {

Cycle proposedNextQuarter(const QList<Cycle> &cycles, QDate today)
{
    const Cycle *latest = nullptr;
    for (const Cycle &cycle : cycles) {
        if (!cycle.annual && (!latest || cycle.end > latest->end))
            latest = &cycle;
    }
    return latest ? Quarter::following(*latest) : Quarter::containing(today);
}

Cycle annualCycle(int year)
{
    Cycle cycle;
    cycle.name = QString::number(year);
    cycle.start = QDate(year, 1, 1);
    cycle.end = QDate(year, 12, 31);
    cycle.annual = true;
    return cycle;
}

QString problemWithNewCycle(const Cycle &candidate, const QList<Cycle> &existing)
{
    const QString name = candidate.name.trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("CycleRules", "A cycle needs a name, such as “2027 Q1”.");
    if (!candidate.start.isValid() || !candidate.end.isValid())
        return QCoreApplication::translate("CycleRules", "The cycle “%1” needs a start and an end date.").arg(name);
    if (candidate.end < candidate.start)
        return QCoreApplication::translate("CycleRules", "The cycle “%1” ends (%2) before it starts (%3).")
            .arg(name, candidate.end.toString(Qt::ISODate), candidate.start.toString(Qt::ISODate));
    for (const Cycle &other : existing) {
        if (other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("CycleRules", "There is already a cycle named “%1”.").arg(other.name);
    }
    for (const Cycle &other : existing) {
        // Quarters may lie inside an annual cycle; two quarters (or two years) may not share a day.
        if (other.annual == candidate.annual && overlaps(other, candidate))
            return QCoreApplication::translate("CycleRules", "“%1” (%2 – %3) overlaps “%4” (%5 – %6).")
                .arg(name, candidate.start.toString(Qt::ISODate), candidate.end.toString(Qt::ISODate), other.name,
                     other.start.toString(Qt::ISODate), other.end.toString(Qt::ISODate));
    }
    return {};
}

QString problemWithTransition(const Cycle &cycle, CycleState state, const QList<Cycle> &existing)
{
    if (cycle.state == state) {
        switch (state) {
        case CycleState::Planning:
            return QCoreApplication::translate("CycleRules", "“%1” is already in planning.").arg(cycle.name);
        case CycleState::Active:
            return QCoreApplication::translate("CycleRules", "“%1” is already active.").arg(cycle.name);
        case CycleState::Closed:
            return QCoreApplication::translate("CycleRules", "“%1” is already closed.").arg(cycle.name);
        }
    }
    switch (state) {
    case CycleState::Planning:
        return QCoreApplication::translate("CycleRules", "“%1” has started: a cycle does not go back to planning.")
            .arg(cycle.name);
    case CycleState::Active: {
        if (cycle.state == CycleState::Closed)
            return QCoreApplication::translate(
                       "CycleRules",
                       "“%1” is closed: it stays readable and correctable, but does not become active again.")
                .arg(cycle.name);
        const auto otherActive = std::find_if(existing.cbegin(), existing.cend(), [&](const Cycle &other) {
            return other.id != cycle.id && other.annual == cycle.annual && other.state == CycleState::Active;
        });
        if (otherActive != existing.cend())
            return (cycle.annual
                        ? QCoreApplication::translate(
                              "CycleRules", "“%1” is still the active annual cycle: close it before activating “%2”.")
                        : QCoreApplication::translate(
                              "CycleRules", "“%1” is still the active quarter: close it before activating “%2”."))
                .arg(otherActive->name, cycle.name);
        return {};
    }
    case CycleState::Closed:
        if (cycle.state == CycleState::Planning)
            return QCoreApplication::translate("CycleRules",
                                               "“%1” has not started: only an active cycle can be closed.")
                .arg(cycle.name);
        return {};
    }
    return {};
}

bool isFinished(const Objective &objective, double progress)
{
    return progress >= 1.0 || (objective.grade && Scoring::gradeColour(*objective.grade, objective.commitment) ==
                                                      Scoring::GradeColour::Green);
}

ClosingOutlook closingOutlook(const Cycle &cycle, const QList<Objective> &objectives, const QList<Cycle> &existing,
                              QDate today)
{
    ClosingOutlook outlook;
    outlook.ungradedObjectives =
        int(std::count_if(objectives.cbegin(), objectives.cend(), [&](const Objective &objective) {
            return objective.cycleId == cycle.id && !objective.grade;
        }));
    outlook.daysBeforeEnd = cycle.end.isValid() && today.isValid() ? std::max<qint64>(0, today.daysTo(cycle.end)) : 0;
    for (const Cycle &other : existing) {
        const bool candidate = other.id != cycle.id && other.annual == cycle.annual &&
                               other.state == CycleState::Planning && other.start >= cycle.start;
        if (candidate && (!outlook.next || other.start < outlook.next->start))
            outlook.next = other;
    }
    return outlook;
}

CheckInVerdict checkInPermission(const Cycle &cycle, bool asCorrection)
{
    switch (cycle.state) {
    case CycleState::Active:
        return {CheckInPermission::Allowed, {}};
    case CycleState::Closed:
        if (asCorrection)
            return {CheckInPermission::AllowedAsCorrection,
                    QCoreApplication::translate("CycleRules", "“%1” is closed: this check-in corrects it.")
                        .arg(cycle.name)};
        return {CheckInPermission::Refused,
                QCoreApplication::translate(
                    "CycleRules",
                    "“%1” is closed: new check-ins go to the active cycle. Save it as a correction to change "
                    "the closed cycle.")
                    .arg(cycle.name)};
    case CycleState::Planning:
        return {CheckInPermission::Refused,
                QCoreApplication::translate("CycleRules",
                                            "“%1” is still in planning: it takes check-ins once it is active.")
                    .arg(cycle.name)};
    }
    return {CheckInPermission::Refused, {}};
}

} // namespace CycleRules
