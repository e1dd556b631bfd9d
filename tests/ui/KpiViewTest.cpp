#include "CatchQt.h"

#include "CycleUiFixture.h"
#include "KpiTableModel.h"
#include "KpiView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// The demo KPI "Qualified leads per month" (Marketing) falls 20 leads a week below its target of 2000.
int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, KpiTableModel::NameColumn).data() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The KPI view should list every KPI with its latest value, target and standing", "[ui][kpi]")
{
    CycleUiFixture fixture;
    KpiView view(*fixture.repository);
    const QAbstractItemModel *model = child<QTableView>(view, "kpiTable")->model();
    REQUIRE(model->rowCount() == 4);
    const int leads = rowNamed(*model, QStringLiteral("Qualified leads per month"));
    REQUIRE(leads >= 0);
    CHECK(model->index(leads, KpiTableModel::TeamColumn).data() == QStringLiteral("Marketing"));
    CHECK(model->index(leads, KpiTableModel::TargetColumn).data().toString().startsWith(QStringLiteral("≥ ")));
    CHECK(model->index(leads, KpiTableModel::StandingColumn).data() == QStringLiteral("behind target"));
    CHECK(
        model->index(leads, KpiTableModel::TrendColumn).data(KpiTableModel::ValuesRole).value<QList<double>>().size() ==
        27);
    CHECK(child<QLabel>(view, "kpiSummary")->text().contains(QStringLiteral("behind target")));
}

TEST_CASE("The KPI view should filter by team", "[ui][kpi]")
{
    CycleUiFixture fixture;
    KpiView view(*fixture.repository);
    auto *teams = child<QComboBox>(view, "kpiTeamSelector");
    teams->setCurrentIndex(teams->findText(QStringLiteral("Customer Success")));
    const QAbstractItemModel *model = child<QTableView>(view, "kpiTable")->model();
    REQUIRE(model->rowCount() == 2);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, KpiTableModel::TeamColumn).data() == QStringLiteral("Customer Success"));
}

TEST_CASE("A KPI behind its target should seed an objective for its team", "[ui][kpi]")
{
    CycleUiFixture fixture;
    KpiView view(*fixture.repository);
    QSignalSpy seeded(&view, &KpiView::seedObjective);
    auto *table = child<QTableView>(view, "kpiTable");
    auto *seed = child<QPushButton>(view, "seedObjective");
    CHECK_FALSE(seed->isEnabled());

    table->selectRow(rowNamed(*table->model(), QStringLiteral("Qualified leads per month")));
    REQUIRE(seed->isEnabled());
    QTest::mouseClick(seed, Qt::LeftButton);
    REQUIRE(seeded.count() == 1);
    CHECK(seeded.first().at(0).value<Id>() == fixture.teamNamed("Marketing"));
    CHECK(seeded.first().at(1).toString() == QStringLiteral("Get qualified leads per month back on track"));
}

TEST_CASE("Screenshot of the KPI view on the demo document", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("QUARTERDECK_SCREENSHOTS", QDir::tempPath());
    CycleUiFixture fixture;
    KpiView view(*fixture.repository);
    view.resize(900, 420);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    child<QTableView>(view, "kpiTable")->selectRow(1);
    CHECK(view.grab().save(QDir(folder).filePath(QStringLiteral("kpis.png"))));
}
