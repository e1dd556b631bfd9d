#pragma once

#include <QDialog>

class QTextBrowser;

// Help > Planning and Check-In Guide: a few paragraphs on running the quarter's planning session and the weekly
// check-in with Quarterdeck, naming the menu items that do each step.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }

private:
    QTextBrowser *m_text;
};
