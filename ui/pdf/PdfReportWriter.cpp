#include "pdf/PdfReportWriter.h"

#include "coach/CoachMessages.h"
#include "palette/PaceColours.h"
#include "pdf/InOrderPipeline.h"
#include "pdf/ReportChartObject.h"
#include "pdf/ReportCharts.h"
#include "report/ReportBuilder.h"
#include "scoring/Scoring.h"
#include "storage/DocumentError.h"
#include "text/DomainText.h"
#include "text/StatusWords.h"
#include "text/ValueFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QThread>

#include <cmath>
#include <memory>
#include <numeric>

namespace {

constexpr double pointsPerInch = 72.0;
constexpr double baseFontSize = 9.0;
const QColor mutedText(0x55, 0x55, 0x55);
const QColor ruleColour(0xB0, 0xB0, 0xB0);
const QColor objectiveRowShade(0xEE, 0xF1, 0xF4);
const QColor headerRowShade(0xDD, 0xE3, 0xEA);

// The one status of a key result, as the window shows it: the more worried of its pace and its team's word.
std::optional<Confidence> shownStatus(const ReportKeyResult &keyResult)
{
    return StatusWords::shown(keyResult.pace, keyResult.confidence);
}

// The sign beside a status's colour, the shape of PaceColours::statusIcon: the shape says the status to readers who
// cannot tell the colours apart (and on a grey printout). A hollow circle: no status yet.
QString statusSign(std::optional<Confidence> status)
{
    if (!status)
        return QStringLiteral("○");
    switch (*status) {
    case Confidence::OnTrack:
        return QStringLiteral("●");
    case Confidence::AtRisk:
        return QStringLiteral("▲");
    case Confidence::OffTrack:
        return QStringLiteral("■");
    }
    return QStringLiteral("○");
}

// A grade's sign: green, yellow and red grades take the shapes of on track, at risk and off track, as their colours.
QString gradeSign(double grade, Commitment commitment)
{
    switch (Scoring::gradeColour(grade, commitment)) {
    case Scoring::GradeColour::Green:
        return statusSign(Confidence::OnTrack);
    case Scoring::GradeColour::Yellow:
        return statusSign(Confidence::AtRisk);
    case Scoring::GradeColour::Red:
        break;
    }
    return statusSign(Confidence::OffTrack);
}

QString gradeText(double grade)
{
    return ValueFormat().grade(grade);
}

QString commitmentText(Commitment commitment)
{
    return commitment == Commitment::Committed ? QCoreApplication::translate("PdfReportWriter", "committed")
                                               : QCoreApplication::translate("PdfReportWriter", "aspirational");
}

QString unitText(const KeyResult &keyResult)
{
    switch (keyResult.kind) {
    case KeyResultKind::KeepAbove:
        return QCoreApplication::translate("PdfReportWriter", "keep ≥ %1").arg(keyResult.unitLabel);
    case KeyResultKind::KeepBelow:
        return QCoreApplication::translate("PdfReportWriter", "keep ≤ %1").arg(keyResult.unitLabel);
    case KeyResultKind::Increase:
    case KeyResultKind::Decrease:
        break;
    }
    return keyResult.unitLabel;
}

// The number alone, for the Start / Current / Target columns: the unit has a column of its own.
QString plainValue(const KeyResult &keyResult, double value)
{
    KeyResult unitless = keyResult;
    unitless.unitLabel.clear();
    return DomainText::measure(unitless, value);
}

QString dateText(QDate date)
{
    return ValueFormat().date(date);
}

// Sizes on paper, converted to the writer's device units.
struct Paper {
    double dotsPerInch = 96.0;
    QSizeF page;   // the whole A4 page
    QRectF body;   // where the document's pages go
    QRectF header; // the running header's line
    QRectF footer; // the page number's line
    // The report's colours: light whatever the window's. Read once, here: sections are composed on other threads.
    QPalette colours;

    double fromPoints(double points) const { return points * dotsPerInch / pointsPerInch; }
    double fromMillimetres(double millimetres) const { return millimetres * dotsPerInch / 25.4; }
};

Paper paperFor(const QPagedPaintDevice &device)
{
    Paper paper;
    paper.dotsPerInch = device.logicalDpiY();
    paper.page = device.pageLayout().fullRectPixels(device.logicalDpiY()).size();
    const double side = paper.fromMillimetres(16);
    const double top = paper.fromMillimetres(20);
    const double bottom = paper.fromMillimetres(18);
    paper.body = QRectF(side, top, paper.page.width() - 2 * side, paper.page.height() - top - bottom);
    paper.header = QRectF(side, paper.fromMillimetres(9), paper.body.width(), paper.fromMillimetres(6));
    paper.footer =
        QRectF(side, paper.page.height() - paper.fromMillimetres(12), paper.body.width(), paper.fromMillimetres(6));
    paper.colours = PaceColours::paper(QPalette());
    return paper;
}

// Builds a QTextDocument through a cursor: user text only ever goes in through insertText, never as markup.
class Composer {
public:
    Composer(QTextDocument &document, ReportChartObject &charts, const Paper &paper)
        : m_document(document)
        , m_charts(charts)
        , m_paper(paper)
        , m_cursor(&document)
    {
        QFont font = document.defaultFont();
        font.setPointSizeF(baseFontSize);
        // No ligatures: "ﬁ" in the PDF would be copied and searched as one odd character, not as "fi".
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        // No page size while composing: the layout, made now to take the charts, waits for one, so it neither lays
        // the document out again after every insertion (which made large reports quadratic) nor once more at its
        // making, before the page size is known.
        document.setPageSize(QSizeF(0, 0));
        document.documentLayout()->registerHandler(ReportChartObject::Type, &charts);
        m_cursor.movePosition(QTextCursor::Start);
    }

