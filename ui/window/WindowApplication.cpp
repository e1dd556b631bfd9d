#include "window/WindowApplication.h"

#include "document/DocumentSession.h"
#include "storage/DocumentError.h"
#include "widgets/MessageBoxes.h"
#include "window/MainWindow.h"

WindowApplication::WindowApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool WindowApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const DocumentError &error) {
        reportUnread(error.message());
        return true;
    }
}

void WindowApplication::reportUnread(const QString &message)
{
    // The session tells a lost connection (its notice bar, reconnecting) from a document that cannot be read.
    for (QWidget *widget : topLevelWidgets()) {
        const auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->session()) {
            window->session()->reportReadFailure(message);
            return;
        }
    }
    MessageBoxes::warning(activeWindow(), tr("Cannot Read Document"), message);
}
