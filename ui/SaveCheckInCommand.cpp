#include "SaveCheckInCommand.h"

#include "CheckInRules.h"
#include "DocumentError.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QtDebug>

SaveCheckInCommand::SaveCheckInCommand(Repository &repository, const CheckIn &checkIn, const QString &teamName,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_next(CheckInRules::normalised(checkIn))
    , m_previous(repository.checkIn(checkIn.teamId, checkIn.week))
{
    setText(
        QCoreApplication::translate("SaveCheckInCommand", "Check in %1, %2").arg(teamName, checkIn.week.toString()));
}

void SaveCheckInCommand::redo()
{
    write([this] { m_repository.saveCheckIn(m_next); });
    m_pushed = true;
}

void SaveCheckInCommand::undo()
{
    write([this] {
        if (m_previous)
            m_repository.saveCheckIn(*m_previous);
        else
            m_repository.removeCheckIn(m_next.teamId, m_next.week);
    });
}

void SaveCheckInCommand::write(const std::function<void()> &change)
{
    try {
        change();
    } catch (const DocumentError &error) {
        if (!m_pushed)
            throw;
        qWarning().noquote() << error.message();
        setObsolete(true);
    }
}
