#pragma once

#include "model/Cycle.h"

#include <QList>
#include <QMenu>
#include <QPointer>

class DocumentSession;

// The Cycle menu: New Cycle…, Activate, Close, Carry Over…, Review… and KPIs. Changes are undo commands pushed on
// the document's session, so they undo like every other edit and the window follows them through
// DocumentSession::changed (DocumentChange::Kind::CyclesChanged names the cycle to show). The review and KPI
// windows it opens are closed when the document goes away. The window tells it the document and the cycle it shows.
class CycleMenu : public QMenu {
    Q_OBJECT
public:
    explicit CycleMenu(QWidget *parent);

    // The document the actions work on; null when none is open.
    void setDocument(DocumentSession *session);
    // The cycle the window shows: what Activate, Close, Carry Over and Review act on.
    void setCurrentCycle(Id cycleId);
    // Carry Over with `fromCycleId` as the source rather than the shown cycle (an empty cycle offers the one before).
    void carryOverFrom(Id fromCycleId);

signals:
    // From the KPI window: write a new objective for `teamId` to bring a KPI back (the OKR wizard).
    void seedObjective(Id teamId, const QString &suggestedTitle);

private:
    // An action of this menu with the object name tests and the window find it by.
    QAction *addNamedAction(const QString &text, const QString &objectName, const QString &statusTip);
    void updateActions();
    void addCycle();
    void changeState(CycleState state);
    // Asks first, saying what closing means (objectives not graded, days before the planned end, the cycle to
    // activate next), and offers those steps: grade first in the review, or close and activate the next cycle.
    void closeCycle();
    void carryOver();
    void showReview();
    void showKpis();
    QWidget *openWindow(QWidget *content, const QString &title);

    DocumentSession *m_session = nullptr;
    Id m_cycleId = NoId;
    QList<QPointer<QWidget>> m_windows;

    QAction *m_newAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_carryOverAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_kpiAction = nullptr;
};
