#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QStyle>
#include <QWidget>

QRect ScreenFit::availableGeometry(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QSize ScreenFit::inCharacters(const QWidget *widget, int columns, int lines)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return {columns * metrics.averageCharWidth(), lines * metrics.lineSpacing()};
}

QSize ScreenFit::frameAllowance(const QWidget *window)
{
    if (window->isVisible() && window->frameGeometry() != window->geometry())
        return window->frameGeometry().size() - window->geometry().size();
    // Not shown yet: the window manager's frame is unknown; the style's title bar and borders are a fair guess.
    const int border = 2 * window->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, window);
    return {2 * border, window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window) + 2 * border};
}

void ScreenFit::fit(QWidget *window, QSize preferred, const QRect &available)
{
    // The layout's minimum as the window is now: one taken while it was being built (a dock not hidden yet) would
    // hold the window wider than it needs. A layout that needs more than the screen still gets it.
    if (QLayout *layout = window->layout()) {
        layout->invalidate();
        layout->activate();
    }
    window->resize(preferred.boundedTo(available.size() - frameAllowance(window)));
}

void ScreenFit::fit(QWidget *window, QSize preferred)
{
    fit(window, preferred, availableGeometry(window));
}
