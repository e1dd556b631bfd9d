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
#include <QProgressDialog>

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

} // namespace

namespace ReportExport {

PathChooser setPathChooser(PathChooser chooser)
{
    return std::exchange(pathChooser(), std::move(chooser));
}

QString exportCycle(QWidget *parent, const Repository &repository, Id cycleId, const QString &documentPath)
{
    QuarterReport report;
    try {
        report = ReportBuilder(repository).build(cycleId, NoId, QDateTime::currentDateTime());
    } catch (const DocumentError &error) {
        MessageBoxes::warning(parent, QCoreApplication::translate("ReportExport", "Cannot Export Report"),
                              error.message());
        return {};
    }
    const QFileInfo document(documentPath);
    const QString suggested = document.absoluteDir().filePath(
        QStringLiteral("%1 %2.pdf").arg(document.completeBaseName(), report.cycle.name));
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
