// The quarter report for 100 teams, for `make bench`: issue 8 asks for under 5 s. Figures only, no assertions on
// time.
#include "support/catch.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <iostream>

TEST_CASE("Quarter report of 100 teams", "[report][bench]")
{
    const QTemporaryDir folder;
    const auto document = Document::create(folder.filePath(QStringLiteral("hundred.okr")));
    Repository repository(*document);
    OrganisationGenerator::write(repository, {100, 2, 1, QDate::currentDate()});
    const Id cycleId = repository.cycles().active()->id;
    const QString path = folder.filePath(QStringLiteral("hundred.pdf"));

    QElapsedTimer timer;
    timer.start();
    const QuarterReport report = ReportBuilder(repository).build(cycleId, NoId, QDateTime::currentDateTime());
    const qint64 buildMs = timer.restart();
    int pages = 0;
    PdfReportWriter(report).write(path, [&](int done, int total) {
        pages = total - int(report.teams.size()) - 1;
        return done > 0;
    });
    const qint64 writeMs = timer.elapsed();
    std::cout << "Report of " << report.teams.size() << " teams: collected in " << buildMs << " ms, " << pages
              << " pages written in " << writeMs << " ms (" << QFileInfo(path).size() / 1024 << " KiB)\n";

    BENCHMARK("Collect and write the quarter report of 100 teams as PDF")
    {
        const QuarterReport measured = ReportBuilder(repository).build(cycleId, NoId, QDateTime::currentDateTime());
        return PdfReportWriter(measured).write(path);
    };
}