    QTextCursor &cursor() { return m_cursor; }
    const Paper &paper() const { return m_paper; }

    QColor statusColour(Confidence status) const { return PaceColours::forStatus(status, m_paper.colours); }
    QColor statusColour(const ReportKeyResult &keyResult) const
    {
        const std::optional<Confidence> status = shownStatus(keyResult);
        return status ? statusColour(*status) : QColor(Qt::gray);
    }
    QColor gradeColour(double grade, Commitment commitment) const
    {
        return PaceColours::forGrade(grade, commitment, m_paper.colours);
    }

    // `newPage`: the heading starts a page.
    void heading(const QString &text, double pointSize, bool newPage = false)
    {
        QTextBlockFormat block;
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setTopMargin(m_document.isEmpty() ? 0 : m_paper.fromPoints(pointSize));
        block.setBottomMargin(m_paper.fromPoints(pointSize * 0.4));
        QTextCharFormat character;
        character.setFontPointSize(pointSize);
        character.setFontWeight(QFont::Bold);
        startBlock(block, character);
        m_cursor.insertText(text, character);
    }

    void paragraph(const QString &text, const QTextCharFormat &character = {}, double topMargin = 0.0)
    {
        QTextBlockFormat block;
        block.setTopMargin(m_paper.fromPoints(topMargin));
        block.setBottomMargin(m_paper.fromPoints(3));
        startBlock(block, character);
        m_cursor.insertText(text, character);
    }

    // "Label: text" with the label in bold; the text as typed.
    void labelled(const QString &label, const QString &text)
    {
        QTextBlockFormat block;
        block.setBottomMargin(m_paper.fromPoints(3));
        startBlock(block, {});
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        m_cursor.insertText(label, bold);
        m_cursor.insertText(QStringLiteral(" "), QTextCharFormat());
        m_cursor.insertText(text, QTextCharFormat());
    }

    void bullet(const QString &lead, const QString &text)
    {
        QTextBlockFormat block;
        block.setIndent(1);
        block.setTextIndent(-m_paper.fromPoints(8));
        block.setBottomMargin(m_paper.fromPoints(2));
        startBlock(block, {});
        m_cursor.insertText(QStringLiteral("•  "), QTextCharFormat());
        if (!lead.isEmpty()) {
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            m_cursor.insertText(lead + QStringLiteral(": "), bold);
        }
        m_cursor.insertText(text, QTextCharFormat());
    }

    void muted(const QString &text) { paragraph(text, mutedFormat()); }

    static QTextCharFormat mutedFormat()
    {
        QTextCharFormat format;
        format.setForeground(mutedText);
        return format;
    }

    // A table with a repeated header row; widths in percent of the text width.
    QTextTable *table(const QStringList &headers, const QList<double> &widths, int rows)
    {
        startBlock({}, {});
        // No borders: rows are told apart by their shading. Any border, even a collapsed one too thin for Qt to
        // draw, makes the layout weigh every cell's edges against its neighbours' (most of a long report's time).
        // The half-unit padding and the unit off the bottom margin keep the cells and what follows them where such a
        // border put them, so the pages break as they did.
        QTextTableFormat format;
        format.setBorder(0);
        format.setPadding(0.5);
        format.setCellPadding(m_paper.fromPoints(2.5));
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(1);
        format.setTopMargin(m_paper.fromPoints(2));
        format.setBottomMargin(m_paper.fromPoints(6) - 1);
        QList<QTextLength> constraints;
        for (const double width : widths)
            constraints.append(QTextLength(QTextLength::PercentageLength, width));
        format.setColumnWidthConstraints(constraints);
        QTextTable *table = m_cursor.insertTable(rows + 1, int(headers.size()), format);
        QTextCharFormat headerFormat = cellFormat(true);
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat shaded = cell.format();
            shaded.setBackground(headerRowShade);
            cell.setFormat(shaded);
            cell.firstCursorPosition().insertText(headers[column], headerFormat);
        }
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

