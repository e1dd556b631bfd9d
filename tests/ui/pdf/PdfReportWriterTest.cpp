#include "support/catch.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Statement.h"
#include "support/CatchQt.h"
#include "support/ReportFixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

ReportBuilder reportOf(const Repository &repository, const Cycle &cycle)
{
    return ReportBuilder(repository, cycle.id, NoId, QDateTime::currentDateTime());
}

// The report of the demo's active quarter, written once for the text checks.
struct WrittenDemoReport {
    WrittenDemoReport()
        : path(demo.pathFor(QStringLiteral("report.pdf")))
        , report(reportOf(*demo.repository, demo.activeCycle()))
    {
        PdfReportWriter writer(report);
        result = writer.write(path);
        error = writer.errorString();
    }

    DemoReportDocument demo;
    QString path;
    ReportBuilder report;
    PdfReportWriter::Result result = PdfReportWriter::Result::Failed;
    QString error;
};

// A generated organisation of twelve teams: enough for a table of contents.
struct ManyTeams {
    ManyTeams()
        : document(Document::create(directory.filePath(QStringLiteral("many.okr"))))
        , repository(*document)
    {
        OrganisationGenerator::write(repository, {12, 1, 3, QDate::currentDate()});
    }

    QTemporaryDir directory;
    std::unique_ptr<Document> document;
    Repository repository;
};

bool skipWithoutPoppler()
{
    if (PdfTools::hasPopplerTools())
        return false;
    WARN("pdftotext or pdffonts is missing (Debian: poppler-utils): the PDF's text and fonts are not checked");
    return true;
}

} // namespace

TEST_CASE("The report's text holds every objective title of the demo", "[ui][report][pdf]")
{
    const WrittenDemoReport written;
    INFO(written.error.toStdString());
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QString text = PdfTools::simplified(PdfTools::text(written.path));

    for (const QString &title : written.demo.objectiveTitles(written.demo.activeCycle().id))
        CHECK(text.contains(PdfTools::simplified(title)));
    CHECK(text.contains(QStringLiteral("Northwind Labs")));
    CHECK(text.contains(written.demo.activeCycle().name));
    CHECK(text.contains(QStringLiteral("Executive summary")));
    CHECK(text.contains(QStringLiteral("Key results most at risk")));
    CHECK(text.contains(QStringLiteral("Lessons learned")));
    CHECK(text.contains(QStringLiteral("Confidence"))); // no "ﬁ" ligature in the text
    // The charts' percentage axis ("20 %", "40 %", ...) has one percent sign to a label.
    CHECK_FALSE(text.contains(QStringLiteral("%%")));
}

TEST_CASE("The report's statuses have a shape beside their colour: ● on track, ▲ at risk, ■ off track",
          "[ui][report][pdf][accessibility]")
{
    const WrittenDemoReport written;
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QString text = PdfTools::simplified(PdfTools::text(written.path));

    // The demo has key results of each status; each status word follows its own shape, never another's.
    CHECK(text.contains(QRegularExpression(QStringLiteral("●\\s*on track"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("▲\\s*at risk"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("■\\s*off track"))));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[●■]\\s*at risk"))));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[●▲]\\s*off track"))));
}

TEST_CASE("User text that looks like markup is printed as typed", "[ui][report][pdf]")
{
    const WrittenDemoReport written;
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QString text = PdfTools::simplified(PdfTools::text(written.path));

    CHECK(text.contains(DemoReportDocument::markupTitle()));
    CHECK(text.contains(PdfTools::simplified(DemoReportDocument::markupKeyResult())));
    CHECK(text.contains(QStringLiteral("Ann & <Bob>")));
    CHECK_FALSE(text.contains(QStringLiteral("&amp;")));
    CHECK_FALSE(text.contains(QStringLiteral("&lt;")));
}

TEST_CASE("The report has numbered pages with running headers", "[ui][report][pdf]")
{
    const WrittenDemoReport written;
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QStringList pages = PdfTools::text(written.path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);

    REQUIRE(pages.size() > 1);
    const QString pageCount = QString::number(pages.size());
    for (qsizetype page = 1; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount)));
        CHECK(pages[page].contains(
            QStringLiteral("Northwind Labs · %1 quarter report").arg(written.report.summary().cycle.name)));
    }
}

