#include "window/ReportExport.h"

#include "pdf/PdfReportWriter.h"
#include "preferences/Preferences.h"
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
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
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

ReportExport::PrinterChooser &printerChooser()
{
    static ReportExport::PrinterChooser chooser;
    return chooser;
}

// The report's content for the scope the user chooses (none when cancelled, or unreadable after saying so), and
// the name of the team it is about (empty: the whole organisation).
std::optional<ReportBuilder> chosenReport(QWidget *parent, const Repository &repository, Id shownCycleId,
                                          const QString &refusalTitle, QString &teamName)
{
    try {
        const QList<Cycle> cycles = repository.cycles().all();
        const QList<Team> teams = repository.teams().all();
        // One cycle and one team: nothing to choose.
        const std::optional<ReportExport::Scope> scope =
            cycles.size() > 1 || teams.size() > 1
                ? askForScope(parent, cycles, shownCycleId, teams)
                : std::optional<ReportExport::Scope>(ReportExport::Scope{shownCycleId, NoId});
        if (!scope)
            return std::nullopt;
        for (const Team &team : teams) {
            if (team.id == scope->teamId)
                teamName = team.name;
        }
        return std::optional<ReportBuilder>(std::in_place, repository, scope->cycleId, scope->teamId,
                                            QDateTime::currentDateTime(), Preferences::paceThresholds());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parent, refusalTitle, error.message());
        return std::nullopt;
    }
}

// Runs `pages` (the writer's write or print) behind a window-modal progress dialog whose Cancel stops it.
PdfReportWriter::Result withProgress(QWidget *parent, const QString &label, const QString &title,
                                     const std::function<PdfReportWriter::Result(const PdfReportWriter::Progress &)> &pages)
{
    QProgressDialog progress(label, QCoreApplication::translate("ReportExport", "Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const PdfReportWriter::Result result = pages([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // processes events, so Cancel can be clicked
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

} // namespace

namespace ReportExport {

PrinterChooser setPrinterChooser(PrinterChooser chooser)
{
    return std::exchange(printerChooser(), std::move(chooser));
}

bool printCycle(QWidget *parent, const Repository &repository, Id shownCycleId)
{
    const QString refusalTitle = QCoreApplication::translate("ReportExport", "Cannot Print Report");
    QString teamName;
    const std::optional<ReportBuilder> content = chosenReport(parent, repository, shownCycleId, refusalTitle, teamName);
    if (!content)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    // The report lays its own margins out on the whole sheet, A4 unless the user chooses another paper.
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setDocName(
        QCoreApplication::translate("ReportExport", "%1 quarter report").arg(content->summary().cycle.name));
    if (printerChooser()) {
        if (!printerChooser()(parent, printer))
            return false;
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(QCoreApplication::translate("ReportExport", "Print Quarter Report"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    PdfReportWriter writer(*content);
    const PdfReportWriter::Result result = withProgress(
        parent,
        QCoreApplication::translate("ReportExport", "Printing the %1 report…").arg(content->summary().cycle.name),
        QCoreApplication::translate("ReportExport", "Print Quarter Report"),
        [&](const PdfReportWriter::Progress &progress) { return writer.print(printer, progress); });
    if (result == PdfReportWriter::Result::Cancelled)
        printer.abort();
    if (result == PdfReportWriter::Result::Failed)
        MessageBoxes::warning(parent, refusalTitle, writer.errorString());
    return result == PdfReportWriter::Result::Written;
}

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
    QString teamName;
    const std::optional<ReportBuilder> content =
        chosenReport(parent, repository, shownCycleId,
                     QCoreApplication::translate("ReportExport", "Cannot Export Report"), teamName);
    if (!content)
        return {};
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

    PdfReportWriter writer(*content);
    const PdfReportWriter::Result result =
        withProgress(parent, QCoreApplication::translate("ReportExport", "Writing the %1 report…").arg(cycleName),
                     QCoreApplication::translate("ReportExport", "Export Quarter Report"),
                     [&](const PdfReportWriter::Progress &progress) { return writer.write(path, progress); });
    if (result == PdfReportWriter::Result::Failed) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"),
                              writer.errorString());
        return {};
    }
    return result == PdfReportWriter::Result::Written ? path : QString();
}

} // namespace ReportExport
