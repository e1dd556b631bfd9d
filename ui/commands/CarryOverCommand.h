#pragma once

#include "document/PlanCommand.h"
#include "storage/RemovedItems.h"

#include <QList>

// Carries chosen objectives with their key results from one cycle into a later one (CyclePlanner::carryOver) as
// one undo step; undo removes the copies in one transaction, the old cycle never changes. Redo puts back the same
// copies (same ids), so later steps that name them stay valid. A refusal or failed write is reported and the step
// dropped (PlanCommand). Refused when another writer changed the chosen objectives since the user chose them, or
// removed the target cycle; undo when another writer changed a copy since.
class CarryOverCommand : public PlanCommand {
public:
    CarryOverCommand(DocumentSession &session, Id fromCycleId, Id toCycleId, QList<Id> objectiveIds);

    const QList<Id> &copies() const { return m_copies; } // the new objectives, after redo()

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    DocumentChange change() const;

    Id m_fromCycleId;
    QList<Id> m_objectiveIds;
    QList<Id> m_copies;
    QList<RemovedItems> m_undone; // what undo took away, parents first, for the next redo
};
