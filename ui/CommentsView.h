#pragma once

#include "Ids.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class Repository;

// The comments on one objective or key result (author, time, text), oldest first, with a form to add one.
// Adding pushes an AddCommentCommand onto the undo stack.
class CommentsView : public QWidget {
    Q_OBJECT
public:
    CommentsView(Repository &repository, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setObjective(Id objectiveId);
    void setKeyResult(Id keyResultId);
    void refresh();
    int commentCount() const;

signals:
    void commentAdded();

private:
    void addComment();
    void updateAddState();

    Repository &m_repository;
    QUndoStack &m_undoStack;
    Id m_objectiveId = NoId;
    Id m_keyResultId = NoId;
    QListWidget *m_list = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
};
