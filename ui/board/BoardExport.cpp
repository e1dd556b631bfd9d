#include "board/BoardExport.h"

#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardPrinter.h"
#include "board/ProgressBoardView.h"
#include "storage/DocumentFiles.h"
#include "widgets/MessageBoxes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace {

BoardExport::PathChooser &pathChooser()
{
    static BoardExport::PathChooser chooser;
    return chooser;
}

bool isPng(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
}

QString askForPath(QWidget *parent, const QString &suggestedPath)
{
    if (pathChooser())
        return pathChooser()(parent, suggestedPath);
    const QString pdf = QCoreApplication::translate("BoardExport", "PDF files (*.pdf)");
    const QString png = QCoreApplication::translate("BoardExport", "PNG images (*.png)");
    QString chosenFilter = pdf;
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("BoardExport", "Export Board"),
                                                suggestedPath, pdf + QStringLiteral(";;") + png, &chosenFilter);
    // A name without the suffix of either format takes the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!path.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("png"))
        path += chosenFilter == png ? QStringLiteral(".png") : QStringLiteral(".pdf");
    return path;
}

enum class Outcome { Done, Cancelled, Failed };

// Paints the board's pages with a progress dialog that can cancel: a board of 1,000 teams takes a while.
Outcome paintPages(QWidget *parent, const QString &title, const ProgressBoardPrinter &board, QPagedPaintDevice &device)
{
    QProgressDialog progress(QCoreApplication::translate("BoardExport", "Drawing the board…"),
                             QCoreApplication::translate("BoardExport", "Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("boardProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool painted = board.paint(device, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // processes events, so Cancel can be clicked
        return !progress.wasCanceled();
    });
    if (painted)
        return Outcome::Done;
    return progress.wasCanceled() ? Outcome::Cancelled : Outcome::Failed;
}

// Writes the picture through a QSaveFile: a failed export leaves an existing file as it was. Empty when written,
// else why not.
QString writePng(const ProgressBoardPrinter &board, const QString &path)
{
    // One picture, no pages to count: a thousand teams take a second.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QImage image = board.toImage();
    QGuiApplication::restoreOverrideCursor();
    if (image.isNull())
        return QCoreApplication::translate(
                   "BoardExport",
                   "The board's %1 rows are too many for one picture. Export it as a PDF, or filter it first.")
            .arg(board.shownRowCount());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return QCoreApplication::translate("BoardExport", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

// As the quarter report: written beside the target and renamed once complete, so a cancelled or failed export
// leaves no half-written file.
Outcome writePdf(QWidget *parent, const ProgressBoardPrinter &board, const QString &title, const QString &path,
                 QString *failure)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *failure = QCoreApplication::translate("BoardExport", "Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
        return Outcome::Failed;
    }
    Outcome outcome = Outcome::Failed;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(board.pageLayout());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Quarterdeck %1").arg(QStringLiteral(QUARTERDECK_VERSION)));
        outcome = paintPages(parent, QCoreApplication::translate("BoardExport", "Export Board"), board, writer);
    }
    if (outcome != Outcome::Done) {
        file.cancelWriting();
        *failure = QCoreApplication::translate("BoardExport", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return outcome;
    }
    if (!file.commit()) {
        *failure = QCoreApplication::translate("BoardExport", "Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
        return Outcome::Failed;
    }
    return Outcome::Done;
}

QString titleOf(const ProgressBoardView &board)
{
    return QCoreApplication::translate("BoardExport", "Progress board %1")
        .arg(board.boardModel()->cycle().name)
        .trimmed();
}

} // namespace

namespace BoardExport {

PathChooser setPathChooser(PathChooser chooser)
{
    return std::exchange(pathChooser(), std::move(chooser));
}

QString exportBoard(QWidget *parent, ProgressBoardView &board, const QString &documentPath)
{
    // The documents folder: the document itself may live in a hidden data folder nobody browses.
    const QStringList nameParts{QFileInfo(documentPath).completeBaseName(), board.boardModel()->cycle().name,
                                QCoreApplication::translate("BoardExport", "board")};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(nameParts.join(QLatin1Char(' ')).trimmed() + QStringLiteral(".pdf"));
    const QString path = askForPath(parent, suggested);
    if (path.isEmpty())
        return {};
    const QString cannotExport = QCoreApplication::translate("BoardExport", "Cannot Export Board");
    if (const QString refusal = DocumentFiles(documentPath).refusalToWrite(path); !refusal.isEmpty()) {
        MessageBoxes::warning(parent, cannotExport, refusal);
        return {};
    }

    const ProgressBoardPrinter printer(board);
    if (isPng(path)) {
        if (const QString failure = writePng(printer, path); !failure.isEmpty()) {
            MessageBoxes::warning(parent, cannotExport, failure);
            return {};
        }
        return path;
    }
    QString failure;
    const Outcome outcome = writePdf(parent, printer, titleOf(board), path, &failure);
    if (outcome == Outcome::Failed)
        MessageBoxes::warning(parent, cannotExport, failure);
    return outcome == Outcome::Done ? path : QString();
}

bool printBoard(QWidget *parent, ProgressBoardView &board)
{
    const ProgressBoardPrinter boardPrinter(board);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(boardPrinter.pageLayout());
    printer.setDocName(titleOf(board));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("BoardExport", "Print Board"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Outcome outcome =
        paintPages(parent, QCoreApplication::translate("BoardExport", "Print Board"), boardPrinter, printer);
    if (outcome == Outcome::Failed)
        MessageBoxes::warning(
            parent, QCoreApplication::translate("BoardExport", "Cannot Print Board"),
            QCoreApplication::translate("BoardExport", "The printer did not take the board's pages."));
    return outcome == Outcome::Done;
}

} // namespace BoardExport
