#include "tree/EmptyPlanPanel.h"

#include "model/CyclePlan.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

EmptyPlanPanel::EmptyPlanPanel(QAction *newOkr, QAction *carryOver, QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_newTeam(new QToolButton(this))
    , m_newOkr(new QToolButton(this))
    , m_carryOver(new QToolButton(this))
{
    setObjectName(QStringLiteral("emptyPlanPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(QStringLiteral("emptyPlanMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (const auto &[button, action, name] :
         {std::tuple{m_newTeam, static_cast<QAction *>(nullptr), "emptyPlanNewTeam"},
          std::tuple{m_newOkr, newOkr, "emptyPlanNewOkr"}, std::tuple{m_carryOver, carryOver, "emptyPlanCarryOver"}}) {
        button->setObjectName(QLatin1String(name));
        if (action)
            button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    hide();
}

void EmptyPlanPanel::setNewTeamAction(QAction *newTeam)
{
    m_newTeam->setDefaultAction(newTeam);
}

void EmptyPlanPanel::showFor(bool hasTeams, const CyclePlan &plan, const QString &earlierCycle)
{
    const bool noTeams = !hasTeams;
    const bool noObjectives = plan.cycle.id != NoId && plan.objectives.isEmpty();
    if (noTeams)
        m_message->setText(tr("This document has no teams yet. OKRs belong to teams: start with your organisation "
                              "and its teams."));
    else if (noObjectives && earlierCycle.isEmpty())
        m_message->setText(tr("%1 has no OKRs yet. Write the first one with the OKR wizard.").arg(plan.cycle.name));
    else if (noObjectives)
        m_message->setText(tr("%1 has no OKRs yet. Write the first one with the OKR wizard, or carry over the "
                              "unfinished objectives of %2.")
                               .arg(plan.cycle.name, earlierCycle));
    m_newTeam->setVisible(noTeams);
    m_newOkr->setVisible(!noTeams && noObjectives);
    m_carryOver->setVisible(!noTeams && noObjectives && !earlierCycle.isEmpty());
    setVisible(noTeams || noObjectives);
}

QString EmptyPlanPanel::message() const
{
    return m_message->text();
}
