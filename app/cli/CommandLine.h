#pragma once

#include <QStringList>
#include <QTextStream>

class PdfDrawing;

// The one dispatcher: `quarterdeck [FILE]` opens the window, `quarterdeck COMMAND ...` runs headless.
namespace CommandLine {

// True when the arguments ask for a headless run (a subcommand, --help or --version): main() then
// creates a QCoreApplication, so no display is needed.
bool isHeadless(const QStringList &arguments);

// True when the arguments run a headless command that draws (Subcommand::needsGuiApplication).
bool needsGuiApplication(const QStringList &arguments);

// The FILE of `quarterdeck [FILE]`; empty when none was given.
QString documentArgument(const QStringList &arguments);

// Runs a headless command line and returns the process exit code. The drawing commands draw with `drawing`; without
// one they say they cannot.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const PdfDrawing *drawing = nullptr);

// Names the application (its settings and data folders) and installs the English plural forms and the interface
// language's translations (InterfaceLanguage): what every process does once its application object exists.
void describeApplication();

} // namespace CommandLine
