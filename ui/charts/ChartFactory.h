#pragma once

#include "charts/ChartSeries.h"
#include "model/KeyResult.h"

#include <QList>
#include <QPalette>

class QChart;

// Qt Charts for the series of ChartSeries, styled for a projector: large type, thick lines, the palette's own
// colours, Okabe-Ito hues (colour-blind safe) with line styles that differ too, values in a tooltip on hover,
// dates and units on the axes. Each returns a new chart for the caller (usually ChartPanel::setChart) to own.
namespace ChartFactory {

// Value over time with its start and target lines, the expected pace and the forecast to the cycle end.
QChart *keyResultChart(const KeyResult &keyResult, const Cycle &cycle, const ChartSeries::KeyResultSeries &series,
                       const QPalette &palette);
// An objective's progress week by week against the expected pace.
QChart *burnUpChart(const QString &objectiveTitle, const ChartSeries::BurnUp &burnUp, const QPalette &palette);

// The same two charts for an item of `plan`, their series computed from `histories` (which must hold the key
// result's, or every key result of ChartSeries::burnUpKeyResults). Null when the plan has no such item.
QChart *keyResultChart(const CyclePlan &plan, const KeyResultHistories &histories, Id keyResultId,
                       const QPalette &palette);
QChart *burnUpChart(const CyclePlan &plan, const KeyResultHistories &histories, Id objectiveId, QDate referenceDate,
                    const QPalette &palette);

// Restyles one of these charts for a narrow panel (the details dock): the application's type size, fewer date
// labels, small point markers. The projector sizes are for the Charts view; here they would crowd each other out.
void fitToNarrowPanel(QChart *chart);
// A bar per team, coloured and named by pace status; `teamCount` is how many teams the cycle has in all.
QChart *teamProgressChart(const Cycle &cycle, const QList<ChartSeries::TeamProgress> &teams, qsizetype teamCount,
                          double expectedProgress, const QPalette &palette);
QChart *statusDistributionChart(const Cycle &cycle, const ChartSeries::StatusCounts &counts, const QPalette &palette);
// A group of bars per team, one bar per cycle.
QChart *gradesChart(const QList<Cycle> &cycles, const QList<ChartSeries::TeamGrades> &teams, qsizetype teamCount,
                    const QPalette &palette);

} // namespace ChartFactory
