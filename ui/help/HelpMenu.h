#pragma once

#include <QMenu>

class QMainWindow;

// The Help menu: Keyboard Shortcuts… (read from the window's own actions), the guide to the planning session and
// the weekly check-in, and About.
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    // `window` is where the dialogs open and whose actions the shortcut list reads.
    explicit HelpMenu(QMainWindow *window);

    // Where the open document lives, for About.
    void setDocumentLocation(const QString &location) { m_documentLocation = location; }

private:
    void showShortcuts();
    void showGuide();
    void showAbout();

    QMainWindow *m_window;
    QString m_documentLocation;
};
