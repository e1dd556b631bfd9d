#include "support/catch.h"

#include "charts/ChartPanel.h"
#include "document/ShownPlan.h"
#include "support/CatchQt.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"

#include <QChart>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QTest>

namespace {

// The Acme window and the details panel's chart.
struct ChartWindow : AcmeWindow {
    ChartPanel *chartPanel() const
    {
        auto *panel = window.findChild<ChartPanel *>(QStringLiteral("detailsChart"));
        REQUIRE(panel);
        return panel;
    }

    QLineSeries *series(const QString &name) const
    {
        for (QAbstractSeries *series : chartPanel()->chart()->series()) {
            if (series->name() == name)
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    }
};

const QString closeDeals = QStringLiteral("Close more deals");
const QString dealsKeyResult = QStringLiteral("Close 10 mid-market deals");

} // namespace

TEST_CASE("The details panel charts the selected key result's values against its start and target",
          "[ui][window][details][charts]")
{
    ChartWindow acme;
    acme.select(dealsKeyResult);

    REQUIRE(acme.chartPanel()->isVisible());
    CHECK(acme.chartPanel()->chart()->title() == dealsKeyResult);
    // Acme's one check-in, in the week of 10 August: 5 deals.
    QLineSeries *values = acme.series(QStringLiteral("Value"));
    REQUIRE(values);
    REQUIRE(values->count() == 1);
    CHECK(values->at(0).y() == 5);
    QLineSeries *target = acme.series(QStringLiteral("Target"));
    REQUIRE(target);
    CHECK(target->at(0).y() == 10);

    SECTION("and redraws it when the target is edited in the panel")
    {
        auto *targetEditor = acme.window.findChild<QDoubleSpinBox *>(QStringLiteral("keyResultTarget"));
        REQUIRE(targetEditor);
        targetEditor->setFocus();
        targetEditor->selectAll();
        QTest::keyClicks(targetEditor, QStringLiteral("12"));
        QTest::keyClick(targetEditor, Qt::Key_Return);
        QLineSeries *editedTarget = acme.series(QStringLiteral("Target"));
        REQUIRE(editedTarget);
        CHECK(editedTarget->at(0).y() == 12);
    }
}

TEST_CASE("The details panel shows an objective's burn-up and no chart for an initiative",
          "[ui][window][details][charts]")
{
    ChartWindow acme;
    acme.select(closeDeals);

    REQUIRE(acme.chartPanel()->isVisible());
    CHECK(acme.chartPanel()->chart()->title() == closeDeals);
    QLineSeries *progress = acme.series(QStringLiteral("Progress"));
    REQUIRE(progress);
    // The cycle start and every check-in week of 2026 Q3 (it is over): progress climbs after the 10 August check-in.
    CHECK(progress->count() > 10);
    CHECK(progress->at(0).y() == 0);
    CHECK(progress->at(progress->count() - 1).y() > 0);

    acme.select(QStringLiteral("Add failover"));
    CHECK_FALSE(acme.chartPanel()->isVisible());
}

TEST_CASE("The details panel charts from the histories the charts dock read already", "[ui][window][details][charts]")
{
    ChartWindow acme;
    auto *chartsDock = acme.window.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
    REQUIRE(chartsDock);
    chartsDock->show();
    QCoreApplication::processEvents();
    const auto *model = acme.window.findChild<AlignmentTreeModel *>();
    REQUIRE(model);
    REQUIRE(model->shownPlan()->hasHistories());

    acme.select(dealsKeyResult);

    QLineSeries *values = acme.series(QStringLiteral("Value"));
    REQUIRE(values);
    REQUIRE(values->count() == 1);
    CHECK(values->at(0).y() == 5);
    acme.select(closeDeals);
    QLineSeries *progress = acme.series(QStringLiteral("Progress"));
    REQUIRE(progress);
    CHECK(progress->at(progress->count() - 1).y() > 0);
}
