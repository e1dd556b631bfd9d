#pragma once

#include "model/Ids.h"
#include "model/Team.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;
class Repository;

// File > Export Quarter Report…: asks for whose report (the whole organisation or one team and those below it, as
// `quarterdeck report --team` does) and where to save it (the user's documents folder first), then writes the cycle's
// report with a progress dialog that can cancel. Problems are shown through MessageBoxes.
namespace ReportExport {

// Asks for the PDF's path; empty when the user cancels.
using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

// Replaces the save dialog, so tests can answer it; an empty chooser restores the dialog. Returns the previous one.
PathChooser setPathChooser(PathChooser chooser);

// Asks whose report it is: NoId for the whole organisation, a team's id, nothing when the user cancels.
using TeamChooser = std::function<std::optional<Id>(QWidget *parent, const QList<Team> &teams)>;
// Replaces the question, as setPathChooser does.
TeamChooser setTeamChooser(TeamChooser chooser);

// The path written, or empty when the user cancelled or it failed (after saying why).
QString exportCycle(QWidget *parent, const Repository &repository, Id cycleId, const QString &documentPath);

} // namespace ReportExport
