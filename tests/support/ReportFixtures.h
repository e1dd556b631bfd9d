#pragma once

#include "model/Cycle.h"
#include "report/ReportBuilder.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The demo company in a temporary document, plus an objective whose title looks like markup, for the report tests.
struct DemoReportDocument {
    DemoReportDocument();

    static QString markupTitle() { return QStringLiteral("<b>R&D</b> & <i>friends</i>"); }
    static QString markupKeyResult() { return QStringLiteral("Cut <script>alert(1)</script> tickets & bugs"); }

    QString pathFor(const QString &fileName) const { return directory.filePath(fileName); }
    Cycle activeCycle() const;
    Cycle closedCycle() const;
    QStringList objectiveTitles(Id cycleId) const;
    // Closes the document, so the window can open it (a document is open in one place at a time).
    QString close();

    QTemporaryDir directory;
    std::unique_ptr<Document> document;
    std::unique_ptr<Repository> repository;
};

// Every team section of a report, taken one at a time as the PDF writer takes them.
QList<ReportTeam> sectionsOf(const ReportBuilder &content);

// What poppler's tools say about a PDF; empty when the tool is missing (see hasPopplerTools).
namespace PdfTools {

bool hasPopplerTools();                     // pdftotext and pdffonts on PATH
QString text(const QString &pdfPath);       // pdftotext, pages separated by form feeds
QString layoutText(const QString &pdfPath); // the same with the lines as laid out (pdftotext -layout)
QString fonts(const QString &pdfPath);      // pdffonts' table
QString simplified(const QString &text);    // every run of whitespace as one space, to find wrapped titles

} // namespace PdfTools
