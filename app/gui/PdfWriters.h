#pragma once

#include "cli/PdfDrawing.h"

// The PDF writers (ui/pdf) for the drawing commands, given to the command line in the window's module.
class PdfWriters : public PdfDrawing {
public:
    QString writeReport(const ReportBuilder &content, const QString &path) const override;
    QString writeBoard(const QString &title, const QString &text, const QString &path) const override;
};
