#pragma once

#include "Ids.h"

#include <QList>
#include <QMenu>
#include <QPointer>

class DocumentSession;
class QUndoStack;
class Repository;

// The Cycle menu: New Cycle…, Activate, Close, Carry Over…, Review… and KPIs. Changes go through undo commands on
// `undoStack`, so they undo like every other edit; the review and KPI windows it opens are closed when the
// document goes away. The window tells it the document and the cycle it shows, and refreshes on cyclesChanged.
class CycleMenu : public QMenu {
    Q_OBJECT
public:
    CycleMenu(QUndoStack *undoStack, QWidget *parent);

    // The document the actions work on; null when none is open. The commands on the stack refer to the previous
    // document's repository, so the stack is cleared.
    void setDocument(DocumentSession *session);
    // The cycle the window shows: what Activate, Close, Carry Over and Review act on.
    void setCurrentCycle(Id cycleId);

signals:
    // The document's cycles or the shown cycle's content changed (added, activated, closed, carried over, undone):
    // the window refills its cycle selector and shows `cycleToShow`.
    void cyclesChanged(Id cycleToShow);
    // From the KPI window: write a new objective for `teamId` to bring a KPI back (the OKR wizard).
    void seedObjective(Id teamId, const QString &suggestedTitle);

private:
    void updateActions();
    void addCycle();
    void changeState(bool activate);
    void carryOver();
    void showReview();
    void showKpis();
    QWidget *openWindow(QWidget *content, const QString &title, QUndoStack *undoStack);

    QUndoStack *m_undoStack;
    DocumentSession *m_session = nullptr;
    Repository *m_repository = nullptr;
    Id m_cycleId = NoId;
    QList<QPointer<QWidget>> m_windows;

    QAction *m_newAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_carryOverAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_kpiAction = nullptr;
};
