#include "support/CatchQt.h"

#include "cycles/CarryOverDialog.h"
#include "ui/support/PlanFixtures.h"

#include <QLabel>
#include <QListWidget>

namespace {

QListWidgetItem *itemOf(const QListWidget &list, Id objectiveId)
{
    for (int row = 0; row < list.count(); ++row) {
        if (list.item(row)->data(Qt::UserRole).value<Id>() == objectiveId)
            return list.item(row);
    }
    FAIL("no item for the objective");
    return nullptr;
}

} // namespace

TEST_CASE("Carry-over should tick the unfinished objectives and name the titles it rewrites", "[ui][cycles]")
{
    CyclePlan from = PlanFixtures::acmeQuarter();
    for (Objective &objective : from.objectives) {
        if (objective.id == 20) { // "Close more deals": at 50 %, but graded a success for an aspirational objective
            objective.commitment = Commitment::Aspirational;
            objective.grade = 0.8;
        }
    }
    from.rebuildIndex();
    const Cycle next{2,    QStringLiteral("2026 Q4"), QDate(2026, 10, 1), QDate(2026, 12, 31), CycleState::Planning,
                     false};
    CarryOverDialog dialog(from, {from.cycle, next});
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("carryOverObjectives"));
    auto *retitled = dialog.findChild<QLabel *>(QStringLiteral("carryOverRetitled"));
    REQUIRE(list);
    REQUIRE(retitled);

    QListWidgetItem *deals = itemOf(*list, 20);
    CHECK(deals->checkState() == Qt::Unchecked);
    CHECK(deals->text().endsWith(QStringLiteral("finished")));
    CHECK(itemOf(*list, 40)->checkState() == Qt::Checked); // nothing checked in yet: unfinished
    CHECK_FALSE(dialog.chosenObjectives().contains(20));
    CHECK(retitled->isHidden()); // no ticked objective has a title stating a start that moves

    // Its churn key result went from 14 % to 12 %: carried, its title says so.
    deals->setCheckState(Qt::Checked);
    CHECK_FALSE(retitled->isHidden());
    CHECK(retitled->text().contains(QStringLiteral("“Reduce churn from 14 % to 10 %” becomes “Reduce churn from 12 % "
                                                   "to 10 %”")));
}
