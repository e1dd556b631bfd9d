#include "charts/ChartFactory.h"

#include "model/TextLimits.h"
#include "palette/PaceColours.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChartFactory {

namespace {

// Okabe-Ito hues that are not the status colours, for lines and cycles.
const QColor blue(0x00, 0x72, 0xB2);
const QColor skyBlue(0x56, 0xB4, 0xE9);
const QColor reddishPurple(0xCC, 0x79, 0xA7);
const QColor yellow(0xF0, 0xE4, 0x42);
const QColor grey(0x99, 0x99, 0x99);

// Readable from the back of a room.
QFont scaledFont(double factor, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QColor onBase(QColor colour, const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? colour.lighter(130) : colour;
}

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    // A chart's title is one line made of an item's title: Qt Charts elides it a character at a time, which took
    // minutes and gigabytes for a megabyte title written before the limits.
    chart->setTitle(TextLimits::clipped(TextField::ObjectiveTitle, title));
    chart->setTitleFont(scaledFont(1.35, true));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale, as ValueFormat writes them everywhere else ("1.450,5" in German).
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(scaledFont(1.1));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setShowToolTips(true); // a name cut short reads whole on hover
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QString &title, const QPalette &palette)
{
    axis->setTitleText(title);
    axis->setTitleFont(scaledFont(1.1));
    axis->setTitleBrush(palette.color(QPalette::Text));
    axis->setLabelsFont(scaledFont(1.1));
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
}

qreal msecs(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QDate dateOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

QString dayText(QDate day)
{
    return ValueFormat().date(day);
}

// A team's name as a category label. Qt Charts cuts a label down to the room its axis gets, so a long name is
// broken onto lines at spaces instead. Axis labels are rich text: the name is escaped.
QString teamLabel(const QString &name)
{
    constexpr qsizetype lineLength = 24;
    QStringList lines;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().length() + 1 + word.length() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void showToolTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

QLineSeries *addLine(QChart *chart, const QString &name, const QList<Scoring::ValuePoint> &points, QColor colour,
                     Qt::PenStyle style, qreal width, double scale = 1.0)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    for (const Scoring::ValuePoint &point : points)
        line->append(msecs(point.date), point.value * scale);
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::RoundCap);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

QDateTimeAxis *dateAxis(QChart *chart, QDate first, QDate last, const QPalette &palette)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(ValueFormat::dayAndMonthPattern());
    axis->setRange(first.startOfDay(), last.startOfDay());
    axis->setTickCount(5);
    styleAxis(axis, QCoreApplication::translate("ChartFactory", "Date"), palette);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void attach(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

// The team names down the left of a bar chart.
QBarCategoryAxis *addTeamAxis(QChart *chart, const QStringList &names, const QPalette &palette)
{
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(names);
    styleAxis(axis, QString(), palette);
    // Qt Charts elides a category label taller than its band: team names stay at the normal size.
    axis->setLabelsFont(QApplication::font());
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

} // namespace

QChart *keyResultChart(const KeyResult &keyResult, const Cycle &cycle, const ChartSeries::KeyResultSeries &series,
                       const QPalette &palette)
{
    QChart *chart = newChart(keyResult.title, palette);
    const QColor text = palette.color(QPalette::Text);
    addLine(chart, QCoreApplication::translate("ChartFactory", "Start"), series.startLine, onBase(grey, palette),
            Qt::DotLine, 2);
    addLine(chart, QCoreApplication::translate("ChartFactory", "Target"), series.targetLine, text, Qt::DashLine, 2);
    if (!series.expectedPace.isEmpty())
        addLine(chart, QCoreApplication::translate("ChartFactory", "Expected pace"), series.expectedPace,
                onBase(skyBlue, palette), Qt::DashLine, 2.5);
    if (!series.forecast.isEmpty())
        addLine(chart, QCoreApplication::translate("ChartFactory", "Forecast"), series.forecast,
                onBase(reddishPurple, palette), Qt::DashDotLine, 2.5);
    QLineSeries *values = addLine(chart, QCoreApplication::translate("ChartFactory", "Value"), series.values,
                                  onBase(blue, palette), Qt::SolidLine, 3.5);
    values->setPointsVisible(true);
    values->setMarkerSize(9);

    double low = std::min(keyResult.start, keyResult.target);
    double high = std::max(keyResult.start, keyResult.target);
    for (const auto *points : {&series.values, &series.forecast}) {
        for (const Scoring::ValuePoint &point : *points) {
            low = std::min(low, point.value);
            high = std::max(high, point.value);
        }
    }
    const double padding = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.1);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setRange(low - padding, high + padding);
    valueAxis->applyNiceNumbers();
    const QString unit = keyResult.unitLabel.trimmed();
    styleAxis(valueAxis,
              unit.isEmpty() ? QCoreApplication::translate("ChartFactory", "Value")
                             : QCoreApplication::translate("ChartFactory", "Value (%1)").arg(unit),
              palette);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    attach(chart, dateAxis(chart, cycle.start, cycle.end, palette), valueAxis);

    for (QAbstractSeries *abstract : chart->series()) {
        auto *line = static_cast<QLineSeries *>(abstract);
        QObject::connect(line, &QLineSeries::hovered, chart, [keyResult, line](const QPointF &point, bool entered) {
            if (entered)
                showToolTip(
                    QCoreApplication::translate("ChartFactory", "%1, %2: %3")
                        .arg(line->name(), dayText(dateOf(point.x())), DomainText::measure(keyResult, point.y())));
        });
    }
    return chart;
}

QChart *burnUpChart(const QString &objectiveTitle, const ChartSeries::BurnUp &burnUp, const QPalette &palette)
{
    QChart *chart = newChart(objectiveTitle, palette);
    addLine(chart, QCoreApplication::translate("ChartFactory", "Expected pace"), burnUp.expectedPace,
            onBase(skyBlue, palette), Qt::DashLine, 2.5, 100.0);
    QLineSeries *progress = addLine(chart, QCoreApplication::translate("ChartFactory", "Progress"), burnUp.progress,
                                    onBase(blue, palette), Qt::SolidLine, 3.5, 100.0);
    progress->setPointsVisible(true);
    progress->setMarkerSize(9);

    auto *percentAxis = new QValueAxis(chart);
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%d %%"));
    styleAxis(percentAxis, QCoreApplication::translate("ChartFactory", "Progress"), palette);
    chart->addAxis(percentAxis, Qt::AlignLeft);
    const QDate first = burnUp.expectedPace.isEmpty() ? QDate::currentDate() : burnUp.expectedPace.first().date;
    const QDate last = burnUp.expectedPace.isEmpty() ? first.addDays(91) : burnUp.expectedPace.last().date;
    attach(chart, dateAxis(chart, first, last, palette), percentAxis);

    for (QAbstractSeries *abstract : chart->series()) {
        auto *line = static_cast<QLineSeries *>(abstract);
        QObject::connect(line, &QLineSeries::hovered, chart, [line](const QPointF &point, bool entered) {
            if (entered)
                showToolTip(QCoreApplication::translate("ChartFactory", "%1, %2: %3")
                                .arg(line->name(), dayText(dateOf(point.x())), DomainText::percent(point.y() / 100.0)));
        });
    }
    return chart;
}

QChart *keyResultChart(const CyclePlan &plan, const KeyResultHistories &histories, Id keyResultId,
                       const QPalette &palette)
{
    const KeyResult *keyResult = plan.keyResult(keyResultId);
    if (!keyResult)
        return nullptr;
    return keyResultChart(*keyResult, plan.cycle,
                          ChartSeries::keyResult(*keyResult, histories.value(keyResultId), plan.cycle), palette);
}

QChart *burnUpChart(const CyclePlan &plan, const KeyResultHistories &histories, Id objectiveId, QDate referenceDate,
                    const QPalette &palette)
{
    const Objective *objective = plan.objective(objectiveId);
    if (!objective)
        return nullptr;
    return burnUpChart(objective->title, ChartSeries::objectiveBurnUp(plan, histories, objectiveId, referenceDate),
                       palette);
}

void fitToNarrowPanel(QChart *chart)
{
    const QFont font = QApplication::font();
    chart->setTitleFont(scaledFont(1.1, true));
    chart->legend()->setFont(scaledFont(0.9));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
            dates->setTickCount(4);
            dates->setTitleVisible(false); // the labels are plainly dates
        }
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->pointsVisible())
            line->setMarkerSize(5);
    }
}

