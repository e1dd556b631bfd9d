#pragma once

#include "Ids.h"

#include <QWidget>

class CommentsView;
class QLabel;
class QTableWidget;
class QUndoStack;
class Repository;

// One key result's full history: every check-in's value, progress, confidence and comment (newest first), whether
// it is stalled, and the comments people left on it. Refreshes itself when the undo stack moves.
class KeyResultHistoryView : public QWidget {
    Q_OBJECT
public:
    KeyResultHistoryView(Repository &repository, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setKeyResult(Id keyResultId);
    Id keyResultId() const { return m_keyResultId; }
    void refresh();

private:
    Repository &m_repository;
    Id m_keyResultId = NoId;
    QLabel *m_title = nullptr;
    QLabel *m_stalled = nullptr;
    QTableWidget *m_timeline = nullptr;
    CommentsView *m_comments = nullptr;
};
