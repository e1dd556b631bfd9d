#include "widgets/TitleEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace {

constexpr int MostLinesShown = 4;

} // namespace

TitleEdit::TitleEdit(TextField field, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_field(field)
{
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(heightForLines(1));
    // Grows and shrinks with the lines the title wraps into, at every edit and every change of width.
    connect(this, &QPlainTextEdit::blockCountChanged, this, &TitleEdit::followContentHeight);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &TitleEdit::followContentHeight);
}

void TitleEdit::setText(const QString &text)
{
    if (toPlainText() == text)
        return;
    setPlainText(text);
    moveCursor(QTextCursor::Start); // a long title shows its beginning
}

void TitleEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit editingFinished();
        return;
    }
    // Typed text goes through the limit; keys without text (arrows, deleting, shortcuts) as usual.
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        insertOneLine(typed);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void TitleEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

bool TitleEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void TitleEdit::insertFromMimeData(const QMimeData *source)
{
    insertOneLine(source->text());
}

void TitleEdit::insertOneLine(const QString &typed)
{
    QTextCursor cursor = textCursor();
    const qsizetype kept = toPlainText().size() - (cursor.selectionEnd() - cursor.selectionStart());
    const qsizetype room = std::max<qsizetype>(0, TextLimits::maximum(m_field) - kept);
    // Line breaks of any kind (a pasted paragraph) become the spaces a title has between words.
    QString line = typed;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    for (QChar &character : line) {
        if (character == QLatin1Char('\n') || character == QLatin1Char('\r') ||
            character == QChar::ParagraphSeparator || character == QChar::LineSeparator)
            character = QLatin1Char(' ');
    }
    cursor.insertText(line.left(room));
    setTextCursor(cursor);
}

int TitleEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins() + viewportMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + 2 * frameWidth() +
           margins.top() + margins.bottom();
}

void TitleEdit::followContentHeight()
{
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += block.layout() ? std::max(1, block.layout()->lineCount()) : 1;
    setFixedHeight(heightForLines(std::clamp(lines, 1, MostLinesShown)));
}
