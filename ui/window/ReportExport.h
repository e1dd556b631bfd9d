#pragma once

#include "model/Cycle.h"
#include "model/Ids.h"
#include "model/Team.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;
class Repository;

// File > Export Quarter Report…: asks for the cycle (the shown one first) and whose report (the whole organisation
// or one team and those below it), as `quarterdeck report --cycle --team` takes them, and where to save it (the
// user's documents folder first), then writes the report with a progress dialog that can cancel. Problems are shown
// through MessageBoxes.
namespace ReportExport {

// Asks for the PDF's path; empty when the user cancels.
using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

// Replaces the save dialog, so tests can answer it; an empty chooser restores the dialog. Returns the previous one.
PathChooser setPathChooser(PathChooser chooser);

// The cycle of the report and whose it is (NoId: the whole organisation).
struct Scope {
    Id cycleId = NoId;
    Id teamId = NoId;
};
// Asks for the scope, `shownCycleId` first; nothing when the user cancels.
using ScopeChooser = std::function<std::optional<Scope>(QWidget *parent, const QList<Cycle> &cycles, Id shownCycleId,
                                                        const QList<Team> &teams)>;
// Replaces the question (ReportScopeDialog), as setPathChooser does.
ScopeChooser setScopeChooser(ScopeChooser chooser);

// The path written, or empty when the user cancelled or it failed (after saying why).
QString exportCycle(QWidget *parent, const Repository &repository, Id shownCycleId, const QString &documentPath);

// Sets up the printer, or answers false when the user cancels: the system's print dialog (QPrintDialog).
using PrinterChooser = std::function<bool(QWidget *parent, QPrinter &printer)>;
// Replaces the print dialog, so tests can print to a PDF file; as setPathChooser.
PrinterChooser setPrinterChooser(PrinterChooser chooser);

// File > Print…: asks for the scope as exportCycle does, then for the printer, and prints the same pages the PDF
// has. True when every page went to the printer; false when cancelled or failed (after saying why).
bool printCycle(QWidget *parent, const Repository &repository, Id shownCycleId);

} // namespace ReportExport
