#include "cycles/CycleMenu.h"

#include "commands/AddCycleCommand.h"
#include "commands/CarryOverCommand.h"
#include "commands/ChangeCycleStateCommand.h"
#include "cycles/CarryOverDialog.h"
#include "cycles/CycleRules.h"
#include "cycles/NewCycleDialog.h"
#include "document/DocumentSession.h"
#include "kpi/KpiView.h"
#include "preferences/Preferences.h"
#include "review/ReviewView.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/ValueFormat.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScreenFit.h"
#include "widgets/ToolWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

CycleMenu::CycleMenu(QWidget *parent)
    : QMenu(tr("&Cycle"), parent)
{
    setObjectName(QStringLiteral("menuCycle"));

    m_newAction = addNamedAction(tr("&New Cycle…"), QStringLiteral("actionNewCycle"),
                                 tr("Plan the next quarter, an annual cycle or a custom one"));
    connect(m_newAction, &QAction::triggered, this, &CycleMenu::addCycle);

    m_activateAction = addNamedAction(tr("&Activate Cycle"), QStringLiteral("actionActivateCycle"),
                                      tr("Start the shown cycle: its check-ins begin"));
    connect(m_activateAction, &QAction::triggered, this, [this] { changeState(CycleState::Active); });

    m_closeAction = addNamedAction(tr("&Close Cycle"), QStringLiteral("actionCloseCycle"),
                                   tr("End the shown cycle; it stays readable and correctable"));
    connect(m_closeAction, &QAction::triggered, this, &CycleMenu::closeCycle);

    m_carryOverAction = addNamedAction(tr("Carry &Over…"), QStringLiteral("actionCarryOver"),
                                       tr("Copy objectives of the shown cycle into the next one"));
    connect(m_carryOverAction, &QAction::triggered, this, &CycleMenu::carryOver);

    addSeparator();
    m_reviewAction = addNamedAction(tr("&Review…"), QStringLiteral("actionReview"),
                                    tr("Grade the shown cycle's objectives and answer the review questions"));
    connect(m_reviewAction, &QAction::triggered, this, &CycleMenu::showReview);

    m_kpiAction =
        addNamedAction(tr("&KPIs"), QStringLiteral("actionKpis"), tr("Show the health metrics beside the OKRs"));
    connect(m_kpiAction, &QAction::triggered, this, &CycleMenu::showKpis);

    updateActions();
}

QAction *CycleMenu::addNamedAction(const QString &text, const QString &objectName, const QString &statusTip)
{
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    return action;
}

void CycleMenu::setDocument(DocumentSession *session)
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->close();
    }
    m_windows.clear();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_cycleId = NoId;
    // Every change, undo and redo may change a cycle's state: what the actions allow.
    if (m_session)
        connect(m_session, &DocumentSession::changed, this, &CycleMenu::updateActions);
    updateActions();
}

void CycleMenu::setCurrentCycle(Id cycleId)
{
    m_cycleId = cycleId;
    updateActions();
}

void CycleMenu::updateActions()
{
    std::optional<Cycle> cycle;
    if (m_session && m_cycleId != NoId) {
        try {
            cycle = m_session->repository().cycles().byId(m_cycleId);
        } catch (const DocumentError &) {
            cycle.reset(); // the actions stay off; opening or showing the cycle reports the problem
        }
    }
    const bool writable = m_session && !m_session->document().isReadOnly();
    m_newAction->setEnabled(writable);
    m_activateAction->setEnabled(writable && cycle && cycle->state == CycleState::Planning);
    m_closeAction->setEnabled(writable && cycle && cycle->state == CycleState::Active);
    m_carryOverAction->setEnabled(writable && cycle && cycle->state != CycleState::Planning);
    m_reviewAction->setEnabled(cycle.has_value());
    m_kpiAction->setEnabled(m_session != nullptr);
}

void CycleMenu::addCycle()
{
    const Revision seen = m_session->latestChange(); // the dialog reads the cycles once
    NewCycleDialog dialog(m_session->repository().cycles().all(), QDate::currentDate(), parentWidget(),
                          Preferences::load().cycleWeeks);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddCycleCommand(*m_session, dialog.cycle());
    command->expectUnchangedSince(seen);
    m_session->push(command);
}

void CycleMenu::changeState(CycleState state)
{
    if (const std::optional<Cycle> cycle = m_session->repository().cycles().byId(m_cycleId))
        m_session->push(new ChangeCycleStateCommand(*m_session, *cycle, state));
}

