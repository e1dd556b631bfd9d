#pragma once

#include "model/Team.h"
#include "storage/Revision.h"

#include <QHash>
#include <QWidget>

#include <optional>

class DocumentSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoCommand;
struct DocumentChange;

// The Teams window: the organisation's team tree, and a name and a "belongs to" team to add a team, rename or move
// the selected one, or delete it with what it holds (counted, and confirmed). Each change is one undo step pushed
// on the document's session (AddTeamCommand, ChangeTeamCommand, RemoveTeamCommand), refused by TeamService's rules
// like the command line's `team`; the window reads the teams again after every change to them, wherever it came
// from. Everything is reachable from the keyboard: Alt+letters, F2 to rename, Delete to delete.
class TeamsView : public QWidget {
    Q_OBJECT
public:
    TeamsView(DocumentSession &session, QWidget *parent);

    // Selects that team (NoId: the company) and puts the focus on the tree.
    void selectTeam(Id teamId);
    // Gets ready for a new team below `parentId`: the name field empty and focused.
    void startNewTeam(Id parentId);

private:
    void createWidgets();
    void reload();
    void followChange(const DocumentChange &change);
    void showSelected();
    void updateButtons();
    std::optional<Team> selectedTeam() const;
    Id chosenParentId() const;
    // Pushes the command; true when it was done. A conflict (the team changed elsewhere) is told here.
    bool push(QUndoCommand *command);
    void addTeam();
    void renameTeam();
    void moveTeam();
    void removeTeam();

    DocumentSession &m_session;
    QList<Team> m_teams;
    QHash<Id, Revision> m_revisions; // as read with the teams: what a change expects to find
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};
