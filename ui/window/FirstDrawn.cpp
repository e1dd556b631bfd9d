#include "window/FirstDrawn.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

FirstDrawn::FirstDrawn(QWidget *window)
    : QObject(window)
    , m_window(window->windowHandle())
{
    Q_ASSERT(m_window);
    m_window->installEventFilter(this);
}

bool FirstDrawn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Expose && m_window->isExposed()) {
        m_window->removeEventFilter(this);
        // The filter sees the expose before the window handles it (paints): the signal goes after.
        QTimer::singleShot(0, this, [this] { emit drawn(); });
    }
    return QObject::eventFilter(watched, event);
}