    static QTextCharFormat cellFormat(bool bold = false)
    {
        QTextCharFormat format;
        format.setFontPointSize(baseFontSize - 1.5);
        if (bold)
            format.setFontWeight(QFont::Bold);
        return format;
    }

    static void setCell(QTextTable *table, int row, int column, const QString &text,
                        const QTextCharFormat &format = cellFormat())
    {
        table->cellAt(row, column).firstCursorPosition().insertText(text, format);
    }

    // A coloured sign before the words (statusSign: its shape says the status too): the words carry the meaning, the
    // colour and the shape help the eye.
    static void setStatusCell(QTextTable *table, int row, int column, const QColor &colour, const QString &sign,
                              const QString &text, bool bold = false)
    {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        QTextCharFormat dot = cellFormat();
        dot.setForeground(colour);
        cursor.insertText(sign + QLatin1Char(' '), dot);
        cursor.insertText(text, cellFormat(bold));
    }

    static void shadeRow(QTextTable *table, int row, const QColor &colour)
    {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextCharFormat format = cell.format();
            format.setBackground(colour);
            cell.setFormat(format);
        }
    }

    void chart(double heightInPoints, ReportChartObject::ChartFactory factory)
    {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBottomMargin(m_paper.fromPoints(6));
        startBlock(block, {});
        m_charts.insert(m_cursor, QSizeF(m_paper.body.width() * 0.98, m_paper.fromPoints(heightInPoints)),
                        std::move(factory));
    }

private:
    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &character)
    {
        // The first block exists already: reuse it rather than leave an empty line at the top.
        if (m_cursor.atStart() && m_cursor.block().length() <= 1 && m_document.blockCount() == 1) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(character);
            return;
        }
        m_cursor.insertBlock(block, character);
    }

    QTextDocument &m_document;
    ReportChartObject &m_charts;
    const Paper &m_paper;
    QTextCursor m_cursor;
};

QList<ProgressBar> keyResultBars(const ReportTeam &team)
{
    QList<ProgressBar> bars;
    for (const ReportObjective &objective : team.objectives) {
        for (const ReportKeyResult &keyResult : objective.keyResults)
            bars.append(
                {statusSign(shownStatus(keyResult)) + QLatin1Char(' ') + keyResult.keyResult.title.toHtmlEscaped(),
                 keyResult.progress, shownStatus(keyResult)});
    }
    return bars;
}

// The cover: organisation, cycle, its dates and state, and when the report was made.
void composeCover(Composer &composer, const QuarterReport &report)
{
    QTextBlockFormat spacer;
    spacer.setTopMargin(composer.paper().body.height() * 0.25);
    composer.cursor().setBlockFormat(spacer);
    QTextCharFormat organisation;
    organisation.setFontPointSize(26);
    organisation.setFontWeight(QFont::Bold);
    composer.cursor().insertText(report.organisation, organisation);
    QTextCharFormat title;
    title.setFontPointSize(18);
    composer.paragraph(QCoreApplication::translate("PdfReportWriter", "Quarter report: %1").arg(report.cycle.name),
                       title, 8);
    QTextCharFormat line;
    line.setFontPointSize(12);
    composer.paragraph(QCoreApplication::translate("PdfReportWriter", "%1 (%2)")
                           .arg(DomainText::cycleDates(report.cycle), DomainText::cycleState(report.cycle.state)),
                       line, 12);
    QTextCharFormat generated = Composer::mutedFormat();
    generated.setFontPointSize(10);
    composer.paragraph(
        QCoreApplication::translate("PdfReportWriter", "Generated %1").arg(ValueFormat().dateTime(report.generatedAt)),
        generated, 36);
}

void composeObjectiveTable(Composer &composer, const QList<ReportObjective> &objectives)
{
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Objective"),
                                        QCoreApplication::translate("PdfReportWriter", "Type"),
                                        QCoreApplication::translate("PdfReportWriter", "Progress"),
                                        QCoreApplication::translate("PdfReportWriter", "Grade")},
                                       {64, 14, 11, 11}, int(objectives.size()));
    for (int index = 0; index < objectives.size(); ++index) {
        const ReportObjective &objective = objectives[index];
        const int row = index + 1;
        Composer::setCell(table, row, 0, objective.objective.title);
        Composer::setCell(table, row, 1, commitmentText(objective.objective.commitment));
        Composer::setCell(table, row, 2,
                          objective.hasContributors ? DomainText::percent(objective.progress)
                                                    : QCoreApplication::translate("PdfReportWriter", "no key results"));
        if (objective.objective.grade)
            Composer::setStatusCell(table, row, 3,
                                    composer.gradeColour(*objective.objective.grade, objective.objective.commitment),
                                    gradeSign(*objective.objective.grade, objective.objective.commitment),
                                    gradeText(*objective.objective.grade));
        else
            Composer::setCell(table, row, 3, QCoreApplication::translate("PdfReportWriter", "—"));
    }
}

