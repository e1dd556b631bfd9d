#include "CycleMenu.h"

#include "CarryOverCommand.h"
#include "CarryOverDialog.h"
#include "ChangeCycleStateCommand.h"
#include "CycleError.h"
#include "CyclePlanner.h"
#include "DocumentError.h"
#include "DocumentSession.h"
#include "KpiView.h"
#include "MessageBoxes.h"
#include "NewCycleDialog.h"
#include "Repository.h"
#include "ReviewView.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

CycleMenu::CycleMenu(QUndoStack *undoStack, QWidget *parent)
    : QMenu(tr("&Cycle"), parent)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("menuCycle"));

    m_newAction = addAction(tr("&New Cycle…"));
    m_newAction->setObjectName(QStringLiteral("actionNewCycle"));
    m_newAction->setStatusTip(tr("Plan the next quarter, an annual cycle or a custom one"));
    connect(m_newAction, &QAction::triggered, this, &CycleMenu::addCycle);

    m_activateAction = addAction(tr("&Activate Cycle"));
    m_activateAction->setObjectName(QStringLiteral("actionActivateCycle"));
    m_activateAction->setStatusTip(tr("Start the shown cycle: its check-ins begin"));
    connect(m_activateAction, &QAction::triggered, this, [this] { changeState(true); });

    m_closeAction = addAction(tr("&Close Cycle"));
    m_closeAction->setObjectName(QStringLiteral("actionCloseCycle"));
    m_closeAction->setStatusTip(tr("End the shown cycle; it stays readable and correctable"));
    connect(m_closeAction, &QAction::triggered, this, [this] { changeState(false); });

    m_carryOverAction = addAction(tr("Carry &Over…"));
    m_carryOverAction->setObjectName(QStringLiteral("actionCarryOver"));
    m_carryOverAction->setStatusTip(tr("Copy objectives of the shown cycle into the next one"));
    connect(m_carryOverAction, &QAction::triggered, this, &CycleMenu::carryOver);

    addSeparator();
    m_reviewAction = addAction(tr("&Review…"));
    m_reviewAction->setObjectName(QStringLiteral("actionReview"));
    m_reviewAction->setStatusTip(tr("Grade the shown cycle's objectives and answer the review questions"));
    connect(m_reviewAction, &QAction::triggered, this, &CycleMenu::showReview);

    m_kpiAction = addAction(tr("&KPIs"));
    m_kpiAction->setObjectName(QStringLiteral("actionKpis"));
    m_kpiAction->setStatusTip(tr("Show the health metrics beside the OKRs"));
    connect(m_kpiAction, &QAction::triggered, this, &CycleMenu::showKpis);

    // Undo and redo change cycles and their content too: the window shows the result.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_cycleId != NoId)
            emit cyclesChanged(m_cycleId);
        updateActions();
    });
    updateActions();
}

void CycleMenu::setDocument(DocumentSession *session)
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->close();
    }
    m_windows.clear();
    m_cycleId = NoId; // first, so clearing the stack asks the window for no refresh
    m_undoStack->clear();
    m_session = session;
    m_repository = session ? &session->repository() : nullptr;
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
    if (m_repository && m_cycleId != NoId) {
        try {
            cycle = m_repository->cycle(m_cycleId);
        } catch (const DocumentError &) {
            cycle.reset(); // the actions stay off; opening or showing the cycle reports the problem
        }
    }
    m_newAction->setEnabled(m_repository != nullptr);
    m_activateAction->setEnabled(cycle && cycle->state == CycleState::Planning);
    m_closeAction->setEnabled(cycle && cycle->state == CycleState::Active);
    m_carryOverAction->setEnabled(cycle && cycle->state != CycleState::Planning);
    m_reviewAction->setEnabled(cycle.has_value());
    m_kpiAction->setEnabled(m_repository != nullptr);
}

void CycleMenu::addCycle()
{
    NewCycleDialog dialog(m_repository->cycles(), QDate::currentDate(), parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const Cycle added = CyclePlanner(*m_repository).add(dialog.cycle());
        emit cyclesChanged(added.id);
    } catch (const CycleError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Add Cycle"), error.message());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Add Cycle"), error.message());
    }
}

void CycleMenu::changeState(bool activate)
{
    const std::optional<Cycle> cycle = m_repository->cycle(m_cycleId);
    if (!cycle)
        return;
    m_undoStack->push(new ChangeCycleStateCommand(*m_repository, m_cycleId,
                                                  activate ? CycleState::Active : CycleState::Closed,
                                                  (activate ? tr("Activate %1") : tr("Close %1")).arg(cycle->name)));
    updateActions();
}

void CycleMenu::carryOver()
{
    CyclePlan plan;
    try {
        plan = m_repository->loadCyclePlan(m_cycleId);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parentWidget(), tr("Cannot Carry Over"), error.message());
        return;
    }
    CarryOverDialog dialog(plan, m_repository->cycles(), parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Id target = dialog.targetCycleId();
    const QList<Id> chosen = dialog.chosenObjectives();
    m_undoStack->push(new CarryOverCommand(*m_repository, m_cycleId, target, chosen,
                                           tr("Carry Over %n Objective(s)", nullptr, static_cast<int>(chosen.size()))));
    emit cyclesChanged(target);
}

QWidget *CycleMenu::openWindow(QWidget *content, const QString &title, QUndoStack *undoStack)
{
    content->setWindowFlag(Qt::Window);
    content->setAttribute(Qt::WA_DeleteOnClose);
    content->setWindowTitle(title);
    // The window has its own shortcuts for undo and redo: the main window's do not reach it.
    QAction *undo = undoStack->createUndoAction(content);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(content);
    redo->setShortcut(QKeySequence::Redo);
    content->addActions({undo, redo});
    m_windows.append(content);
    content->show();
    return content;
}

void CycleMenu::showReview()
{
    const std::optional<Cycle> cycle = m_repository->cycle(m_cycleId);
    if (!cycle)
        return;
    auto *review = new ReviewView(*m_repository, m_undoStack, parentWidget());
    review->showCycle(m_cycleId);
    review->resize(980, 760);
    openWindow(review, tr("Review of %1 — Quarterdeck").arg(cycle->name), m_undoStack);
}

void CycleMenu::showKpis()
{
    auto *kpis = new KpiView(*m_session, parentWidget());
    connect(kpis, &KpiView::seedObjective, this, &CycleMenu::seedObjective);
    kpis->resize(1100, 520);
    // KPI edits go on the document's own undo stack.
    openWindow(kpis, tr("KPIs — Quarterdeck"), m_session->undoStack());
}
