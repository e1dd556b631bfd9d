#pragma once

// The window's module (quarterdeck-gui.so): the window, and the commands that draw (a PDF). Qt Gui, Widgets and
// Charts load with it, so main() loads it only for those, and a headless command starts without them.
namespace GuiEntry {

// Each takes main()'s arguments; the module makes the QApplication.
using Function = int (*)(int *argc, char **argv);

// `quarterdeck [FILE]`: the window.
inline constexpr char window[] = "quarterdeck_gui_window";
// A command that draws (CommandLine::needsGuiApplication), run on the offscreen platform.
inline constexpr char drawingCommand[] = "quarterdeck_gui_drawing_command";

} // namespace GuiEntry
