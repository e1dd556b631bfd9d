#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Keeps a window on its screen: a window asks for the size it would like, in characters so that it grows with the
// font, and gets at most the screen's available geometry (panels and task bars left out) less its frame; its
// layout must be able to shrink that far (the UI tests check every window at 1366x768 with a doubled font). Every
// dialog and tool window sizes itself through here instead of in pixels, so a 1366x768 laptop, a 1920x1080 monitor and
// a doubled font all see the whole window with its buttons.
class ScreenFit {
public:
    // The room for windows on the screen `widget` is on, or opens on (its parent's).
    static QRect availableGeometry(const QWidget *widget);
    // `columns` average characters by `lines` lines of `widget`'s font.
    static QSize inCharacters(const QWidget *widget, int columns, int lines);
    // The window's frame (title bar and borders): measured once shown, estimated from the style before.
    static QSize frameAllowance(const QWidget *window);
    // Resizes `window` to `preferred`, bounded by `available` less its frame. Where it opens stays with the window
    // system and QDialog, which keep a window that fits on the screen.
    static void fit(QWidget *window, QSize preferred, const QRect &available);
    // The same on the window's own screen.
    static void fit(QWidget *window, QSize preferred);
};
