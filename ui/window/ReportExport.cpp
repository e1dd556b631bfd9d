#include "window/ReportExport.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"
#include "window/ReportScopeDialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

ReportExport::ScopeChooser &scopeChooser()
{
    static ReportExport::ScopeChooser chooser;
    return chooser;
}

std::optional<ReportExport::Scope> askForScope(QWidget *parent, const QList<Cycle> &cycles, Id shownCycleId,
                                               const QList<Team> &teams)
{
    if (scopeChooser())
        return scopeChooser()(parent, cycles, shownCycleId, teams);
    ReportScopeDialog dialog(cycles, shownCycleId, teams, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ReportExport::Scope{dialog.cycleId(), dialog.teamId()};
}

} // namespace

namespace ReportExport {

PathChooser setPathChooser(PathChooser chooser)
{
    return std::exchange(pathChooser(), std::move(chooser));
}

ScopeChooser setScopeChooser(ScopeChooser chooser)
{
    return std::exchange(scopeChooser(), std::move(chooser));
}

QString exportCycle(QWidget *parent, const Repository &repository, Id shownCycleId, const QString &documentPath)
{
    std::optional<ReportBuilder> content;
    QString teamName;
    try {
        const QList<Cycle> cycles = repository.cycles().all();
        const QList<Team> teams = repository.teams().all();
        // One cycle and one team: nothing to choose.
        const std::optional<Scope> scope = cycles.size() > 1 || teams.size() > 1
                                               ? askForScope(parent, cycles, shownCycleId, teams)
                                               : std::optional<Scope>(Scope{shownCycleId, NoId});
        if (!scope)
            return {};
        for (const Team &team : teams) {
            if (team.id == scope->teamId)
                teamName = team.name;
        }
        content.emplace(repository, scope->cycleId, scope->teamId, QDateTime::currentDateTime());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"),
                              error.message());
        return {};
    }
    // The documents folder: the document itself may live in a hidden data folder nobody browses.
    const QString cycleName = content->summary().cycle.name;
    const QStringList nameParts{QFileInfo(documentPath).completeBaseName(), cycleName, teamName};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(nameParts.join(QLatin1Char(' ')).trimmed() + QStringLiteral(".pdf"));
    const QString path = askForPath(parent, suggested);
    if (path.isEmpty())
        return {};
    if (const QString refusal = DocumentFiles(documentPath).refusalToWrite(path); !refusal.isEmpty()) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"), refusal);
        return {};
    }

    QProgressDialog progress(QCoreApplication::translate("ReportExport", "Writing the %1 report…").arg(cycleName),
                             QCoreApplication::translate("ReportExport", "Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(QCoreApplication::translate("ReportExport", "Export Quarter Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    PdfReportWriter writer(*content);
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
