#include "window/FirstDrawn.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>

FirstDrawn::FirstDrawn(QWidget *window)
    : QObject(window)
    , m_window(window->windowHandle())
{
    Q_ASSERT(m_window);
    m_window->installEventFilter(this);
    QTimer::singleShot(std::chrono::seconds(1), this, &FirstDrawn::tell);
}

bool FirstDrawn::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the expose before the window handles it (paints): the signal goes after.
    if (watched == m_window && event->type() == QEvent::Expose && m_window->isExposed())
        QTimer::singleShot(0, this, &FirstDrawn::tell);
    return QObject::eventFilter(watched, event);
}

void FirstDrawn::tell()
{
    if (m_told)
        return;
    m_told = true;
    m_window->removeEventFilter(this);
    emit drawn();
}
