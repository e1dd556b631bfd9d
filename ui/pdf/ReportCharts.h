#pragma once

#include "model/Confidence.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class QChart;

// One bar of a progress chart: a share 0..1 coloured by its pace status.
struct ProgressBar {
    QString label;
    double progress = 0.0;
    std::optional<Confidence> status; // the status shown beside it (StatusWords::shown); none: no check-in yet
};

// The report's charts as Qt Charts, drawn on white paper: fixed fonts in points, no animation, no shadows.
namespace ReportCharts {

// Horizontal bars 0-100 %, top to bottom in the order given, each in its status colour, with a legend.
std::unique_ptr<QChart> progressBars(const QString &title, const QList<ProgressBar> &bars);

// A donut of how many key results are on track, at risk and off track (indexed by Confidence).
std::unique_ptr<QChart> paceDistribution(const QString &title, const std::array<int, 3> &counts);

// The height a progress chart of `barCount` bars needs, in points.
double progressBarsHeight(qsizetype barCount);

} // namespace ReportCharts
