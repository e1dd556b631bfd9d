#pragma once

#include "model/Ids.h"

#include <QMenu>
#include <QPointer>

#include <functional>

class DocumentSession;
class TeamsView;

// The Teams menu: Teams… and New Team… open the Teams window (TeamsView) on the team the window's tree points at,
// one window per document, closed when the document goes away. Its actions also go into the tree's context menu.
class TeamsMenu : public QMenu {
    Q_OBJECT
public:
    // `currentTeam` tells the team the window's tree points at (NoId: none).
    TeamsMenu(std::function<Id()> currentTeam, QWidget *parent);

    // The document the actions work on; null when none is open.
    void setDocument(DocumentSession *session);
    QAction *teamsAction() const { return m_teamsAction; }
    QAction *newTeamAction() const { return m_newTeamAction; }

private:
    TeamsView *showTeams();

    std::function<Id()> m_currentTeam;
    DocumentSession *m_session = nullptr;
    QPointer<TeamsView> m_window;
    QAction *m_teamsAction = nullptr;
    QAction *m_newTeamAction = nullptr;
};
