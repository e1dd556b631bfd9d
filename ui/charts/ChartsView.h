#pragma once

#include "charts/ChartSeries.h"
#include "model/CyclePlan.h"
#include "model/Ids.h"

#include <QDate>
#include <QWidget>

class ChartPanel;
class ShownPlan;

// The Charts view for one cycle: progress per team, objectives by pace status, grades per team across cycles,
// and the chart of the chosen objective (burn-up) or key result (value, pace, forecast). Every chart can be
// exported as a PNG. Series come from ChartSeries; charts from ChartFactory.
class ChartsView : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype MaximumTeamBars = 10;
    static constexpr qsizetype MaximumGradedTeams = 8;

    explicit ChartsView(QWidget *parent = nullptr);

    // Where the plan comes from (not owned; null shows nothing). Empties the charts until refresh().
    void setShownPlan(const ShownPlan *shownPlan);
    // Empties the charts until refresh(): hidden charts are not kept up to date.
    void clear();
    Id cycleId() const { return m_plan.cycle.id; } // NoId when empty
    void setReferenceDate(QDate day);              // today unless set (tests pin it)

    // The item chart: an objective's burn-up or a key result's values; either of the shown cycle.
    void showObjective(Id objectiveId);
    void showKeyResult(Id keyResultId);

    ChartPanel *teamProgressPanel() const { return m_teamProgress; }
    ChartPanel *statusPanel() const { return m_status; }
    ChartPanel *gradesPanel() const { return m_grades; }
    ChartPanel *itemPanel() const { return m_item; }

public slots:
    // Redraws every chart from the shown plan as it is now (and the document's grades): call it after each change
    // the charts should follow. The item chart stays on its objective or key result within the same cycle.
    void refresh();

private:
    void redrawCycleCharts();
    void redrawItemChart();

    const ShownPlan *m_shownPlan = nullptr;
    QDate m_referenceDate;
    CyclePlan m_plan;
    KeyResultHistories m_histories;
    Id m_objectiveId = NoId;
    Id m_keyResultId = NoId;

    ChartPanel *m_teamProgress = nullptr;
    ChartPanel *m_status = nullptr;
    ChartPanel *m_grades = nullptr;
    ChartPanel *m_item = nullptr;
};
