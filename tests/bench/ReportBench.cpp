// The quarter report, for `make bench`: issue 8 asks for 100 teams under 5 s; issue 17 asks for the 1,000-team
// organisation (LargeDocument) within 1.5 times the same text laid out plainly through QTextDocument to
// QPdfWriter, with memory flat in the number of teams. Figures only, no assertions on time.
#include "support/catch.h"

#include "bench/LargeDocument.h"
#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/ReportFixtures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <iostream>

namespace {

// Collects and writes the report of `cycleId`; prints and returns the milliseconds taken.
qint64 writeReport(const Repository &repository, Id cycleId, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const ReportBuilder report(repository, cycleId, NoId, QDateTime::currentDateTime());
    const qint64 buildMs = timer.restart();
    PdfReportWriter(report).write(path);
    const qint64 writeMs = timer.elapsed();
    std::cout << "Report of " << report.sectionCount() << " team sections: summed in " << buildMs << " ms, written in "
              << writeMs << " ms (" << QFileInfo(path).size() / 1024 << " KiB)\n";
    return buildMs + writeMs;
}

} // namespace

TEST_CASE("Quarter report of 100 teams", "[report][bench]")
{
    const QTemporaryDir folder;
    const auto document = Document::create(folder.filePath(QStringLiteral("hundred.okr")));
    Repository repository(*document);
    OrganisationGenerator::write(repository, {100, 2, 1, QDate::currentDate()});
    const Id cycleId = repository.cycles().active()->id;
    const QString path = folder.filePath(QStringLiteral("hundred.pdf"));
    writeReport(repository, cycleId, path);

    BENCHMARK("Collect and write the quarter report of 100 teams as PDF")
    {
        const ReportBuilder measured(repository, cycleId, NoId, QDateTime::currentDateTime());
        return PdfReportWriter(measured).write(path);
    };
}

TEST_CASE("Quarter report of the large organisation against plain text", "[report][large][bench]")
{
    const QTemporaryDir folder;
    const std::unique_ptr<Document> document = Document::open(LargeDocument::path(), Document::OpenMode::ReadOnly);
    const Repository repository(*document);
    const QString path = folder.filePath(QStringLiteral("large.pdf"));
    const qint64 reportMs = writeReport(repository, repository.cycles().active()->id, path);
    if (!PdfTools::hasPopplerTools()) {
        WARN("pdftotext is missing (Debian: poppler-utils): no plain-text reference");
        return;
    }

    // The reference: the report's own text, page breaks included, as one plain QTextDocument printed to PDF.
    const QString text = PdfTools::text(path);
    QElapsedTimer timer;
    timer.start();
    QTextDocument plain;
    plain.setPlainText(text);
    QPdfWriter writer(folder.filePath(QStringLiteral("plain.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    plain.print(&writer);
    const qint64 plainMs = timer.elapsed();
    std::cout << "The same text through QTextDocument to QPdfWriter: " << plainMs << " ms ("
              << QFileInfo(folder.filePath(QStringLiteral("plain.pdf"))).size() / 1024 << " KiB); report / plain "
              << double(reportMs) / double(plainMs) << "\n";
}
