#pragma once

#include <QFrame>

class Document;
class QAction;
class QLabel;
class QToolButton;

// A bar above the plan that stays while a document is open read-only (why, and Save a Copy to go on editing a
// copy), while the connection to its server is lost (why, and Reconnect), or says where the copy of an upgraded
// document's previous version is kept. Hidden otherwise.
class DocumentNoticeBar : public QFrame {
    Q_OBJECT
public:
    // `saveCopyAction` is offered on the bar while the document is read-only, `reconnectAction` while its connection
    // is lost.
    DocumentNoticeBar(QAction *saveCopyAction, QAction *reconnectAction, QWidget *parent = nullptr);

    void showNoticeFor(const Document &document);
    // Until the next showNoticeFor(): `why` the connection was lost, or why reconnecting failed.
    void showConnectionLost(const QString &why);
    QString text() const;

private:
    QLabel *m_text = nullptr;
    QToolButton *m_saveCopyButton = nullptr;
    QToolButton *m_reconnectButton = nullptr;
};
