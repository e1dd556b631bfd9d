#pragma once

#include "model/TextLimits.h"

#include <QPlainTextEdit>

// A title edited over as many lines as it needs (up to four, then it scrolls): a long title reads whole instead of
// scrolling sideways in a line edit. It stays one line of text, as titles are stored: Enter finishes the edit
// instead of breaking the line, pasted line breaks become spaces, and it stops at its field's TextLimits length
// as a QLineEdit with a maximum length does.
class TitleEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    TitleEdit(TextField field, QWidget *parent);

    QString text() const { return toPlainText(); }
    // Shows `text` from its beginning; leaves the cursor where it is when the text is unchanged (a refill after
    // another field's edit).
    void setText(const QString &text);

signals:
    // Enter, or the focus left: the title as typed is final, as QLineEdit::editingFinished.
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    // Inserts `typed` as one line at the cursor, cut to what the limit leaves.
    void insertOneLine(const QString &typed);
    int heightForLines(int lines) const;
    void followContentHeight();

    TextField m_field;
};
