#include "support/catch.h"

#include "board/BoardExport.h"
#include "board/PrintedBoardModel.h"
#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardPrinter.h"
#include "board/ProgressBoardView.h"
#include "document/ShownPlan.h"
#include "palette/PaceColours.h"
#include "sample/DemoCompany.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "support/PinnedLocale.h"
#include "ui/support/RecordedMessages.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

namespace {

const QDate today(2026, 8, 12);

// A document written by `write` (the demo company unless told), its active cycle on a board in a shown window.
struct BoardWindow {
    explicit BoardWindow(const std::function<void(Repository &)> &write =
                             [](Repository &repository) { DemoCompany::write(repository, today); })
        : document(Document::create(folder.filePath(QStringLiteral("demo.okr"))))
        , repository(*document)
    {
        write(repository);
        shownPlan.setRepository(&repository);
        board = new ProgressBoardView(&window);
        board->setReferenceDate(today);
        board->setShownPlan(&shownPlan);
        shownPlan.showCycle(repository.cycles().active()->id);
        board->refresh();
        window.resize(1200, 700);
        board->resize(window.size());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    QString pathFor(const QString &name) const { return folder.filePath(name); }

    QTemporaryDir folder;
    std::unique_ptr<Document> document;
    Repository repository;
    ShownPlan shownPlan;
    QWidget window;
    ProgressBoardView *board = nullptr;
};

// The rows the tree shows below `parent`: its children, and theirs where the tree has them expanded.
int shownRowsBelow(const QTreeView &tree, const QModelIndex &parent = {})
{
    if (parent.isValid() && !tree.isExpanded(parent))
        return 0;
    int rows = 0;
    for (int row = 0; row < tree.model()->rowCount(parent); ++row)
        rows += 1 + shownRowsBelow(tree, tree.model()->index(row, 0, parent));
    return rows;
}

// 40 generated teams: a board longer than a page.
void writeFortyTeams(Repository &repository)
{
    GeneratorSettings settings;
    settings.teams = 40;
    settings.cycles = 1;
    settings.today = today;
    OrganisationGenerator::write(repository, settings);
}

// While alive, the board's save dialog answers `path`.
class AnsweredSaveDialog {
public:
    explicit AnsweredSaveDialog(const QString &path)
        : m_previous(BoardExport::setPathChooser([path](QWidget *, const QString &) { return path; }))
    {
    }
    ~AnsweredSaveDialog() { BoardExport::setPathChooser(std::move(m_previous)); }
    AnsweredSaveDialog(const AnsweredSaveDialog &) = delete;
    AnsweredSaveDialog &operator=(const AnsweredSaveDialog &) = delete;

private:
    BoardExport::PathChooser m_previous;
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page objects of a PDF: "/Type /Page", never the "/Type /Pages" tree.
qsizetype pageCount(const QString &pdfPath)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    qsizetype pages = 0;
    for (auto match = page.globalMatch(QString::fromLatin1(contentsOf(pdfPath))); match.hasNext(); match.next())
        ++pages;
    return pages;
}

qsizetype writtenPdfPages(const ProgressBoardPrinter &printer, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageLayout(printer.pageLayout());
        REQUIRE(printer.paint(writer));
    }
    REQUIRE(contentsOf(path).startsWith("%PDF-"));
    return pageCount(path);
}

} // namespace

TEST_CASE("Exporting the board to PNG writes a picture of every shown row, as wide as its columns",
          "[ui][board][export]")
{
    const RecordedMessages messages;
    BoardWindow shown;
    shown.window.resize(1200, 250);
    shown.board->resize(shown.window.size());
    const QString path = shown.pathFor(QStringLiteral("board.png"));
    const AnsweredSaveDialog dialog(path);

    CHECK(BoardExport::exportBoard(&shown.window, *shown.board, shown.document->path()) == path);

    CHECK(messages.messages().isEmpty());
    QImage image;
    REQUIRE(image.load(path, "PNG"));
    const ProgressBoardPrinter printer(*shown.board);
    CHECK(image.size() == printer.imageSize());
    CHECK(image.width() > shown.board->treeView()->header()->length());
    // Taller than the view: rows off the screen are drawn too.
    CHECK(image.height() > shown.board->treeView()->viewport()->height());
    CHECK(printer.shownRowCount() == shownRowsBelow(*shown.board->treeView()));
}

