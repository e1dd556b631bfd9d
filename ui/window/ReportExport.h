#pragma once

#include "model/Ids.h"

#include <QString>

#include <functional>

class QWidget;
class Repository;

// File > Export Quarter Report…: asks where to save, then writes the cycle's report with a progress dialog that
// can cancel. Problems are shown through MessageBoxes.
namespace ReportExport {

// Asks for the PDF's path; empty when the user cancels.
using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

// Replaces the save dialog, so tests can answer it; an empty chooser restores the dialog. Returns the previous one.
PathChooser setPathChooser(PathChooser chooser);

// The path written, or empty when the user cancelled or it failed (after saying why).
QString exportCycle(QWidget *parent, const Repository &repository, Id cycleId, const QString &documentPath);

} // namespace ReportExport
