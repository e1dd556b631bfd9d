#pragma once

#include <QObject>

class QWidget;
class QWindow;

// Tells once that a shown top-level widget is on screen: drawn() comes after its window's first expose has been
// handled, which paints it. Start-up fills the window with the document only then, so that the user sees the window
// at once, even when a large document takes a moment to read. A window never exposed (a platform without exposes,
// a hidden workspace) is told after a second all the same: its document is opened.
class FirstDrawn : public QObject {
    Q_OBJECT
public:
    // `window` has its native window (it is shown, or created) and owns this object.
    explicit FirstDrawn(QWidget *window);

signals:
    void drawn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tell();

    QWindow *m_window;
    bool m_told = false;
};