void composeMostAtRisk(Composer &composer, const QuarterReport &report)
{
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Key results most at risk"), 11);
    if (report.mostAtRisk.isEmpty()) {
        composer.muted(QCoreApplication::translate("PdfReportWriter", "No key result is behind its pace."));
        return;
    }
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Key result"),
                                        QCoreApplication::translate("PdfReportWriter", "Team"),
                                        QCoreApplication::translate("PdfReportWriter", "Progress"),
                                        QCoreApplication::translate("PdfReportWriter", "Status"),
                                        QCoreApplication::translate("PdfReportWriter", "Team said"),
                                        QCoreApplication::translate("PdfReportWriter", "Owner")},
                                       {34, 14, 9, 21, 10, 12}, int(report.mostAtRisk.size()));
    for (int index = 0; index < report.mostAtRisk.size(); ++index) {
        const ReportRisk &risk = report.mostAtRisk[index];
        const ReportKeyResult &keyResult = risk.keyResult;
        const int row = index + 1;
        Composer::setCell(table, row, 0, keyResult.keyResult.title);
        Composer::setCell(table, row, 1, risk.teamName);
        Composer::setCell(table, row, 2, DomainText::percent(keyResult.progress));
        Composer::setStatusCell(table, row, 3, composer.statusColour(keyResult), statusSign(shownStatus(keyResult)),
                                StatusWords::brief(keyResult.pace, keyResult.confidence));
        if (keyResult.confidence)
            Composer::setStatusCell(table, row, 4, composer.statusColour(*keyResult.confidence),
                                    statusSign(keyResult.confidence), DomainText::confidence(*keyResult.confidence));
        else
            Composer::setCell(table, row, 4, QCoreApplication::translate("PdfReportWriter", "—"));
        Composer::setCell(table, row, 5, keyResult.keyResult.owner);
    }
}

// How well the teams wrote their OKRs, on a page of its own: the organisation's counts, then the teams the coach
// flagged, those most in need of help first.
void composeCoachReview(Composer &composer, const QuarterReport &report)
{
    const CycleReview::Tally &coach = report.coach;
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Coach review"), 16, true);
    composer.muted(QCoreApplication::translate("PdfReportWriter",
                                               "How the objectives and key results read by the coach's rules: the "
                                               "teams with many flags need help writing their OKRs."));
    for (const QString &sentence : CoachMessages::tallySentences(coach))
        composer.paragraph(sentence);
    if (coach.isClean())
        return;

    composer.heading(QCoreApplication::translate("PdfReportWriter", "Teams the coach flagged"), 11);
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Team"),
                                        QCoreApplication::translate("PdfReportWriter", "Key results flagged"),
                                        QCoreApplication::translate("PdfReportWriter", "Objectives flagged"),
                                        QCoreApplication::translate("PdfReportWriter", "Unmeasured objectives"),
                                        QCoreApplication::translate("PdfReportWriter", "Flags")},
                                       {17, 19, 12, 15, 37}, int(report.coachTeams.size()));
    for (int index = 0; index < report.coachTeams.size(); ++index) {
        const ReportCoachTeam &team = report.coachTeams[index];
        const int row = index + 1;
        Composer::setCell(table, row, 0, team.teamName);
        Composer::setCell(table, row, 1,
                          QCoreApplication::translate("PdfReportWriter", "%1 of %2 (%3)")
                              .arg(team.tally.flaggedKeyResults)
                              .arg(team.tally.keyResults)
                              .arg(DomainText::percent(team.tally.flaggedKeyResultShare())));
        Composer::setCell(table, row, 2,
                          QCoreApplication::translate("PdfReportWriter", "%1 of %2")
                              .arg(team.tally.flaggedObjectives)
                              .arg(team.tally.objectives));
        Composer::setCell(table, row, 3, QString::number(team.tally.unmeasuredObjectives));
        Composer::setCell(table, row, 4, CoachMessages::flagCountList(team.tally.flagCounts));
    }
    if (report.coachTeamsNotShown > 0) {
        composer.muted(QCoreApplication::translate("PdfReportWriter",
                                                   "%n more team(s) with flags, fewer in share: quarterdeck lint "
                                                   "--document lists every one.",
                                                   nullptr, report.coachTeamsNotShown));
    }
}

void composeSummary(Composer &composer, const QuarterReport &report)
{
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Executive summary"), 16);
    composer.paragraph(QCoreApplication::translate("PdfReportWriter", "Overall progress %1, against %2 expected on %3.")
                           .arg(DomainText::percent(report.overallProgress),
                                DomainText::percent(report.expectedProgress), dateText(report.asOf)));

    composer.heading(QCoreApplication::translate("PdfReportWriter", "Company objectives"), 11);
    if (report.companyObjectives.isEmpty())
        composer.muted(QCoreApplication::translate("PdfReportWriter", "No company objectives in this cycle."));
    else
        composeObjectiveTable(composer, report.companyObjectives);

    composer.heading(QCoreApplication::translate("PdfReportWriter", "Key results by status"), 11);
    const auto &counts = report.keyResultsByPace;
    composer.paragraph(
        QCoreApplication::translate("PdfReportWriter", "%1 on track, %2 at risk, %3 off track against the schedule.")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2]));
    if (report.keyResultsAwaitingCheckIn > 0)
        composer.paragraph(QCoreApplication::translate("PdfReportWriter",
                                                       "Added during the cycle and not checked in yet: %n.", nullptr,
                                                       report.keyResultsAwaitingCheckIn));
    composer.muted(StatusWords::legend());
    if (counts[0] + counts[1] + counts[2] > 0)
        composer.chart(150, [counts] { return ReportCharts::paceDistribution({}, counts); });

    composeMostAtRisk(composer, report);
    composeCoachReview(composer, report);
}

