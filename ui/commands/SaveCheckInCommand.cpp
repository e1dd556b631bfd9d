#include "commands/SaveCheckInCommand.h"

#include "checkin/CheckInRules.h"
#include "checkin/CheckInService.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace {

// The cycle whose plan shows the week's values; NoId (every view refreshes) when no cycle holds the week.
Id cycleOfWeek(Repository &repository, IsoWeek week)
{
    const CheckInService::WeekCheck check = CheckInService(repository).checkWeek(week);
    return check.cycle ? check.cycle->id : NoId;
}

} // namespace

SaveCheckInCommand::SaveCheckInCommand(DocumentSession &session, const CheckIn &checkIn, const QString &teamName,
                                       std::optional<Revision> readRevision)
    : PlanCommand(
          session, cycleOfWeek(session.repository(), checkIn.week),
          QCoreApplication::translate("SaveCheckInCommand", "Check in %1, %2").arg(teamName, checkIn.week.toString()))
    , m_next(CheckInRules::normalised(checkIn))
    , m_previous(session.repository().checkIns().find(checkIn.teamId, checkIn.week))
{
    if (readRevision)
        expectUnchangedSince(*readRevision);
}

DocumentChange SaveCheckInCommand::apply()
{
    repository().checkIns().save(m_next);
    return change();
}

DocumentChange SaveCheckInCommand::revert()
{
    if (m_previous)
        repository().checkIns().save(*m_previous);
    else
        repository().checkIns().remove(m_next.teamId, m_next.week);
    return change();
}

QList<PlanCommand::StoredRow> SaveCheckInCommand::storedRows() const
{
    return {{repository().checkIns().revision(m_next.teamId, m_next.week), StoredRow::Check::UnchangedOrMissing}};
}

DocumentChange SaveCheckInCommand::change() const
{
    // Redo and undo touch the same values: those updated now and those the earlier content had.
    DocumentChange result{DocumentChange::Kind::CheckInsSaved, cycleId(), {}, {}, {}};
    for (const KeyResultUpdate &update : m_next.updates)
        result.keyResultIds.append(update.keyResultId);
    if (m_previous) {
        for (const KeyResultUpdate &update : m_previous->updates) {
            if (!result.keyResultIds.contains(update.keyResultId))
                result.keyResultIds.append(update.keyResultId);
        }
    }
    return result;
}
