// quarterdeck [FILE] opens the window; quarterdeck COMMAND ... runs headless (no display needed). The executable
// holds only the headless commands (Qt Core and Sql): the window and the commands that draw are in the window's
// module, loaded for them alone (GuiEntry.h).
#include "cli/CommandLine.h"
#include "gui/GuiEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    CommandLine::describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(QCoreApplication::arguments(), out, err);
}

// Beside the executable in the build tree; where the installation puts it otherwise (relative to bin/). There is
// no QCoreApplication yet (the module makes the QApplication), so the executable's own path comes from /proc.
QString guiModulePath()
{
    const QDir folder = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).dir();
    const QString besideExecutable = folder.filePath(QStringLiteral(QUARTERDECK_GUI_MODULE));
    if (QFileInfo::exists(besideExecutable))
        return besideExecutable;
    return QDir::cleanPath(folder.filePath(QStringLiteral(QUARTERDECK_INSTALLED_GUI_MODULE)));
}

int runInGuiModule(const char *entryName, int argc, char *argv[])
{
    QLibrary module(guiModulePath());
    const auto entry = reinterpret_cast<GuiEntry::Function>(module.resolve(entryName));
    if (!entry) {
        std::fprintf(stderr, "quarterdeck: %s\n", qPrintable(module.errorString()));
        return 1;
    }
    return entry(&argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::needsGuiApplication(arguments))
        return runInGuiModule(GuiEntry::drawingCommand, argc, argv);
    if (CommandLine::isHeadless(arguments))
        return runHeadless(argc, argv);
    return runInGuiModule(GuiEntry::window, argc, argv);
}