void composeKeyResultTable(Composer &composer, const ReportTeam &team)
{
    int rows = 0;
    for (const ReportObjective &objective : team.objectives)
        rows += 1 + int(objective.keyResults.size());
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Objective / key result"),
                                        QCoreApplication::translate("PdfReportWriter", "Start"),
                                        QCoreApplication::translate("PdfReportWriter", "Current"),
                                        QCoreApplication::translate("PdfReportWriter", "Target"),
                                        QCoreApplication::translate("PdfReportWriter", "Unit"),
                                        QCoreApplication::translate("PdfReportWriter", "Progress"),
                                        QCoreApplication::translate("PdfReportWriter", "Grade"),
                                        QCoreApplication::translate("PdfReportWriter", "Confidence"),
                                        QCoreApplication::translate("PdfReportWriter", "Owner")},
                                       {29, 8, 8, 8, 8, 9, 7, 11, 12}, rows);
    int row = 1;
    for (const ReportObjective &objective : team.objectives) {
        Composer::shadeRow(table, row, objectiveRowShade);
        QTextCursor title = table->cellAt(row, 0).firstCursorPosition();
        title.insertText(objective.objective.title, Composer::cellFormat(true));
        QTextCharFormat type = Composer::cellFormat();
        type.setForeground(mutedText);
        title.insertText(QStringLiteral(" (%1)").arg(commitmentText(objective.objective.commitment)), type);
        Composer::setCell(table, row, 5,
                          objective.hasContributors ? DomainText::percent(objective.progress)
                                                    : QCoreApplication::translate("PdfReportWriter", "no key results"),
                          Composer::cellFormat(true));
        if (objective.objective.grade)
            Composer::setStatusCell(table, row, 6,
                                    composer.gradeColour(*objective.objective.grade, objective.objective.commitment),
                                    gradeSign(*objective.objective.grade, objective.objective.commitment),
                                    gradeText(*objective.objective.grade), true);
        ++row;
        for (const ReportKeyResult &item : objective.keyResults) {
            const KeyResult &keyResult = item.keyResult;
            Composer::setCell(table, row, 0, keyResult.title);
            Composer::setCell(table, row, 1, plainValue(keyResult, keyResult.start));
            Composer::setCell(table, row, 2,
                              keyResult.current ? plainValue(keyResult, *keyResult.current)
                                                : QCoreApplication::translate("PdfReportWriter", "—"));
            Composer::setCell(table, row, 3, plainValue(keyResult, keyResult.target));
            Composer::setCell(table, row, 4, unitText(keyResult));
            Composer::setStatusCell(table, row, 5, composer.statusColour(item), statusSign(shownStatus(item)),
                                    DomainText::percent(item.progress));
            if (item.confidence)
                Composer::setStatusCell(table, row, 7, composer.statusColour(*item.confidence),
                                        statusSign(item.confidence), DomainText::confidence(*item.confidence));
            else
                Composer::setCell(table, row, 7, QCoreApplication::translate("PdfReportWriter", "—"));
            Composer::setCell(table, row, 8, keyResult.owner);
            ++row;
        }
    }
}

void composeInitiatives(Composer &composer, const ReportTeam &team)
{
    int rows = 0;
    for (const ReportObjective &objective : team.objectives) {
        for (const ReportKeyResult &keyResult : objective.keyResults)
            rows += int(keyResult.initiatives.size());
    }
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Initiatives"), 11);
    if (rows == 0) {
        composer.muted(QCoreApplication::translate("PdfReportWriter", "No initiatives."));
        return;
    }
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Initiative"),
                                        QCoreApplication::translate("PdfReportWriter", "For key result"),
                                        QCoreApplication::translate("PdfReportWriter", "Owner"),
                                        QCoreApplication::translate("PdfReportWriter", "Status"),
                                        QCoreApplication::translate("PdfReportWriter", "Due")},
                                       {38, 32, 12, 9, 9}, rows);
    int row = 1;
    for (const ReportObjective &objective : team.objectives) {
        for (const ReportKeyResult &keyResult : objective.keyResults) {
            for (const Initiative &initiative : keyResult.initiatives) {
                Composer::setCell(table, row, 0, initiative.title);
                Composer::setCell(table, row, 1, keyResult.keyResult.title);
                Composer::setCell(table, row, 2, initiative.owner);
                Composer::setCell(table, row, 3, DomainText::initiativeStatus(initiative.status));
                Composer::setCell(table, row, 4,
                                  initiative.due.isValid() ? dateText(initiative.due)
                                                           : QCoreApplication::translate("PdfReportWriter", "—"));
                ++row;
            }
        }
    }
}