QChart *teamProgressChart(const Cycle &cycle, const QList<ChartSeries::TeamProgress> &teams, qsizetype teamCount,
                          double expectedProgress, const QPalette &palette)
{
    const QString title = teams.size() < teamCount
                              ? QCoreApplication::translate("ChartFactory", "The %1 teams furthest behind of %2, %3")
                                    .arg(teams.size())
                                    .arg(teamCount)
                                    .arg(cycle.name)
                              : QCoreApplication::translate("ChartFactory", "Progress per team, %1").arg(cycle.name);
    QChart *chart = newChart(title, palette);
    auto *series = new QHorizontalStackedBarSeries(chart);
    // One set per status, each team's bar in the set of its status: the bar's colour and the legend name it.
    const QList<Confidence> statuses{Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack};
    QList<QBarSet *> sets;
    for (const Confidence status : statuses) {
        auto *set = new QBarSet(DomainText::confidence(status), series);
        set->setColor(PaceColours::forStatus(status, palette));
        set->setBorderColor(palette.color(QPalette::Base));
        sets.append(set);
    }
    QStringList names;
    // The category axis runs upwards: the first team goes on top. Each label says the status in a shape and a word
    // (the shapes of PaceColours::statusIcon), so the bar's colour is never the only sign of it.
    const auto statusMark = [](Confidence status) -> QString {
        const QChar shape = status == Confidence::OnTrack  ? QChar(0x25CF)  // ●
                            : status == Confidence::AtRisk ? QChar(0x25B2)  // ▲
                                                           : QChar(0x25A0); // ■
        return QString(shape) + QLatin1Char(' ') + DomainText::confidence(status).toHtmlEscaped();
    };
    for (auto team = teams.crbegin(); team != teams.crend(); ++team) {
        names.append(teamLabel(team->teamName) + QStringLiteral("<br>") + statusMark(team->paceStatus));
        for (qsizetype status = 0; status < statuses.size(); ++status)
            sets[status]->append(statuses[status] == team->paceStatus ? team->progress * 100.0 : 0.0);
    }
    for (QBarSet *set : sets) {
        series->append(set);
        QObject::connect(set, &QBarSet::hovered, chart, [teams, set](bool entered, int index) {
            const qsizetype row = teams.size() - 1 - index;
            if (entered && row >= 0 && row < teams.size())
                showToolTip(QCoreApplication::translate("ChartFactory", "%1: %2 (%3)")
                                .arg(teams[row].teamName, DomainText::percent(teams[row].progress), set->label()));
        });
    }
    chart->addSeries(series);

    QBarCategoryAxis *teamAxis = addTeamAxis(chart, names, palette);
    auto *percentAxis = new QValueAxis(chart);
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%d %%"));
    styleAxis(percentAxis,
              QCoreApplication::translate("ChartFactory", "Progress (expected %1)")
                  .arg(DomainText::percent(expectedProgress)),
              palette);
    chart->addAxis(percentAxis, Qt::AlignBottom);
    series->attachAxis(teamAxis);
    series->attachAxis(percentAxis);
    return chart;
}

