#pragma once

#include "model/Ids.h"

#include <QWidget>

class CommentsView;
class QLabel;
class QTableWidget;
class DocumentSession;
class ShownPlan;

// One key result's full history: every check-in's value, progress, confidence and comment (newest first), whether
// it is stalled, and the comments people left on it; or, for an objective, the comments left on the objective.
// Refreshes itself after every change, once the shown plan (where it finds the shown cycle's key results) followed it.
class KeyResultHistoryView : public QWidget {
    Q_OBJECT
public:
    KeyResultHistoryView(DocumentSession &session, const ShownPlan &shownPlan, QWidget *parent = nullptr);

    void setKeyResult(Id keyResultId);
    Id keyResultId() const { return m_keyResultId; }
    // Objectives have no check-in values: only their comments are shown, under `title`.
    void setObjective(Id objectiveId, const QString &title);
    void refresh();

private:
    DocumentSession &m_session;
    const ShownPlan &m_shownPlan;
    Id m_keyResultId = NoId;
    Id m_objectiveId = NoId;
    QString m_objectiveTitle;
    QLabel *m_title = nullptr;
    QLabel *m_stalled = nullptr;
    QTableWidget *m_timeline = nullptr;
    CommentsView *m_comments = nullptr;
};