void composeCheckInNotes(Composer &composer, const ReportTeam &team)
{
    if (!team.latestCheckInWeek) {
        composer.heading(QCoreApplication::translate("PdfReportWriter", "Check-ins"), 11);
        composer.muted(QCoreApplication::translate("PdfReportWriter", "No check-ins in this cycle."));
        return;
    }
    composer.heading(
        QCoreApplication::translate("PdfReportWriter", "Latest check-in (%1)").arg(team.latestCheckInWeek->toString()),
        11);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    composer.paragraph(QCoreApplication::translate("PdfReportWriter", "Problems"), bold);
    if (team.problems.isEmpty())
        composer.muted(QCoreApplication::translate("PdfReportWriter", "No problems reported."));
    for (const ReportProblem &problem : team.problems)
        composer.bullet(problem.person, problem.text);
    composer.paragraph(QCoreApplication::translate("PdfReportWriter", "Lessons learned"), bold, 4);
    if (team.lessons.trimmed().isEmpty())
        composer.muted(QCoreApplication::translate("PdfReportWriter", "None written."));
    else
        composer.paragraph(team.lessons);
}

void composeReview(Composer &composer, const TeamReview &review)
{
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Quarterly review"), 11);
    const QList<std::pair<QString, QString>> answers{
        {QCoreApplication::translate("PdfReportWriter", "How did the team perform?"), review.performance},
        {QCoreApplication::translate("PdfReportWriter", "What worked?"), review.worked},
        {QCoreApplication::translate("PdfReportWriter", "What failed, and why?"), review.failed},
        {QCoreApplication::translate("PdfReportWriter", "Start, stop, continue:"), review.startStopContinue},
        {QCoreApplication::translate("PdfReportWriter", "Lessons learned:"), review.lessons},
    };
    for (const auto &[question, answer] : answers)
        composer.labelled(question,
                          answer.trimmed().isEmpty() ? QCoreApplication::translate("PdfReportWriter", "—") : answer);
}

void composeTeam(Composer &composer, const QuarterReport &report, const ReportTeam &team)
{
    composer.heading(team.team.name, 16);
    composer.muted(QCoreApplication::translate("PdfReportWriter", "Progress %1, against %2 expected.")
                       .arg(DomainText::percent(team.progress), DomainText::percent(report.expectedProgress)));
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Objectives and key results"), 11);
    composeKeyResultTable(composer, team);
    const QList<ProgressBar> bars = keyResultBars(team);
    if (!bars.isEmpty()) {
        const QString title = QCoreApplication::translate(
                                  "PdfReportWriter", "Key result progress (colour: status, %1 of the cycle gone by)")
                                  .arg(DomainText::percent(report.expectedProgress));
        composer.chart(ReportCharts::progressBarsHeight(bars.size()),
                       [title, bars] { return ReportCharts::progressBars(title, bars); });
    }
    composeInitiatives(composer, team);
    composeCheckInNotes(composer, team);
    if (team.review)
        composeReview(composer, *team.review);
}

struct ContentsEntry {
    QString title;
    int page = 0; // 1-based, in the whole PDF
};

void composeContents(Composer &composer, const QList<ContentsEntry> &entries)
{
    composer.heading(QCoreApplication::translate("PdfReportWriter", "Contents"), 16);
    QTextTable *table = composer.table({QCoreApplication::translate("PdfReportWriter", "Section"),
                                        QCoreApplication::translate("PdfReportWriter", "Page")},
                                       {88, 12}, int(entries.size()));
    for (int index = 0; index < entries.size(); ++index) {
        Composer::setCell(table, index + 1, 0, entries[index].title);
        Composer::setCell(table, index + 1, 1, QString::number(entries[index].page));
    }
}

// One part of the report in its own document, so each lays out and paints on its own and is dropped once painted:
// the cover, the contents, the summary, a team. Each starts on a new page.
struct Section {
    std::unique_ptr<ReportChartObject> charts = std::make_unique<ReportChartObject>(); // outlives the document
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
    QString headerTitle; // shown in the running header; the cover has none
    int pages = 0;

    // Lays the composed document out in pages, once; fonts are resolved here, for the thread that lays out.
    void layOut(const Paper &paper)
    {
        document->setPageSize(paper.body.size());
        pages = document->pageCount();
    }

