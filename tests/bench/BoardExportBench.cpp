// Figures for `make bench`: the progress board of a generated 1,000-team cycle exported as it is shown, as PDF
// pages and as one picture. Figures only, no assertions on time.
#include "support/catch.h"

#include "board/ProgressBoardPrinter.h"
#include "board/ProgressBoardView.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <iostream>

TEST_CASE("Board export: a generated 1,000-team cycle", "[board][export][bench]")
{
    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("big.okr")));
    Repository repository(*document);
    GeneratorSettings settings;
    settings.teams = 1000;
    settings.cycles = 1;
    settings.today = QDate(2026, 8, 12);
    OrganisationGenerator::write(repository, settings);
    const Id cycleId = repository.cycles().active()->id;

    ProgressBoardView board;
    board.setReferenceDate(settings.today);
    board.resize(1366, 700);
    board.show();
    board.showPlan(repository.queries().loadCyclePlan(cycleId),
                   repository.queries().keyResultHistoriesOfCycle(cycleId));

    const ProgressBoardPrinter everything(board);
    std::cout << "Shown rows: " << everything.shownRowCount() << ", picture " << everything.imageSize().width() << "x"
              << everything.imageSize().height() << "\n";

    BENCHMARK("Read the shown rows (ProgressBoardPrinter)")
    {
        return ProgressBoardPrinter(board).shownRowCount();
    };
    BENCHMARK("Paint every page of the PDF")
    {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdf);
        writer.setPageLayout(everything.pageLayout());
        everything.paint(writer);
        return pdf.size();
    };

    ProgressBoard::Filter offTrack;
    offTrack.offTrack = true;
    board.setFilter(offTrack);
    const ProgressBoardPrinter filtered(board);
    std::cout << "Off track rows: " << filtered.shownRowCount() << ", picture " << filtered.imageSize().width() << "x"
              << filtered.imageSize().height() << "\n";
    BENCHMARK("The off track objectives as one picture")
    {
        return filtered.toImage().height();
    };
}
