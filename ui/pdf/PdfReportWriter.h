#pragma once

#include "report/QuarterReport.h"

#include <QString>

#include <functional>

// Lays a QuarterReport out as a PDF: a cover, a table of contents when there are many teams, the executive
// summary and a section per team, with running headers and page numbers. Text goes through QTextDocument (so it
// stays selectable, with embedded fonts) and charts are drawn as vectors into the same painter.
// The file appears only once complete: it is written beside the target and renamed, so a cancelled or failed
// export leaves no half-written file (and an existing file untouched).
class PdfReportWriter {
public:
    enum class Result { Written, Cancelled, Failed };
    // Called after each step with the steps done and the steps known so far (the total grows once the pages are
    // laid out); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // More team sections than this get a table of contents.
    static constexpr qsizetype ContentsThreshold = 6;

    explicit PdfReportWriter(const QuarterReport &report);
    // The writer keeps a reference: a temporary report would be gone before write() reads it.
    explicit PdfReportWriter(QuarterReport &&) = delete;

    Result write(const QString &path, const Progress &progress = {});
    QString errorString() const { return m_errorString; } // after Failed: why, for people

private:
    const QuarterReport &m_report;
    QString m_errorString;
};