    // Gives a section laid out on the pool to the thread that paints it. Each block's layout keeps the last font
    // engine it used, one of the laying-out thread's, which that thread goes on using for the next sections: dropped
    // here, so painting resolves the painter's own engines (they are not shared between threads) and never uses one
    // while the pool does. The layout itself, lines and glyphs, stays.
    void handOver(QThread *paintingThread)
    {
        // Finishing the layout starts the document layout's zero-time size-change timer on this thread. Delivered
        // here, it stops: a timer moved with the document would be re-registered by a queued call that never runs on
        // the painting thread (a leak) and stopped there from the wrong thread.
        QCoreApplication::processEvents();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            block.layout()->setFont(block.layout()->font());
        document->moveToThread(paintingThread);
        charts->moveToThread(paintingThread);
    }
};

// Composes a section and lays it out, on the calling thread.
template <typename Content> Section composed(const Paper &paper, const QString &headerTitle, const Content &content)
{
    Section section;
    section.headerTitle = headerTitle;
    Composer composer(*section.document, *section.charts, paper);
    content(composer);
    section.layOut(paper);
    return section;
}

Section teamSection(const Paper &paper, const QuarterReport &report, const ReportTeam &team)
{
    return composed(paper, team.team.name, [&](Composer &composer) { composeTeam(composer, report, team); });
}

// Each team section's page count. The layouts, most of a report's time, run on a pool of threads and only their counts
// come back. `counted` is called after each section; nothing when it returns false.
std::optional<QList<int>> teamPageCounts(const ReportBuilder &content, const QuarterReport &report, const Paper &paper,
                                         const std::function<bool()> &counted)
{
    InOrderPipeline<int> layouts(int(content.sectionCount()), [&](int index) {
        return [&report, &paper, team = content.section(index)] { return teamSection(paper, report, team).pages; };
    });
    QList<int> pages;
    pages.reserve(content.sectionCount());
    while (!layouts.atEnd()) {
        pages.append(layouts.take());
        if (!counted())
            return std::nullopt;
    }
    return pages;
}

class PagePainter {
public:
    PagePainter(QPagedPaintDevice &writer, QPainter &painter, const Paper &paper, QString runningTitle, int totalPages)
        : m_writer(writer)
        , m_painter(painter)
        , m_paper(paper)
        , m_runningTitle(std::move(runningTitle))
        , m_totalPages(totalPages)
    {
    }

    // Paints one page of `section`; false when the writer could not start a new page.
    bool paint(const Section &section, int page)
    {
        if (m_pagesPainted > 0 && !m_writer.newPage())
            return false;
        ++m_pagesPainted;
        const double pageHeight = section.document->pageSize().height();
        m_painter.save();
        m_painter.setClipRect(m_paper.body.adjusted(-2, -2, 2, 2));
        m_painter.translate(m_paper.body.left(), m_paper.body.top() - page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, m_paper.body.width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        section.document->documentLayout()->draw(&m_painter, context);
        m_painter.restore();
        if (!section.headerTitle.isEmpty())
            paintHeaderAndFooter(section.headerTitle);
        return true;
    }

    int pagesPainted() const { return m_pagesPainted; }

private:
    void paintHeaderAndFooter(const QString &sectionTitle)
    {
        m_painter.save();
        QFont font;
        font.setPointSizeF(7.5);
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_painter.setFont(font);
        m_painter.setPen(mutedText);
        const QFontMetricsF metrics(font, &m_writer);
        const double half = m_paper.header.width() / 2 - m_paper.fromPoints(6);
        m_painter.drawText(m_paper.header, Qt::AlignLeft | Qt::AlignBottom,
                           metrics.elidedText(m_runningTitle, Qt::ElideRight, half));
        m_painter.drawText(m_paper.header, Qt::AlignRight | Qt::AlignBottom,
                           metrics.elidedText(sectionTitle, Qt::ElideRight, half));
        m_painter.setPen(QPen(ruleColour, m_paper.fromPoints(0.5)));
        m_painter.drawLine(m_paper.header.bottomLeft() + QPointF(0, m_paper.fromPoints(2)),
                           m_paper.header.bottomRight() + QPointF(0, m_paper.fromPoints(2)));
        m_painter.setPen(mutedText);
        m_painter.drawText(
            m_paper.footer, Qt::AlignHCenter | Qt::AlignTop,
            QCoreApplication::translate("PdfReportWriter", "Page %1 of %2").arg(m_pagesPainted).arg(m_totalPages));
        m_painter.restore();
    }

    QPagedPaintDevice &m_writer;
    QPainter &m_painter;
    const Paper &m_paper;
    QString m_runningTitle;
    int m_totalPages = 0;
    int m_pagesPainted = 0;
};

// The screen's resolution, which Qt Charts lays its text out with: the PDF uses the same, so chart labels land
// where the chart measured them.
int chartResolution()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

} // namespace

PdfReportWriter::PdfReportWriter(const ReportBuilder &content)
    : m_content(content)
{
}

