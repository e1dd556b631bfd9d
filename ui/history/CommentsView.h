#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class TextLimitHint;
class DocumentSession;

// The comments on one objective or key result (author, time, text), oldest first, with a form to add one.
// Adding pushes an AddCommentCommand onto the session; it refreshes on DocumentSession::changed.
class CommentsView : public QWidget {
    Q_OBJECT
public:
    CommentsView(DocumentSession &session, QWidget *parent = nullptr);

    void setObjective(Id objectiveId);
    void setKeyResult(Id keyResultId);
    void refresh();
    int commentCount() const;

signals:
    void commentAdded();

private:
    void addComment();
    void updateAddState();

    DocumentSession &m_session;
    Id m_objectiveId = NoId;
    Id m_keyResultId = NoId;
    QListWidget *m_list = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_text = nullptr;
    TextLimitHint *m_textHint = nullptr;
    QPushButton *m_add = nullptr;
};
