#include "history/CommentsView.h"

#include "commands/AddCommentCommand.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "text/ValueFormat.h"
#include "widgets/TextLimitHint.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString authorKey = QStringLiteral("comments/author");

} // namespace

CommentsView::CommentsView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("comments"));
    m_list->setAccessibleName(tr("Comments"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_author = new QLineEdit(QSettings().value(authorKey).toString(), this);
    m_author->setObjectName(QStringLiteral("commentAuthor"));
    m_author->setAccessibleName(tr("Comment author"));
    TextLimitHint::limit(m_author, TextField::CommentAuthor);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("Co&mment:"), m_text);
    m_textHint = new TextLimitHint(TextField::CommentText, m_text, this);
    form->addRow(QString(), m_textHint);
    layout->addLayout(form);
    m_add = new QPushButton(tr("Add co&mment"), this);
    m_add->setObjectName(QStringLiteral("addComment"));
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_add, &QPushButton::clicked, this, &CommentsView::addComment);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsView::updateAddState);
    connect(&m_session, &DocumentSession::changed, this, &CommentsView::refresh);
    updateAddState();
}

void CommentsView::setObjective(Id objectiveId)
{
    m_objectiveId = objectiveId;
    m_keyResultId = NoId;
    refresh();
}

void CommentsView::setKeyResult(Id keyResultId)
{
    m_objectiveId = NoId;
    m_keyResultId = keyResultId;
    refresh();
}

void CommentsView::refresh()
{
    m_list->clear();
    const QList<Comment> comments =
        m_keyResultId != NoId   ? m_session.repository().checkIns().commentsOfKeyResult(m_keyResultId)
        : m_objectiveId != NoId ? m_session.repository().checkIns().commentsOfObjective(m_objectiveId)
                                : QList<Comment>();
    for (const Comment &comment : comments) {
        const QString author = comment.author.isEmpty() ? tr("Anonymous") : comment.author;
        m_list->addItem(tr("%1, %2\n%3")
                            .arg(author, ValueFormat().dateTime(comment.time),
                                 TextLimits::clipped(TextField::CommentText, comment.text)));
    }
    if (comments.isEmpty())
        m_list->addItem(tr("No comments yet."));
    updateAddState();
}

int CommentsView::commentCount() const
{
    const bool placeholder = m_list->count() == 1 && m_list->item(0)->text() == tr("No comments yet.");
    return placeholder ? 0 : m_list->count();
}

void CommentsView::addComment()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty() || (m_objectiveId == NoId && m_keyResultId == NoId))
        return;
    QSettings().setValue(authorKey, m_author->text().trimmed());
    Comment comment;
    comment.objectiveId = m_objectiveId;
    comment.keyResultId = m_keyResultId;
    comment.author = m_author->text().trimmed();
    comment.text = text;
    // Views refresh through changed(); a comment not saved was reported, and its text stays to try again.
    if (!m_session.push(new AddCommentCommand(m_session, comment)).isDone())
        return;
    m_text->clear();
    emit commentAdded();
}

void CommentsView::updateAddState()
{
    m_add->setEnabled(!m_text->toPlainText().trimmed().isEmpty() && m_textHint->fits() &&
                      (m_objectiveId != NoId || m_keyResultId != NoId));
    m_add->setToolTip(m_textHint->problem());
}