PdfReportWriter::Result PdfReportWriter::write(const QString &path, const Progress &progress)
{
    m_errorString.clear();
    try {
        return writeSections(path, progress);
    } catch (const DocumentError &error) {
        // A team's notes could not be read: the half-written file was discarded with its QSaveFile.
        m_errorString = error.message();
        return Result::Failed;
    }
}

PdfReportWriter::Result PdfReportWriter::print(QPagedPaintDevice &device, const Progress &progress)
{
    m_errorString.clear();
    try {
        const Result result = paint(device, progress);
        if (result == Result::Failed)
            m_errorString = QCoreApplication::translate("PdfReportWriter", "The printer took no more pages.");
        return result;
    } catch (const DocumentError &error) {
        m_errorString = error.message();
        return Result::Failed;
    }
}

PdfReportWriter::Result PdfReportWriter::writeSections(const QString &path, const Progress &progress)
{
    const QuarterReport &report = m_content.summary();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = QCoreApplication::translate("PdfReportWriter", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return Result::Failed;
    }
    QPdfWriter writer(&file);
    writer.setResolution(chartResolution());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(QCoreApplication::translate("PdfReportWriter", "%1: quarter report %2")
                        .arg(report.organisation, report.cycle.name));
    writer.setCreator(QStringLiteral("Quarterdeck %1").arg(QStringLiteral(QUARTERDECK_VERSION)));
    const Result result = paint(writer, progress);
    if (result != Result::Written) {
        file.cancelWriting();
        if (result == Result::Failed && m_errorString.isEmpty())
            m_errorString =
                QCoreApplication::translate("PdfReportWriter", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!file.commit()) {
        m_errorString = QCoreApplication::translate("PdfReportWriter", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return Result::Failed;
    }
    return Result::Written;
}

PdfReportWriter::Result PdfReportWriter::paint(QPagedPaintDevice &device, const Progress &progress)
{
    const QuarterReport &report = m_content.summary();
    const int sectionCount = int(m_content.sectionCount());
    // The summary, each team laid out to count its pages, the first pages, each team written.
    int done = 0;
    const int total = 2 * sectionCount + 2;
    bool cancelled = false;
    const auto step = [&] {
        cancelled = progress && !progress(++done, total);
        return !cancelled;
    };
    const Paper paper = paperFor(device);

    const Section cover = composed(paper, {}, [&](Composer &composer) { composeCover(composer, report); });
    const Section summary = composed(paper, QCoreApplication::translate("PdfReportWriter", "Executive summary"),
                                     [&](Composer &composer) { composeSummary(composer, report); });
    if (!step())
        return Result::Cancelled;
    // The contents and every footer's page count need each team's length before the first page is painted: each
    // section is laid out, counted and dropped here, and laid out again when painted, so memory stays that of a few.
    const std::optional<QList<int>> counts = teamPageCounts(m_content, report, paper, step);
    if (!counts)
        return Result::Cancelled;
    const QList<int> &sectionPages = *counts;

    Section contents;
    if (sectionCount > ContentsThreshold) {
        // The contents' own length decides where the summary starts: lay it out, then number it for real.
        for (int pass = 0; pass < 2; ++pass) {
            const int pagesBefore = contents.pages;
            int page = 1 + pagesBefore + 1;
            QList<ContentsEntry> entries{{summary.headerTitle, page}};
            page += summary.pages;
            for (int index = 0; index < sectionCount; ++index) {
                entries.append({report.sectionTitles.at(index), page});
                page += sectionPages.at(index);
            }
            contents = composed(paper, QCoreApplication::translate("PdfReportWriter", "Contents"),
                                [&](Composer &composer) { composeContents(composer, entries); });
            if (contents.pages == pagesBefore)
                break;
        }
    }

    const int totalPages =
        cover.pages + contents.pages + summary.pages + std::accumulate(sectionPages.cbegin(), sectionPages.cend(), 0);
    QPainter painter;
    if (!painter.begin(&device))
        return Result::Failed;
    const QString runningTitle = QCoreApplication::translate("PdfReportWriter", "%1 · %2 quarter report")
                                     .arg(report.organisation, report.cycle.name);
    PagePainter pages(device, painter, paper, runningTitle, totalPages);
    const auto paintAll = [&](const Section &section) {
        for (int page = 0; page < section.pages; ++page) {
            if (!pages.paint(section, page))
                return false;
        }
        return true;
    };
    bool painted = paintAll(cover) && paintAll(contents) && paintAll(summary) && step();
    // The next teams are composed and laid out on the pool while this thread paints one.
    InOrderPipeline<Section> teams(sectionCount, [&](int index) {
        return [&report, &paper, team = m_content.section(index), paintingThread = QThread::currentThread()] {
            Section section = teamSection(paper, report, team);
            section.handOver(paintingThread);
            return section;
        };
    });
    while (painted && !teams.atEnd()) {
        const Section section = teams.take();
        painted = paintAll(section) && step();
    }
    painter.end();
    if (!painted)
        return cancelled ? Result::Cancelled : Result::Failed;
    return Result::Written;
}
