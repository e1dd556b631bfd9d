#include "support/catch.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "support/ReportFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"
#include "window/ReportExport.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

namespace {

// The pages of a PDF: its page objects (Qt writes their dictionaries uncompressed).
int pageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QString content = QString::fromLatin1(file.readAll());
    return int(content.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

// While alive, File > Print asks for the whole organisation's report of the shown cycle and prints it to a PDF file
// through QPrinter, with no dialog.
class PrintToFile {
public:
    explicit PrintToFile(QString path)
        : m_previousPrinter(ReportExport::setPrinterChooser([path](QWidget *, QPrinter &printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            return true;
        }))
        , m_previousScope(
              ReportExport::setScopeChooser([](QWidget *, const QList<Cycle> &, Id shownCycleId, const QList<Team> &) {
                  return std::optional<ReportExport::Scope>(ReportExport::Scope{shownCycleId, NoId});
              }))
    {
    }
    ~PrintToFile()
    {
        ReportExport::setPrinterChooser(std::move(m_previousPrinter));
        ReportExport::setScopeChooser(std::move(m_previousScope));
    }
    PrintToFile(const PrintToFile &) = delete;
    PrintToFile &operator=(const PrintToFile &) = delete;

private:
    ReportExport::PrinterChooser m_previousPrinter;
    ReportExport::ScopeChooser m_previousScope;
};

} // namespace

TEST_CASE("File > Print prints the quarter report's pages, the same as the exported PDF's", "[ui][window][report]")
{
    QSettings().clear();
    DemoReportDocument demo;
    const RecordedMessages recorded;
    const QString exported = demo.pathFor(QStringLiteral("exported.pdf"));
    {
        const ReportBuilder content(*demo.repository, demo.activeCycle().id, NoId, QDateTime::currentDateTime());
        REQUIRE(PdfReportWriter(content).write(exported) == PdfReportWriter::Result::Written);
    }
    const QString printed = demo.pathFor(QStringLiteral("printed.pdf"));
    const PrintToFile printToFile(printed);
    MainWindow window;
    REQUIRE(window.openDocument(demo.close()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *print = window.findChild<QAction *>(QStringLiteral("actionPrintReport"));
    REQUIRE(print);
    REQUIRE(print->shortcut() == QKeySequence(QKeySequence::Print));

    print->trigger();

    CHECK(recorded.messages().isEmpty());
    REQUIRE(QFile::exists(printed));
    const int pages = pageCount(printed);
    CHECK(pages > 1);
    CHECK(pages == pageCount(exported));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Report sent to the printer"));
}
