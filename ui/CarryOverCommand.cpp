#include "CarryOverCommand.h"

#include "CycleError.h"
#include "CyclePlanner.h"
#include "Document.h"
#include "DocumentError.h"
#include "MessageBoxes.h"
#include "Repository.h"

#include <QCoreApplication>

#include <utility>

namespace {

QString failureTitle()
{
    return QCoreApplication::translate("CarryOverCommand", "Cannot Carry Over");
}

} // namespace

CarryOverCommand::CarryOverCommand(Repository &repository, Id fromCycleId, Id toCycleId, QList<Id> objectiveIds,
                                   const QString &text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_fromCycleId(fromCycleId)
    , m_toCycleId(toCycleId)
    , m_objectiveIds(std::move(objectiveIds))
{
}

void CarryOverCommand::redo()
{
    try {
        m_copies = CyclePlanner(m_repository).carryOver(m_fromCycleId, m_toCycleId, m_objectiveIds);
    } catch (const CycleError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    }
}

void CarryOverCommand::undo()
{
    try {
        m_repository.document().transaction([&] {
            // Children before parents is not needed: a removed parent only unaligns its copies' children.
            for (const Id copy : std::as_const(m_copies))
                m_repository.removeObjective(copy);
        });
        m_copies.clear();
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, failureTitle(), error.message());
    }
}
