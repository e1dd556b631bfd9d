#pragma once

#include <QString>

// The board as `quarterdeck board` prints it, written to an A4 PDF for a meeting: the title as a heading, then
// every line of the text as a paragraph. User text only goes in as plain text, never as markup.
class PdfBoardWriter {
public:
    PdfBoardWriter(QString title, QString text);

    // False with errorString() set when the file cannot be written; needs a QGuiApplication (fonts).
    bool write(const QString &path);
    QString errorString() const { return m_errorString; }

private:
    QString m_title;
    QString m_text;
    QString m_errorString;
};
