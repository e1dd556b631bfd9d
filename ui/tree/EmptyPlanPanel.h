#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;
struct CyclePlan;

// What to do next, shown above the alignment tree while there is nothing to align: a document without teams
// offers the Teams window; a cycle without objectives offers the OKR wizard and carrying objectives over from the
// cycle before. Its buttons are the window's own actions (enabled as they are), and hidden otherwise.
class EmptyPlanPanel : public QFrame {
    Q_OBJECT
public:
    // `newOkr` and `carryOver` are the actions the buttons trigger.
    EmptyPlanPanel(QAction *newOkr, QAction *carryOver, QWidget *parent);

    // The action that adds a team, offered while there is none.
    void setNewTeamAction(QAction *newTeam);

    // Shows the advice that fits: no teams, or the shown `plan` without objectives (NoId cycle: no cycle yet, no
    // advice); `earlierCycle` names the cycle objectives could be carried over from, empty when there is none.
    // Hides when there is nothing to advise.
    void showFor(bool hasTeams, const CyclePlan &plan, const QString &earlierCycle);
    QString message() const;

private:
    QLabel *m_message = nullptr;
    QToolButton *m_newTeam = nullptr;
    QToolButton *m_newOkr = nullptr;
    QToolButton *m_carryOver = nullptr;
};
