#pragma once

#include "model/Cycle.h"
#include "model/CyclePlan.h"
#include "model/Ids.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Repository;

// Cycles over a document: proposing and adding them, moving them planning -> active -> closed, and carrying
// objectives into the next cycle. The window and the command line both go through it, so they refuse the same
// things. A refusal throws CycleError with a sentence for the user and changes nothing; storage failures throw
// DocumentError.
class CyclePlanner {
public:
    // `today` decides the quarter proposed when the document has none.
    explicit CyclePlanner(Repository &repository, QDate today = QDate::currentDate());

    Cycle proposedNextQuarter() const;

    // The cycle named `name` (case-insensitive); throws CycleError listing the document's cycles when none is.
    Cycle cycleNamed(const QString &name) const;
    Cycle cycleWithId(Id cycleId) const; // throws CycleError when there is none

    // Adds the cycle in planning (whatever its state says) and returns it with its id. Refuses what
    // CycleRules::problemWithNewCycle refuses.
    Cycle add(Cycle cycle);
    // State changes, refused as CycleRules::problemWithTransition says. Closing keeps every objective, grade,
    // review and check-in: a closed cycle stays readable and correctable.
    Cycle activate(Id cycleId);
    Cycle close(Id cycleId);

    // The objectives of the cycle worth carrying over: those not finished (CycleRules::isFinished), in tree order.
    QList<Id> unfinishedObjectives(Id cycleId) const;

    // Copies the objectives (with their key results) from a closed or active cycle into a later cycle that is not
    // closed, in one transaction; returns the new objectives' ids in the same order. Each key result starts
    // where it ended (start = its last value) with no check-ins: the history stays with the old cycle. Grades are
    // not copied. An objective keeps its alignment when its parent is carried too (to the parent's copy) or lives
    // in another cycle (an annual objective); otherwise it starts unaligned.
    QList<Id> carryOver(Id fromCycleId, Id toCycleId, const QList<Id> &objectiveIds);

private:
    Cycle changeState(Id cycleId, CycleState state);
    void carryObjective(const CyclePlan &plan, const QList<Id> &chosen, Id objectiveId, Id toCycleId,
                        QHash<Id, Id> &copyOf);

    Repository &m_repository;
    QDate m_today;
};
