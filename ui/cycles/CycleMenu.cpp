#include "cycles/CycleMenu.h"

#include "commands/AddCycleCommand.h"
#include "commands/CarryOverCommand.h"
#include "commands/ChangeCycleStateCommand.h"
#include "cycles/CarryOverDialog.h"
#include "cycles/NewCycleDialog.h"
#include "document/DocumentSession.h"
#include "kpi/KpiView.h"
#include "review/ReviewView.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"

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
    connect(m_closeAction, &QAction::triggered, this, [this] { changeState(CycleState::Closed); });

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
    NewCycleDialog dialog(m_session->repository().cycles().all(), QDate::currentDate(), parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(new AddCycleCommand(*m_session, dialog.cycle()));
}

void CycleMenu::changeState(CycleState state)
{
    if (const std::optional<Cycle> cycle = m_session->repository().cycles().byId(m_cycleId))
        m_session->push(new ChangeCycleStateCommand(*m_session, *cycle, state));
}

void CycleMenu::carryOver()
{
    carryOverFrom(m_cycleId);
}

void CycleMenu::carryOverFrom(Id fromCycleId)
{
    CyclePlan plan;
    try {
        plan = m_session->repository().queries().loadCyclePlan(fromCycleId);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Carry Over"), error.message());
        return;
    }
    CarryOverDialog dialog(plan, m_session->repository().cycles().all(), parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(
            new CarryOverCommand(*m_session, fromCycleId, dialog.targetCycleId(), dialog.chosenObjectives()));
}

QWidget *CycleMenu::openWindow(QWidget *content, const QString &title)
{
    content->setWindowFlag(Qt::Window);
    content->setAttribute(Qt::WA_DeleteOnClose);
    content->setWindowTitle(title);
    // The window has its own shortcuts for undo and redo: the main window's do not reach it.
    QAction *undo = m_session->undoStack()->createUndoAction(content);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(content);
    redo->setShortcut(QKeySequence::Redo);
    content->addActions({undo, redo});
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
    review->resize(980, 760);
    openWindow(review, tr("Review of %1 — Quarterdeck").arg(cycle->name));
}

void CycleMenu::showKpis()
{
    auto *kpis = new KpiView(*m_session, parentWidget());
    connect(kpis, &KpiView::seedObjective, this, &CycleMenu::seedObjective);
    kpis->resize(1100, 520);
    openWindow(kpis, tr("KPIs — Quarterdeck"));
}