QChart *statusDistributionChart(const Cycle &cycle, const ChartSeries::StatusCounts &counts, const QPalette &palette)
{
    QChart *chart =
        newChart(QCoreApplication::translate("ChartFactory", "Objectives by pace status, %1").arg(cycle.name), palette);
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.35);
    const QList<std::pair<Confidence, int>> slices{{Confidence::OnTrack, counts.onTrack},
                                                   {Confidence::AtRisk, counts.atRisk},
                                                   {Confidence::OffTrack, counts.offTrack}};
    const int total = counts.total();
    for (const auto &[status, count] : slices) {
        const QString share = DomainText::percent(total == 0 ? 0.0 : double(count) / total);
        // Two lines (legend labels are rich text) keep the legend beside the ring narrow enough to show whole.
        auto *slice = series->append(QCoreApplication::translate("ChartFactory", "%1<br>%2 (%3)")
                                         .arg(DomainText::confidence(status))
                                         .arg(count)
                                         .arg(share),
                                     count);
        slice->setColor(PaceColours::forStatus(status, palette));
        slice->setBorderColor(palette.color(QPalette::Base));
        QObject::connect(slice, &QPieSlice::hovered, chart, [slice](bool entered) {
            slice->setExploded(entered);
            if (entered)
                showToolTip(slice->label());
        });
    }
    chart->addSeries(series);
    // The legend names every slice with its count and share; labels around the ring would collide with it and
    // with each other when one slice is thin.
    chart->legend()->setAlignment(Qt::AlignRight);
    if (total == 0)
        chart->setTitle(
            QCoreApplication::translate("ChartFactory", "No objectives with key results in %1").arg(cycle.name));
    return chart;
}