void CycleMenu::closeCycle()
{
    std::optional<Cycle> cycle;
    CycleRules::ClosingOutlook outlook;
    try {
        cycle = m_session->repository().cycles().byId(m_cycleId);
        if (!cycle)
            return;
        outlook =
            CycleRules::closingOutlook(*cycle, m_session->repository().queries().loadCyclePlan(m_cycleId).objectives,
                                       m_session->repository().cycles().all(), QDate::currentDate());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Close Cycle"), error.message());
        return;
    }

    QStringList lines{
        tr("Closing %1 ends its weekly check-ins. It stays readable and can still be corrected.").arg(cycle->name)};
    if (outlook.daysBeforeEnd > 0)
        lines.append(tr("It is planned to run until %1. Days left: %n.", nullptr, int(outlook.daysBeforeEnd))
                         .arg(ValueFormat().date(cycle->end)));
    if (outlook.ungradedObjectives > 0)
        lines.append(tr("Objectives not graded yet: %n. The review proposes their grades from progress.", nullptr,
                        outlook.ungradedObjectives));
    lines.append(outlook.next ? tr("%1 is planned next: activate it so that check-ins go on.").arg(outlook.next->name)
                              : tr("No cycle is planned after it: check-ins stop until you plan and activate one "
                                   "(Cycle > New Cycle)."));

    // The safest step first: it is the default.
    QStringList choices;
    const int gradeChoice = outlook.ungradedObjectives > 0 ? int(choices.size()) : -1;
    if (gradeChoice >= 0)
        choices.append(tr("Grade First…"));
    const int closeAndActivateChoice = outlook.next ? int(choices.size()) : -1;
    if (closeAndActivateChoice >= 0)
        choices.append(tr("Close and Activate %1").arg(outlook.next->name));
    const int closeChoice = int(choices.size());
    choices.append(tr("Close Only"));

    const int choice = MessageBoxes::choose(parentWidget(), tr("Close %1?").arg(cycle->name),
                                            lines.join(QStringLiteral("\n\n")), choices);
    if (choice < 0)
        return;
    if (choice == gradeChoice) {
        showReview();
        return;
    }
    if (choice == closeAndActivateChoice) {
        // One undo step: undoing it reopens this cycle and puts the next one back in planning.
        m_session->undoStack()->beginMacro(tr("Close %1 and Activate %2").arg(cycle->name, outlook.next->name));
        m_session->push(new ChangeCycleStateCommand(*m_session, *cycle, CycleState::Closed));
        m_session->push(new ChangeCycleStateCommand(*m_session, *outlook.next, CycleState::Active));
        m_session->undoStack()->endMacro();
        return;
    }
    if (choice == closeChoice)
        m_session->push(new ChangeCycleStateCommand(*m_session, *cycle, CycleState::Closed));
}

void CycleMenu::carryOver()
{
    carryOverFrom(m_cycleId);
}

void CycleMenu::carryOverFrom(Id fromCycleId)
{
    CyclePlan plan;
    const Revision seen = m_session->latestChange(); // the dialog shows the plan as read now
    try {
        plan = m_session->repository().queries().loadCyclePlan(fromCycleId);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Carry Over"), error.message());
        return;
    }
    CarryOverDialog dialog(plan, m_session->repository().cycles().all(), parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new CarryOverCommand(*m_session, fromCycleId, dialog.targetCycleId(), dialog.chosenObjectives());
    command->expectUnchangedSince(seen);
    m_session->push(command);
}

QWidget *CycleMenu::openWindow(QWidget *content, const QString &title)
{
    ToolWindow::prepare(content, title, m_session->undoStack());
    m_windows.append(content);
    content->show();
    return content;
}

void CycleMenu::showReview()
{
    const std::optional<Cycle> cycle = m_session->repository().cycles().byId(m_cycleId);
    if (!cycle)
        return;
    auto *review = new ReviewView(*m_session, parentWidget());
    review->showCycle(m_cycleId);
    ScreenFit::fit(review, ScreenFit::inCharacters(review, 163, 54));
    openWindow(review, tr("Review of %1 — Quarterdeck").arg(cycle->name));
}

void CycleMenu::showKpis()
{
    auto *kpis = new KpiView(*m_session, parentWidget());
    connect(kpis, &KpiView::seedObjective, this, &CycleMenu::seedObjective);
    ScreenFit::fit(kpis, ScreenFit::inCharacters(kpis, 183, 37));
    openWindow(kpis, tr("KPIs — Quarterdeck"));
}
