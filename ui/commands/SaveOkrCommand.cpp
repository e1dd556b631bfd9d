#include "commands/SaveOkrCommand.h"

#include "storage/Document.h"
#include "storage/Repository.h"
#include "tree/TreeItem.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString commandText(const OkrDraft &draft)
{
    return draft.objective.id == NoId
               ? QCoreApplication::translate("SaveOkrCommand", "Add OKR “%1”").arg(draft.objective.title)
               : QCoreApplication::translate("SaveOkrCommand", "Rework OKR “%1”").arg(draft.objective.title);
}

} // namespace

SaveOkrCommand::SaveOkrCommand(DocumentSession &session, OkrDraft draft)
    : PlanCommand(session, draft.objective.cycleId, commandText(draft))
    , m_draft(std::move(draft))
{
}

DocumentChange SaveOkrCommand::apply()
{
    Repository &repo = repository();
    repo.document().transaction([&] {
        if (!m_after) {
            writeFirstTime();
            return;
        }
        // Redo: the rows the first redo wrote, with their ids, in place of what undo left.
        if (m_before)
            repo.plan().removeObjective(m_draft.objective.id);
        repo.plan().restore(*m_after);
    });
    return changeNamingEverything(DocumentChange::Kind::ItemsAdded, *m_after);
}

DocumentChange SaveOkrCommand::revert()
{
    Repository &repo = repository();
    repo.document().transaction([&] {
        // Read again: commands since undone may have added rows below the objective.
        m_after = repo.plan().objectiveSubtree(m_draft.objective.id);
        repo.plan().removeObjective(m_draft.objective.id);
        if (m_before)
            repo.plan().restore(*m_before);
    });
    return changeNamingEverything(m_before ? DocumentChange::Kind::ItemsMoved : DocumentChange::Kind::ItemsRemoved,
                                  *m_after);
}

QList<PlanCommand::StoredRow> SaveOkrCommand::storedRows() const
{
    // A reworked objective is there before and after; a new one only after its first redo.
    return TreeItems::storedSubtree(repository(), m_draft.objective, m_before.has_value());
}

void SaveOkrCommand::writeFirstTime()
{
    Repository &repo = repository();
    if (m_draft.objective.id == NoId) {
        m_draft.objective.id = repo.plan().addObjective(m_draft.objective);
    } else {
        m_before = repo.plan().objectiveSubtree(m_draft.objective.id);
        repo.plan().updateObjective(m_draft.objective);
    }
    writeKeyResults();
    m_after = repo.plan().objectiveSubtree(m_draft.objective.id);
}

void SaveOkrCommand::writeKeyResults()
{
    Repository &repo = repository();
    QSet<Id> keptKeyResults;
    QSet<Id> keptInitiatives;
    for (const OkrDraft::KeyResultPlan &plan : std::as_const(m_draft.keyResults)) {
        keptKeyResults.insert(plan.keyResult.id);
        for (const Initiative &initiative : plan.initiatives)
            keptInitiatives.insert(initiative.id);
    }
    // Removals first, so the positions below count only what stays.
    if (m_before) {
        QSet<Id> removedKeyResults;
        for (const KeyResult &keyResult : std::as_const(m_before->keyResults)) {
            if (keyResult.objectiveId == m_draft.objective.id && !keptKeyResults.contains(keyResult.id))
                removedKeyResults.insert(keyResult.id);
        }
        // An initiative that moves away from a removed key result would go with it: it is written anew instead.
        for (const Initiative &initiative : std::as_const(m_before->initiatives)) {
            if (!removedKeyResults.contains(initiative.keyResultId))
                continue;
            for (OkrDraft::KeyResultPlan &plan : m_draft.keyResults) {
                for (Initiative &moved : plan.initiatives) {
                    if (moved.id == initiative.id)
                        moved.id = NoId;
                }
            }
        }
        for (const Id keyResultId : std::as_const(removedKeyResults))
            repo.plan().removeKeyResult(keyResultId);
        for (const Initiative &initiative : std::as_const(m_before->initiatives)) {
            if (keptKeyResults.contains(initiative.keyResultId) && !keptInitiatives.contains(initiative.id))
                repo.plan().removeInitiative(initiative.id);
        }
    }
    // In the draft's order: placing item i at position i leaves items 0..i in order.
    for (int row = 0; row < m_draft.keyResults.size(); ++row) {
        OkrDraft::KeyResultPlan &plan = m_draft.keyResults[row];
        KeyResult &keyResult = plan.keyResult;
        keyResult.objectiveId = m_draft.objective.id;
        keyResult.position = row;
        if (keyResult.id == NoId)
            keyResult.id = repo.plan().addKeyResult(keyResult);
        else
            repo.plan().updateKeyResult(keyResult);
        for (int initiativeRow = 0; initiativeRow < plan.initiatives.size(); ++initiativeRow) {
            Initiative &initiative = plan.initiatives[initiativeRow];
            // An initiative may come from another key result (a key result turned into an initiative of this one).
            initiative.keyResultId = keyResult.id;
            initiative.position = initiativeRow;
            if (initiative.id == NoId)
                initiative.id = repo.plan().addInitiative(initiative);
            else
                repo.plan().updateInitiative(initiative);
        }
    }
}

DocumentChange SaveOkrCommand::changeNamingEverything(DocumentChange::Kind kind, const RemovedItems &items) const
{
    DocumentChange change = TreeItems::changeOf(kind, items, cycleId());
    if (m_before) {
        const DocumentChange before = TreeItems::changeOf(kind, *m_before, cycleId());
        change.keyResultIds += before.keyResultIds;
        change.initiativeIds += before.initiativeIds;
    }
    return change;
}
