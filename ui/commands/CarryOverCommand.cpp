#include "commands/CarryOverCommand.h"

#include "cycles/CyclePlanner.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "tree/TreeItem.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

CarryOverCommand::CarryOverCommand(DocumentSession &session, Id fromCycleId, Id toCycleId, QList<Id> objectiveIds)
    : PlanCommand(session, toCycleId,
                  QCoreApplication::translate("CarryOverCommand", "Carry Over %n Objective(s)", nullptr,
                                              static_cast<int>(objectiveIds.size())))
    , m_fromCycleId(fromCycleId)
    , m_objectiveIds(std::move(objectiveIds))
{
}

DocumentChange CarryOverCommand::apply()
{
    if (m_undone.isEmpty()) {
        m_copies = CyclePlanner(repository()).carryOver(m_fromCycleId, cycleId(), m_objectiveIds);
    } else {
        repository().document().transaction([&] {
            for (const RemovedItems &copy : std::as_const(m_undone))
                repository().plan().restore(copy);
        });
        m_undone.clear();
    }
    return change();
}

DocumentChange CarryOverCommand::revert()
{
    // A copy may be aligned to another copy. Removing the aligned ones first keeps each removed subtree's link to
    // its parent copy, and restoring in the reverse order (parents first) puts the links back.
    QList<Id> remaining = m_copies;
    QList<RemovedItems> undone;
    repository().document().transaction([&] {
        while (!remaining.isEmpty()) {
            for (qsizetype index = 0; index < remaining.size(); ++index) {
                RemovedItems subtree = repository().plan().objectiveSubtree(remaining.at(index));
                const bool isParentOfRemaining =
                    std::any_of(subtree.alignedObjectiveIds.cbegin(), subtree.alignedObjectiveIds.cend(),
                                [&](Id aligned) { return remaining.contains(aligned); });
                if (isParentOfRemaining)
                    continue;
                repository().plan().removeObjective(remaining.takeAt(index));
                undone.prepend(std::move(subtree));
                break;
            }
        }
    });
    m_undone = std::move(undone);
    return change();
}

QList<PlanCommand::StoredRow> CarryOverCommand::storedRows() const
{
    QList<StoredRow> rows{{repository().cycles().revision(cycleId()), StoredRow::Check::Present}};
    if (m_copies.isEmpty()) { // the first redo copies the objectives as the user chose them
        for (const Id id : m_objectiveIds)
            rows.append({repository().plan().objectiveRevision(id), StoredRow::Check::Unchanged});
        return rows;
    }
    for (const Id id : m_copies) {
        Objective copy;
        copy.id = id;
        rows += TreeItems::storedSubtree(repository(), copy, m_undone.isEmpty());
    }
    return rows;
}

DocumentChange CarryOverCommand::change() const
{
    return {DocumentChange::Kind::CyclesChanged, cycleId(), m_copies, {}, {}};
}
