#include "pdf/ReportCharts.h"

#include "palette/PaceColours.h"
#include "text/DomainText.h"
#include "text/StatusWords.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace {

constexpr std::array<Confidence, 3> statuses{Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack};
constexpr double pointsPerBar = 16.0;
constexpr double chartChrome = 80.0; // title, legend, value axis and margins
constexpr int longestLabel = 48;     // characters of a category label before it is elided

QPalette paper()
{
    return PaceColours::paper(QPalette());
}

QFont chartFont(double pointSize, bool bold = false)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures, so chart text extracts as typed
    return font;
}

std::unique_ptr<QChart> paperChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // as the report's text writes numbers (ValueFormat)
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->setTitleFont(chartFont(9.0, true));
    chart->legend()->setFont(chartFont(7.5));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString elided(const QString &label)
{
    // Titles are typed by people: a long one would squeeze the bars to nothing.
    if (label.size() <= longestLabel)
        return label;
    return label.left(longestLabel - 1).trimmed() + QChar(0x2026);
}

} // namespace

namespace ReportCharts {

std::unique_ptr<QChart> progressBars(const QString &title, const QList<ProgressBar> &bars)
{
    auto chart = paperChart(title);
    // One set per status, stacked: each bar has its value in its own status's set only, so every bar gets its
    // status colour and the legend names the colours.
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    std::array<QBarSet *, 3> sets{};
    for (const Confidence status : statuses) {
        QBarSet *set = new QBarSet(DomainText::confidence(status));
        const QColor colour = PaceColours::forStatus(status, paper());
        set->setColor(colour);
        set->setBorderColor(colour);
        sets[static_cast<std::size_t>(status)] = set;
    }
    // Horizontal bar categories run bottom to top: add them reversed so the chart reads like the table.
    // Key results waiting for their first check-in have no status: a neutral grey of their own.
    const bool anyWaiting = std::any_of(bars.cbegin(), bars.cend(), [](const ProgressBar &bar) { return !bar.status; });
    QBarSet *waiting = nullptr;
    if (anyWaiting) {
        waiting = new QBarSet(StatusWords::brief(std::nullopt, std::nullopt));
        waiting->setColor(Qt::gray);
        waiting->setBorderColor(Qt::gray);
    }
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        categories.append(elided(bar->label));
        for (const Confidence status : statuses)
            sets[static_cast<std::size_t>(status)]->append(status == bar->status ? bar->progress * 100.0 : 0.0);
        if (waiting)
            waiting->append(bar->status ? 0.0 : bar->progress * 100.0);
    }
    for (QBarSet *set : sets)
        series->append(set);
    if (waiting)
        series->append(waiting);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    // Category labels may repeat (two key results with one title): QBarCategoryAxis needs them unique.
    for (qsizetype index = 0; index < categories.size(); ++index) {
        while (categories.indexOf(categories[index]) != index)
            categories[index] += QChar(0x200B);
    }
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont(7.0));
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0.0, 100.0);
    valueAxis->setTickCount(6);
    // With localised numbers Qt Charts puts the locale's number in place of "%.0f" and keeps the rest as written:
    // no printf, so the percent sign is not doubled.
    valueAxis->setLabelFormat(QStringLiteral("%.0f %"));
    valueAxis->setLabelsFont(chartFont(7.0));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

std::unique_ptr<QChart> paceDistribution(const QString &title, const std::array<int, 3> &counts)
{
    auto chart = paperChart(title);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    for (const Confidence status : statuses) {
        const int count = counts[static_cast<std::size_t>(status)];
        QPieSlice *slice = series->append(
            QCoreApplication::translate("ReportCharts", "%1: %2").arg(DomainText::confidence(status)).arg(count),
            count);
        slice->setColor(PaceColours::forStatus(status, paper()));
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

double progressBarsHeight(qsizetype barCount)
{
    return chartChrome + pointsPerBar * static_cast<double>(barCount);
}

} // namespace ReportCharts
