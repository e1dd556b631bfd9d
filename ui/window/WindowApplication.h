#pragma once

#include <QApplication>

// The window's application. A document that cannot be read in the middle of a user's action (a DocumentError that
// no form caught: a lost connection to the server, a file gone) is reported as the window reports any failed read,
// and the window stays open, instead of ending the program with what the user had on screen.
class WindowApplication : public QApplication {
    Q_OBJECT
public:
    WindowApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    void reportUnread(const QString &message);
};