TEST_CASE("The report's fonts are embedded", "[ui][report][pdf]")
{
    const WrittenDemoReport written;
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    // pdffonts: two header lines, then one line per font whose "emb" column says yes or no.
    const QStringList lines = PdfTools::fonts(written.path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    for (qsizetype line = 2; line < lines.size(); ++line) {
        INFO(lines[line].toStdString());
        const QStringList columns = lines[line].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 5);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
}

TEST_CASE("The report is a valid PDF by qpdf's check", "[ui][report][pdf]")
{
    const WrittenDemoReport written;
    REQUIRE(written.result == PdfReportWriter::Result::Written);
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        WARN("qpdf is missing: the PDF's structure is not checked");
        return;
    }
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), written.path});
    REQUIRE(qpdf.waitForFinished(60000));
    INFO(QString::fromUtf8(qpdf.readAll()).toStdString());
    CHECK(qpdf.exitCode() == 0);
}

TEST_CASE("A closed cycle's report shows the review answers", "[ui][report][pdf]")
{
    const DemoReportDocument demo;
    const QString path = demo.pathFor(QStringLiteral("closed.pdf"));
    const ReportBuilder report = reportOf(*demo.repository, demo.closedCycle());
    REQUIRE(PdfReportWriter(report).write(path) == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QString text = PdfTools::simplified(PdfTools::text(path));

    CHECK(text.contains(QStringLiteral("Quarterly review")));
    CHECK(text.contains(QStringLiteral("Weekly check-ins kept the key results visible.")));
    for (const QString &title : demo.objectiveTitles(demo.closedCycle().id)) {
        INFO(title.toStdString());
        CHECK(text.contains(PdfTools::simplified(title)));
    }
}

TEST_CASE("Cancelling the report writes no file and keeps an existing one", "[ui][report][pdf]")
{
    const DemoReportDocument demo;
    const ReportBuilder report = reportOf(*demo.repository, demo.activeCycle());
    const QString fresh = demo.pathFor(QStringLiteral("fresh.pdf"));
    const QString existing = demo.pathFor(QStringLiteral("existing.pdf"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the previous report");
    }
    int calls = 0;
    const auto cancelAtThirdStep = [&](int, int) { return ++calls < 3; };
    const auto cancelWhilePainting = [&](int done, int total) { return done < total - 1; };

    CHECK(PdfReportWriter(report).write(fresh, cancelAtThirdStep) == PdfReportWriter::Result::Cancelled);
    CHECK(PdfReportWriter(report).write(existing, cancelWhilePainting) == PdfReportWriter::Result::Cancelled);

    CHECK_FALSE(QFile::exists(fresh));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "the previous report");
    // No temporary file left behind either.
    CHECK(QDir(demo.directory.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files) ==
          QStringList{QStringLiteral("existing.pdf")});
}

TEST_CASE("Progress counts up to a total known from the start and ends there", "[ui][report][pdf]")
{
    const DemoReportDocument demo;
    const ReportBuilder report = reportOf(*demo.repository, demo.activeCycle());
    int lastDone = 0;
    int lastTotal = 0;
    bool increasing = true;

    const auto result = PdfReportWriter(report).write(demo.pathFor(QStringLiteral("r.pdf")), [&](int done, int total) {
        increasing = increasing && done == lastDone + 1 && (lastTotal == 0 || total == lastTotal);
        lastDone = done;
        lastTotal = total;
        return true;
    });

    CHECK(result == PdfReportWriter::Result::Written);
    CHECK(increasing);
    CHECK(lastDone == lastTotal);
}

TEST_CASE("A report to a folder that does not exist fails and says where", "[ui][report][pdf]")
{
    const DemoReportDocument demo;
    const QString path = demo.pathFor(QStringLiteral("missing/folder/report.pdf"));
    const ReportBuilder report = reportOf(*demo.repository, demo.activeCycle());
    PdfReportWriter writer(report);

    CHECK(writer.write(path) == PdfReportWriter::Result::Failed);
    CHECK(writer.errorString().contains(QStringLiteral("report.pdf")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A report of many teams starts with a table of contents", "[ui][report][pdf]")
{
    const ManyTeams many;
    const QString path = many.directory.filePath(QStringLiteral("many.pdf"));
    const ReportBuilder report = reportOf(many.repository, *many.repository.cycles().active());
    REQUIRE(report.sectionCount() > PdfReportWriter::ContentsThreshold);

    REQUIRE(PdfReportWriter(report).write(path) == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QStringList pages = PdfTools::text(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() > 2);
    const QString contents = pages.at(1);
    CHECK(contents.contains(QStringLiteral("Contents")));
    for (const QString &title : report.summary().sectionTitles)
        CHECK(contents.contains(title));
}

TEST_CASE("The contents give the page each team section starts on", "[ui][report][pdf]")
{
    const ManyTeams many;
    const QString path = many.directory.filePath(QStringLiteral("many.pdf"));
    const ReportBuilder report = reportOf(many.repository, *many.repository.cycles().active());
    REQUIRE(PdfReportWriter(report).write(path) == PdfReportWriter::Result::Written);
    if (skipWithoutPoppler())
        return;

    const QStringList pages = PdfTools::layoutText(path).split(QLatin1Char('\f'));
    // The contents' lines: the section's title, then its page at the line's end.
    static const QRegularExpression entry(QStringLiteral("^(\\S.*\\S)\\s{2,}(\\d+)$"));
    QList<std::pair<QString, int>> entries;
    for (qsizetype page = 1; page < pages.size() && pages[page].contains(QStringLiteral("Contents")); ++page) {
        for (const QString &line : pages[page].split(QLatin1Char('\n'))) {
            if (const QRegularExpressionMatch match = entry.match(line); match.hasMatch())
                entries.append({match.captured(1), match.captured(2).toInt()});
        }
    }
    REQUIRE(entries.size() == report.sectionCount() + 1);
    CHECK(entries.first().first == QStringLiteral("Executive summary"));
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const auto &[title, page] = entries[index];
        INFO(title.toStdString() << " on page " << page);
        if (index > 0)
            CHECK(title == report.summary().sectionTitles.at(index - 1));
        REQUIRE(page >= 2);
        REQUIRE(page <= pages.size());
        // The running header names the section on its first page, and another one on the page before.
        const auto headerOf = [&](int number) {
            return pages.at(number - 1).trimmed().section(QLatin1Char('\n'), 0, 0);
        };
        CHECK(headerOf(page).endsWith(title));
        CHECK_FALSE(headerOf(page - 1).endsWith(title));
    }
}

TEST_CASE("Cancelling half-way through the team sections leaves no file", "[ui][report][pdf]")
{
    const ManyTeams many;
    const ReportBuilder report = reportOf(many.repository, *many.repository.cycles().active());
    const QString path = many.directory.filePath(QStringLiteral("many.pdf"));
    int lastDone = 0;

    const auto result = PdfReportWriter(report).write(path, [&](int done, int total) {
        lastDone = done;
        return done < total / 2;
    });

    CHECK(result == PdfReportWriter::Result::Cancelled);
    CHECK(lastDone > 2);
    CHECK(QDir(many.directory.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
}

TEST_CASE("A title written before the limits adds no pages to the report, however long it is",
          "[ui][report][pdf][limits]")
{
    if (skipWithoutPoppler())
        return;
    // The same number of pages for a title at the limit and one 500 times longer.
    const auto pagesWithTitle = [](const QString &title) {
        const DemoReportDocument demo;
        Statement(*demo.document, QStringLiteral("UPDATE objectives SET title = :long WHERE title = :title"))
            .bind(QStringLiteral("long"), title)
            .bind(QStringLiteral("title"), DemoReportDocument::markupTitle())
            .exec();
        const QString path = demo.pathFor(QStringLiteral("r.pdf"));
        const ReportBuilder report = reportOf(*demo.repository, demo.activeCycle());
        REQUIRE(PdfReportWriter(report).write(path) == PdfReportWriter::Result::Written);
        return PdfTools::text(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts).size();
    };
    const qsizetype atLimit = pagesWithTitle(QString(200, QLatin1Char('w')));
    CHECK(atLimit > 0);
    CHECK(pagesWithTitle(QString(100000, QLatin1Char('w'))) == atLimit);
}
