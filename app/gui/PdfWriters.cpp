#include "gui/PdfWriters.h"

#include "pdf/PdfBoardWriter.h"
#include "pdf/PdfReportWriter.h"

QString PdfWriters::writeReport(const ReportBuilder &content, const QString &path) const
{
    PdfReportWriter writer(content);
    return writer.write(path) == PdfReportWriter::Result::Written ? QString() : writer.errorString();
}

QString PdfWriters::writeBoard(const QString &title, const QString &text, const QString &path) const
{
    PdfBoardWriter writer(title, text);
    return writer.write(path) ? QString() : writer.errorString();
}
