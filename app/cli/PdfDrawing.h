#pragma once

#include <QString>

class ReportBuilder;

// What the drawing commands (report, board --format pdf) draw their PDFs with. The writers need Qt Gui and Charts,
// which a headless command never loads: the window's module (app/gui) gives its PdfWriters to the command line,
// and main() hands those commands to that module. Without one, the commands say they cannot draw.
class PdfDrawing {
public:
    virtual ~PdfDrawing() = default;

    // Each returns empty once the PDF is written at `path`, else why it is not.
    virtual QString writeReport(const ReportBuilder &content, const QString &path) const = 0;
    virtual QString writeBoard(const QString &title, const QString &text, const QString &path) const = 0;
};
