#pragma once

#include <QFrame>

class Document;
class QAction;
class QLabel;
class QToolButton;

// A bar above the plan that stays while a document is open read-only (why, and Save a Copy to go on editing a
// copy), or says where the copy of an upgraded document's previous version is kept. Hidden otherwise.
class DocumentNoticeBar : public QFrame {
    Q_OBJECT
public:
    // `saveCopyAction` is offered on the bar while the document is read-only.
    DocumentNoticeBar(QAction *saveCopyAction, QWidget *parent = nullptr);

    void showNoticeFor(const Document &document);
    QString text() const;

private:
    QLabel *m_text = nullptr;
    QToolButton *m_saveCopyButton = nullptr;
};
