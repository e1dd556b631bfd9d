#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class ReportBuilder;

// Lays a quarter report out as a PDF: a cover, a table of contents when there are many teams, the executive
// summary and a section per team, with running headers and page numbers. Text goes through QTextDocument (so it
// stays selectable, with embedded fonts) and charts are drawn as vectors into the same painter.
// A few team sections at a time: each is taken from the builder, laid out to count its pages and dropped, then taken
// and laid out again to be painted, so memory does not grow with the number of teams. The counting layouts run on a
// thread pool, which also composes and lays out the next sections while one is painted (see ARCHITECTURE.md).
// The file appears only once complete: it is written beside the target and renamed, so a cancelled or failed
// export leaves no half-written file (and an existing file untouched).
class PdfReportWriter {
public:
    enum class Result { Written, Cancelled, Failed };
    // Called after each step with the steps done and their total, known from the start (two per team section);
    // return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // More team sections than this get a table of contents.
    static constexpr qsizetype ContentsThreshold = 6;

    explicit PdfReportWriter(const ReportBuilder &content);
    // The writer keeps a reference: a temporary builder would be gone before write() reads it.
    explicit PdfReportWriter(ReportBuilder &&) = delete;

    // Failed also when the document cannot be read while writing, with its message.
    Result write(const QString &path, const Progress &progress = {});
    // The same pages painted on `device` (a QPrinter: File > Print…), with its page layout as set; Written once
    // every page went to it.
    Result print(QPagedPaintDevice &device, const Progress &progress = {});
    QString errorString() const { return m_errorString; } // after Failed: why, for people

private:
    Result writeSections(const QString &path, const Progress &progress);
    // Paints every page on `device`; Failed (with no error string) when the device refused a page.
    Result paint(QPagedPaintDevice &device, const Progress &progress);

    const ReportBuilder &m_content;
    QString m_errorString;
};
