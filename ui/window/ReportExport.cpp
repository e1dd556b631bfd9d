#include "window/ReportExport.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QProgressDialog>
#include <QStandardPaths>

#include <utility>

namespace {

ReportExport::PathChooser &pathChooser()
{
    static ReportExport::PathChooser chooser;
    return chooser;
}

QString askForPath(QWidget *parent, const QString &suggestedPath)
{
    if (pathChooser())
        return pathChooser()(parent, suggestedPath);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("ReportExport", "Export Quarter Report"),
                                        suggestedPath,
                                        QCoreApplication::translate("ReportExport", "PDF files (*.pdf)"));
}

ReportExport::TeamChooser &teamChooser()
{
    static ReportExport::TeamChooser chooser;
    return chooser;
}

std::optional<Id> askForTeam(QWidget *parent, const QList<Team> &teams)
{
    if (teamChooser())
        return teamChooser()(parent, teams);
    QStringList names{QCoreApplication::translate("ReportExport", "The whole organisation")};
    for (const Team &team : teams)
        names.append(team.name);
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        parent, QCoreApplication::translate("ReportExport", "Export Quarter Report"),
        QCoreApplication::translate("ReportExport", "Whose report? A team's report covers the teams below it too."),
        names, 0, false, &chosen);
    if (!chosen)
        return std::nullopt;
    const qsizetype index = names.indexOf(name);
    return index <= 0 ? NoId : teams.at(index - 1).id;
}

} // namespace

namespace ReportExport {

PathChooser setPathChooser(PathChooser chooser)
{
    return std::exchange(pathChooser(), std::move(chooser));
}

TeamChooser setTeamChooser(TeamChooser chooser)
{
    return std::exchange(teamChooser(), std::move(chooser));
}

QString exportCycle(QWidget *parent, const Repository &repository, Id cycleId, const QString &documentPath)
{
    QuarterReport report;
    QString teamName;
    try {
        const QList<Team> teams = repository.teams().all();
        // One team is the whole organisation: nothing to choose.
        const std::optional<Id> teamId = teams.size() > 1 ? askForTeam(parent, teams) : std::optional<Id>(NoId);
        if (!teamId)
            return {};
        for (const Team &team : teams) {
            if (team.id == *teamId)
                teamName = team.name;
        }
        report = ReportBuilder(repository).build(cycleId, *teamId, QDateTime::currentDateTime());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"),
                              error.message());
        return {};
    }
    // The documents folder: the document itself may live in a hidden data folder nobody browses.
    const QStringList nameParts{QFileInfo(documentPath).completeBaseName(), report.cycle.name, teamName};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(nameParts.join(QLatin1Char(' ')).trimmed() + QStringLiteral(".pdf"));
    const QString path = askForPath(parent, suggested);
    if (path.isEmpty())
        return {};
    if (const QString refusal = DocumentFiles(documentPath).refusalToWrite(path); !refusal.isEmpty()) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"), refusal);
        return {};
    }

    QProgressDialog progress(
        QCoreApplication::translate("ReportExport", "Writing the %1 report…").arg(report.cycle.name),
        QCoreApplication::translate("ReportExport", "Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(QCoreApplication::translate("ReportExport", "Export Quarter Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    PdfReportWriter writer(report);
    const PdfReportWriter::Result result = writer.write(path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // processes events, so Cancel can be clicked
        return !progress.wasCanceled();
    });
    progress.reset();
    if (result == PdfReportWriter::Result::Failed) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"),
                              writer.errorString());
        return {};
    }
    return result == PdfReportWriter::Result::Written ? path : QString();
}

} // namespace ReportExport
