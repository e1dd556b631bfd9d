// The window's module (see GuiEntry.h): what main() hands over when the window opens or a command draws.
#include "cli/CommandLine.h"
#include "cli/DefaultDocument.h"
#include "gui/GuiEntry.h"
#include "gui/PdfWriters.h"
#include "widgets/MessageBoxes.h"
#include "window/FirstDrawn.h"
#include "window/FirstStartDialog.h"
#include "window/MainWindow.h"
#include "window/WindowApplication.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

namespace {

// The first start asks how to begin: the example company in a document of its own, or the user's organisation in
// the default document. Empty when the user quits.
QString firstStartDocument()
{
    FirstStartDialog dialog(QDate::currentDate());
    while (dialog.exec() == QDialog::Accepted) {
        QString problem;
        QTextStream problems(&problem);
        const QString path =
            dialog.choice() == FirstStartDialog::Choice::Example
                ? DefaultDocument::ensureExample(problems)
                : DefaultDocument::createOrganisation(dialog.organisationName(), dialog.teamNames(), problems);
        if (!path.isEmpty())
            return path;
        MessageBoxes::warning(&dialog, QCoreApplication::translate("main", "Cannot Start"), problem.trimmed());
    }
    return {};
}

} // namespace

// A command that draws (the PDF report) needs fonts and Qt Charts, so a QApplication, but never a display.
extern "C" Q_DECL_EXPORT int quarterdeck_gui_drawing_command(int *argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(*argc, argv);
    CommandLine::describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const PdfWriters drawing;
    return CommandLine::run(QApplication::arguments(), out, err, &drawing);
}

extern "C" Q_DECL_EXPORT int quarterdeck_gui_window(int *argc, char **argv)
{
    WindowApplication application(*argc, argv);
    CommandLine::describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("quarterdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quarterdeck.svg")));

    QString path = CommandLine::documentArgument(QApplication::arguments());
    if (path.isEmpty() && DefaultDocument::isFirstStart()) {
        path = firstStartDocument();
        if (path.isEmpty())
            return 0; // the user quit
    } else if (path.isEmpty()) {
        path = DefaultDocument::path();
    }
    MainWindow window;
    // Reading a large document takes a moment: the window is on screen first, saying what it opens, then filled.
    window.statusBar()->showMessage(
        QCoreApplication::translate("main", "Opening %1…").arg(QDir::toNativeSeparators(path)));
    window.show();
    QObject::connect(new FirstDrawn(&window), &FirstDrawn::drawn, &window, [&window, path] {
        // `make bench` times start-up against a bare Qt window: to the window drawn, and to the first idle moment
        // of the event loop once the document fills it.
        if (qEnvironmentVariableIsSet("QUARTERDECK_BENCH_QUIT_WHEN_DRAWN")) {
            QApplication::quit();
            return;
        }
        window.statusBar()->clearMessage();
        window.openStartUpDocument(path);
        if (qEnvironmentVariableIsSet("QUARTERDECK_BENCH_QUIT_WHEN_IDLE"))
            QTimer::singleShot(0, qApp, &QApplication::quit);
    });
    return application.exec();
}
