#include "teams/TeamsMenu.h"

#include "document/DocumentSession.h"
#include "teams/TeamsView.h"
#include "widgets/ToolWindow.h"

#include <QAction>
#include <QKeySequence>

TeamsMenu::TeamsMenu(std::function<Id()> currentTeam, QWidget *parent)
    : QMenu(tr("&Teams"), parent)
    , m_currentTeam(std::move(currentTeam))
{
    setObjectName(QStringLiteral("menuTeams"));
    m_teamsAction = addAction(tr("&Teams…"));
    m_teamsAction->setObjectName(QStringLiteral("actionTeams"));
    m_teamsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_teamsAction->setStatusTip(tr("Add, rename, move and delete the organisation's teams"));
    connect(m_teamsAction, &QAction::triggered, this, [this] { showTeams()->selectTeam(m_currentTeam()); });

    m_newTeamAction = addAction(tr("&New Team…"));
    m_newTeamAction->setObjectName(QStringLiteral("actionNewTeam"));
    m_newTeamAction->setStatusTip(tr("Add a team below the selected one"));
    connect(m_newTeamAction, &QAction::triggered, this, [this] { showTeams()->startNewTeam(m_currentTeam()); });
    setDocument(nullptr);
}

void TeamsMenu::setDocument(DocumentSession *session)
{
    if (m_window)
        m_window->close();
    m_session = session;
    m_teamsAction->setEnabled(m_session);
    m_newTeamAction->setEnabled(m_session && !m_session->document().isReadOnly());
}

TeamsView *TeamsMenu::showTeams()
{
    if (!m_window) {
        m_window = new TeamsView(*m_session, parentWidget());
        ToolWindow::prepare(m_window, tr("Teams — Quarterdeck"), m_session->undoStack());
        m_window->resize(560, 520);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}
