#pragma once

#include "Ids.h"

#include <QList>
#include <QUndoCommand>

class Repository;

// Carries chosen objectives with their key results from one cycle into a later one (CyclePlanner::carryOver) as
// one undo step; undo removes the copies in one transaction, the old cycle never changes. A refusal or failed
// write is reported and the step dropped.
class CarryOverCommand : public QUndoCommand {
public:
    CarryOverCommand(Repository &repository, Id fromCycleId, Id toCycleId, QList<Id> objectiveIds, const QString &text);

    void redo() override;
    void undo() override;

    const QList<Id> &copies() const { return m_copies; } // the new objectives, after redo()

private:
    Repository &m_repository;
    Id m_fromCycleId;
    Id m_toCycleId;
    QList<Id> m_objectiveIds;
    QList<Id> m_copies;
};