TEST_CASE("Exporting the board to PDF writes pages that follow the filters", "[ui][board][export]")
{
    const RecordedMessages messages;
    BoardWindow shown(writeFortyTeams);
    const QString path = shown.pathFor(QStringLiteral("board.pdf"));
    {
        const AnsweredSaveDialog dialog(path);
        REQUIRE(BoardExport::exportBoard(&shown.window, *shown.board, shown.document->path()) == path);
    }
    CHECK(messages.messages().isEmpty());
    CHECK(contentsOf(path).startsWith("%PDF-"));
    const qsizetype allPages = pageCount(path);
    CHECK(allPages > 1);
    const ProgressBoardPrinter everything(*shown.board);
    CHECK(allPages == writtenPdfPages(everything, shown.pathFor(QStringLiteral("again.pdf"))));

    // About half the generated objectives have a stalled key result.
    ProgressBoard::Filter stalled;
    stalled.stalled = true;
    shown.board->setFilter(stalled);
    REQUIRE(shown.board->filterModel()->rowCount() > 0);
    const ProgressBoardPrinter filtered(*shown.board);
    CHECK(filtered.shownRowCount() < everything.shownRowCount());
    CHECK(writtenPdfPages(filtered, shown.pathFor(QStringLiteral("filtered.pdf"))) < allPages);
}

TEST_CASE("A filter or a folded card makes a shorter picture", "[ui][board][export]")
{
    BoardWindow shown;
    ProgressBoardView &board = *shown.board;
    const ProgressBoardPrinter everything(board);
    const int fullHeight = everything.toImage().height();

    // Fold the first card: what it shows below (its objectives, the teams below it) is left out, the card stays.
    const QModelIndex firstCard = board.filterModel()->index(0, 0);
    const int belowFirst = shownRowsBelow(*board.treeView(), firstCard);
    REQUIRE(belowFirst > 0);
    board.treeView()->collapse(firstCard);
    const ProgressBoardPrinter folded(board);
    CHECK(folded.shownRowCount() == everything.shownRowCount() - belowFirst);
    CHECK(folded.imageSize().height() < everything.imageSize().height());
    CHECK(folded.imageSize().width() == everything.imageSize().width());

    ProgressBoard::Filter missingCheckIn;
    missingCheckIn.missingCheckIn = true;
    board.setFilter(missingCheckIn);
    const ProgressBoardPrinter filtered(board);
    CHECK(filtered.shownRowCount() < everything.shownRowCount());
    CHECK(filtered.toImage().height() < fullHeight);
    // Read before the filter changed: the rows it dropped stay blank, nothing reads a row that is gone.
    CHECK(everything.toImage().height() == fullHeight);
}

TEST_CASE("The board's export should refuse the document and its journal, leaving them untouched",
          "[ui][board][export]")
{
    const RecordedMessages messages;
    BoardWindow shown;
    const QString documentPath = shown.document->path();
    const QByteArray before = contentsOf(documentPath);

    for (const QString &target : QStringList{documentPath, documentPath + QStringLiteral("-wal")}) {
        INFO(target.toStdString());
        const AnsweredSaveDialog dialog(target);
        CHECK(BoardExport::exportBoard(&shown.window, *shown.board, documentPath).isEmpty());
        REQUIRE_FALSE(messages.messages().isEmpty());
        CHECK(messages.messages().last().text.contains(QStringLiteral("it is the document")));
    }
    CHECK(messages.messages().size() == 2);
    CHECK(contentsOf(documentPath) == before);
    CHECK(shown.repository.teams().all().size() > 1);
}

