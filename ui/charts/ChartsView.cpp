#include "charts/ChartsView.h"

#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "document/ShownPlan.h"
#include "preferences/Preferences.h"
#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/GradeHistory.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"

#include <QChart>
#include <QGridLayout>

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_referenceDate(QDate::currentDate())
    , m_teamProgress(new ChartPanel(this))
    , m_status(new ChartPanel(this))
    , m_grades(new ChartPanel(this))
    , m_item(new ChartPanel(this))
{
    setObjectName(QStringLiteral("chartsView"));
    m_teamProgress->setObjectName(QStringLiteral("teamProgressChart"));
    m_status->setObjectName(QStringLiteral("statusDistributionChart"));
    m_grades->setObjectName(QStringLiteral("gradesChart"));
    m_item->setObjectName(QStringLiteral("itemChart"));
    // Below this a chart's labels get cut to "…"; the dock scrolls instead.
    const QSize readable(72 * fontMetrics().averageCharWidth(), 34 * fontMetrics().lineSpacing());
    for (ChartPanel *panel : {m_teamProgress, m_status, m_grades, m_item})
        panel->setMinimumSize(readable);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_teamProgress, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_item, 1, 0);
    layout->addWidget(m_grades, 1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void ChartsView::setShownPlan(const ShownPlan *shownPlan)
{
    m_shownPlan = shownPlan;
    clear();
}

void ChartsView::clear()
{
    m_plan = {};
    m_histories.clear();
    m_objectiveId = m_keyResultId = NoId;
    for (ChartPanel *panel : {m_teamProgress, m_status, m_grades, m_item})
        panel->setChart(nullptr);
}

void ChartsView::setReferenceDate(QDate day)
{
    m_referenceDate = day;
}

void ChartsView::refresh()
{
    if (!m_shownPlan || m_shownPlan->cycleId() == NoId)
        return;
    if (m_shownPlan->cycleId() != cycleId())
        m_objectiveId = m_keyResultId = NoId;
    for (ChartPanel *panel : {m_teamProgress, m_status, m_grades, m_item})
        panel->setDocumentPath(m_shownPlan->repository()->document().path());
    try {
        m_histories = m_shownPlan->histories();
        m_plan = m_shownPlan->plan();
        redrawCycleCharts();
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Charts"), error.message());
        return;
    }
    redrawItemChart();
}

void ChartsView::redrawCycleCharts()
{
    const double expected = Scoring::expectedProgress(m_plan.cycle, m_referenceDate);
    const ProgressRollUp rollUp(m_plan, m_referenceDate, Preferences::paceThresholds());
    const QList<ChartSeries::TeamProgress> teams = ChartSeries::teamProgress(m_plan, rollUp);
    m_teamProgress->setChart(ChartFactory::teamProgressChart(
        m_plan.cycle, ChartSeries::furthestBehind(teams, MaximumTeamBars), teams.size(), expected, palette()));
    m_status->setChart(ChartFactory::statusDistributionChart(
        m_plan.cycle, ChartSeries::statusDistribution(m_plan, rollUp), palette()));

    // The grades looking back from the shown cycle: its history, not what comes after.
    const GradeHistory &history = m_shownPlan->gradeHistory();
    const QList<ChartSeries::TeamGrades> grades =
        ChartSeries::gradesPerTeam(m_plan.teams, history.cycles, history.objectives);
    m_grades->setChart(ChartFactory::gradesChart(history.cycles, ChartSeries::lowestGraded(grades, MaximumGradedTeams),
                                                 grades.size(), palette()));
}

void ChartsView::showObjective(Id objectiveId)
{
    m_objectiveId = objectiveId;
    m_keyResultId = NoId;
    redrawItemChart();
}

void ChartsView::showKeyResult(Id keyResultId)
{
    m_keyResultId = keyResultId;
    m_objectiveId = NoId;
    redrawItemChart();
}

void ChartsView::redrawItemChart()
{
    if (m_plan.keyResult(m_keyResultId)) {
        m_item->setChart(ChartFactory::keyResultChart(m_plan, m_histories, m_keyResultId, palette()));
        return;
    }
    // Nothing chosen yet: the first top-level objective, so the chart is never an empty frame.
    Id objectiveId = m_objectiveId;
    if (!m_plan.objective(objectiveId) && !m_plan.topLevelObjectives().isEmpty())
        objectiveId = m_plan.objectives[m_plan.topLevelObjectives().first()].id;
    m_item->setChart(ChartFactory::burnUpChart(m_plan, m_histories, objectiveId, m_referenceDate, palette()));
}
