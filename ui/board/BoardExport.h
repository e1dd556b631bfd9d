#pragma once

#include <QString>

#include <functional>

class ProgressBoardView;
class QWidget;

// File > Export Board… and File > Print Board…: the progress board as it is shown (ProgressBoardPrinter), saved as a
// PDF or a PNG picture, or printed. Problems are shown through MessageBoxes.
namespace BoardExport {

// Asks for the file's path; empty when the user cancels. The format follows its suffix (.pdf or .png).
using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

// Replaces the save dialog, so tests can answer it; an empty chooser restores the dialog. Returns the previous one.
PathChooser setPathChooser(PathChooser chooser);

// Asks where, then writes the board there; refuses the document's own files (DocumentFiles). The path written, or
// empty when the user cancelled or it was refused or failed (after saying why).
QString exportBoard(QWidget *parent, ProgressBoardView &board, const QString &documentPath);

// Asks for a printer (QPrintDialog), then prints the board. True when printed.
bool printBoard(QWidget *parent, ProgressBoardView &board);

} // namespace BoardExport