TEST_CASE("A board that cannot be written says why in a message", "[ui][board][export]")
{
    const RecordedMessages messages;
    BoardWindow shown;
    for (const QString &name :
         {QStringLiteral("no/such/folder/board.pdf"), QStringLiteral("no/such/folder/board.png")}) {
        INFO(name.toStdString());
        const AnsweredSaveDialog dialog(shown.pathFor(name));
        CHECK(BoardExport::exportBoard(&shown.window, *shown.board, shown.document->path()).isEmpty());
        REQUIRE_FALSE(messages.messages().isEmpty());
        CHECK(messages.messages().last().kind == MessageBoxes::Kind::Warning);
        CHECK(messages.messages().last().text.contains(QFileInfo(name).fileName()));
    }
}

TEST_CASE("Printing the board goes page by page through a QPrinter", "[ui][board][export]")
{
    BoardWindow shown(writeFortyTeams);
    const ProgressBoardPrinter boardPrinter(*shown.board);
    const QString path = shown.pathFor(QStringLiteral("printed.pdf"));
    QList<int> pagesDone;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageLayout(boardPrinter.pageLayout());
        REQUIRE(boardPrinter.paint(printer, [&pagesDone](int done, int total) {
            pagesDone.append(done);
            CHECK(total >= done);
            return true;
        }));
    }
    CHECK(contentsOf(path).startsWith("%PDF-"));
    CHECK(pageCount(path) == pagesDone.size());
    CHECK(pagesDone.size() > 1);

    // Cancelled after the first page: no more are painted.
    QPdfWriter cancelled(shown.pathFor(QStringLiteral("cancelled.pdf")));
    int calls = 0;
    CHECK_FALSE(boardPrinter.paint(cancelled, [&calls](int, int) { return ++calls < 1; }));
    CHECK(calls == 1);
}

TEST_CASE("The board is printed on the locale's paper, landscape when its columns are wide", "[ui][board][export]")
{
    BoardWindow shown;
    {
        const PinnedLocale english(PinnedLocale::english());
        CHECK(ProgressBoardPrinter(*shown.board).pageLayout().pageSize().id() == QPageSize::Letter);
    }
    const PinnedLocale german(PinnedLocale::german());
    // The board's columns at 1200 pixels are wider than a portrait page holds at their size.
    CHECK(ProgressBoardPrinter(*shown.board).pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(ProgressBoardPrinter(*shown.board).pageLayout().orientation() == QPageLayout::Landscape);
}

TEST_CASE("The board on paper keeps its colours readable on white and its fonts in the print's pixels",
          "[ui][board][export]")
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, Qt::white);
    QStandardItemModel rows;
    auto *row = new QStandardItem(QStringLiteral("Team"));
    row->setData(dark.color(QPalette::AlternateBase), Qt::BackgroundRole);
    row->setData(PaceColours::forStatus(Confidence::AtRisk, dark), Qt::ForegroundRole);
    rows.appendRow(row);

    QFont bold;
    bold.setBold(true);
    row->setData(bold, Qt::FontRole);
    QFont printFont;
    printFont.setPixelSize(17);
    PrintedBoardModel paper(dark, printFont);
    paper.setSourceModel(&rows);
    QAbstractItemModelTester tester(&paper, QAbstractItemModelTester::FailureReportingMode::Warning);

    const QModelIndex team = paper.index(0, 0);
    CHECK(team.data(Qt::ForegroundRole).value<QColor>() == PaceColours::forStatus(Confidence::AtRisk, paper.paper()));
    const QColor shading = team.data(Qt::BackgroundRole).value<QColor>();
    CHECK(shading == paper.paper().color(QPalette::AlternateBase));
    CHECK(shading.lightnessF() > 0.5);
    CHECK(paper.paper().color(QPalette::Base) == QColor(Qt::white));
    CHECK(team.data().toString() == QStringLiteral("Team"));
    // The row's weight in the print's font, sized in pixels: not the application's font sized for the screen.
    const QFont font = team.data(Qt::FontRole).value<QFont>();
    CHECK(font.bold());
    CHECK(font.pixelSize() == 17);
}