QChart *gradesChart(const QList<Cycle> &cycles, const QList<ChartSeries::TeamGrades> &teams, qsizetype teamCount,
                    const QPalette &palette)
{
    const QString title =
        teams.size() < teamCount
            ? QCoreApplication::translate("ChartFactory", "Grades of the %1 lowest graded of %2 teams")
                  .arg(teams.size())
                  .arg(teamCount)
            : QCoreApplication::translate("ChartFactory", "Grades per team across cycles");
    QChart *chart = newChart(title, palette);
    // Bars run sideways so that team names sit on the left, where they can take two lines: below the bars, slanted
    // or not, Qt Charts cuts a long name down to what fits under its group.
    auto *series = new QHorizontalBarSeries(chart);
    const QList<QColor> colours{blue, skyBlue, reddishPurple, yellow, grey};
    // The category axis runs upwards: the teams are added last first, so the first team is on top.
    QStringList names;
    for (auto team = teams.crbegin(); team != teams.crend(); ++team)
        names.append(teamLabel(team->teamName));
    // Likewise within a team's group: the sets go last cycle first, so the oldest cycle's bar is on top.
    for (qsizetype column = cycles.size() - 1; column >= 0; --column) {
        auto *set = new QBarSet(cycles[column].name, series);
        set->setColor(onBase(colours[column % colours.size()], palette));
        set->setBorderColor(palette.color(QPalette::Base));
        for (auto team = teams.crbegin(); team != teams.crend(); ++team)
            set->append(team->grades.value(column).value_or(0.0));
        series->append(set);
        const QString cycleName = cycles[column].name;
        QObject::connect(set, &QBarSet::hovered, chart, [teams, column, cycleName](bool entered, int index) {
            const qsizetype row = teams.size() - 1 - index;
            if (!entered || row < 0 || row >= teams.size())
                return;
            const std::optional<double> grade = teams[row].grades.value(column);
            showToolTip(grade ? QCoreApplication::translate("ChartFactory", "%1, %2: %3")
                                    .arg(teams[row].teamName, cycleName, ValueFormat().grade(*grade))
                              : QCoreApplication::translate("ChartFactory", "%1, %2: not graded")
                                    .arg(teams[row].teamName, cycleName));
        });
    }
    chart->addSeries(series);
    // The legend reads oldest cycle first, like the bars.
    chart->legend()->setReverseMarkers(true);
    QBarCategoryAxis *teamAxis = addTeamAxis(chart, names, palette);
    auto *gradeAxis = new QValueAxis(chart);
    gradeAxis->setRange(0, 1);
    gradeAxis->setTickCount(6);
    gradeAxis->setLabelFormat(QStringLiteral("%.1f"));
    styleAxis(gradeAxis, QCoreApplication::translate("ChartFactory", "Grade"), palette);
    chart->addAxis(gradeAxis, Qt::AlignBottom);
    series->attachAxis(teamAxis);
    series->attachAxis(gradeAxis);
    return chart;
}

} // namespace ChartFactory
