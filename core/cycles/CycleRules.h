#pragma once

#include "model/Cycle.h"
#include "model/Objective.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The rules of cycles that need no document: what to propose, what may be added, which state changes are allowed
// and whether a cycle takes check-ins. Every refusal is a sentence for the user; empty means allowed.
namespace CycleRules {

// The quarter to plan next: the one after the latest quarter, or the quarter around `today` when there is none.
// Annual cycles are skipped. Id 0, state planning.
Cycle proposedNextQuarter(const QList<Cycle> &cycles, QDate today);

// The annual cycle of `year`: "2027", Jan 1 - Dec 31. Id 0, state planning.
Cycle annualCycle(int year);

// Why `candidate` cannot be added beside `existing`: no name, missing dates, an end before the start, a name
// already used (case-insensitive), or dates overlapping another cycle of the same kind (quarter or annual).
QString problemWithNewCycle(const Cycle &candidate, const QList<Cycle> &existing);

// Why `cycle` cannot move to `state`. Only planning -> active -> closed; at most one active quarter and one active
// annual cycle at a time. `existing` holds every cycle of the document (it may include `cycle` itself).
QString problemWithTransition(const Cycle &cycle, CycleState state, const QList<Cycle> &existing);

// An objective is finished when its progress is full, or when the review graded it a success (green by its
// committed or aspirational rule): carrying it over is then a choice, not the default.
bool isFinished(const Objective &objective, double progress);

// What closing a cycle means, for the question asked before it closes.
struct ClosingOutlook {
    int ungradedObjectives = 0; // of the cycle: the review grades them
    qint64 daysBeforeEnd = 0;   // from the closing day to the planned end; 0 on or after the end
    std::optional<Cycle> next;  // the cycle to activate after it: the earliest planned one of its kind after it
};

// The outlook of closing `cycle` on `today`; `objectives` are the cycle's, `existing` every cycle of the document.
ClosingOutlook closingOutlook(const Cycle &cycle, const QList<Objective> &objectives, const QList<Cycle> &existing,
                              QDate today);

enum class CheckInPermission {
    Allowed,             // the active cycle: the normal weekly check-in
    AllowedAsCorrection, // a closed cycle, when the user says it is a correction
    Refused,
};

struct CheckInVerdict {
    CheckInPermission permission = CheckInPermission::Refused;
    QString reason; // why it is refused, or what to tell while correcting; empty for a normal check-in
};

// New check-ins go to the active cycle. A closed cycle stays correctable: it takes check-ins only when the user
// asks for a correction. A cycle still in planning has not started and takes none.
CheckInVerdict checkInPermission(const Cycle &cycle, bool asCorrection);

} // namespace CycleRules
