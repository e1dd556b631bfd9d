#include "support/catch.h"

#include "model/AlignmentRules.h"
#include "support/CatchQt.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/PlanFixtures.h"
#include "ui/support/WarningRecorder.h"
#include "widgets/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>

namespace {

using Kind = AlignmentTreeModel::NodeKind;

QString title(const QModelIndex &index)
{
    return index.siblingAtColumn(AlignmentTreeModel::TitleColumn).data().toString();
}

QString cell(const AlignmentTreeModel &model, const QModelIndex &index, int column)
{
    return model.index(index.row(), column, index.parent()).data().toString();
}

// Walks the whole tree, checking that every child knows its parent; returns the number of rows seen.
int walk(const AlignmentTreeModel &model, const QModelIndex &parent)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, AlignmentTreeModel::TitleColumn, parent);
        REQUIRE(child.isValid());
        REQUIRE(model.parent(child) == parent);
        rows += 1 + walk(model, child);
    }
    return rows;
}

} // namespace

TEST_CASE("The alignment tree puts aligned objectives under their parent and key results under objectives",
          "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    REQUIRE(model.rowCount() == 3);
    CHECK(title(model.index(0, 0)) == QStringLiteral("Win the mid-market"));
    CHECK(title(model.index(1, 0)) == QStringLiteral("Be loved by our customers"));
    CHECK(title(model.index(2, 0)) == QStringLiteral("Engineering"));

    const QModelIndex midMarket = model.index(0, 0);
    REQUIRE(model.rowCount(midMarket) == 2);
    const QModelIndex deals = model.index(0, 0, midMarket);
    CHECK(title(deals) == QStringLiteral("Close more deals"));
    CHECK(cell(model, deals, AlignmentTreeModel::OwnerColumn) == QStringLiteral("Sales"));
    CHECK(AlignmentTreeModel::nodeKind(deals) == Kind::Objective);
    CHECK(deals.data(ItemRoles::ItemIdRole).value<Id>() == 20);
    CHECK(deals == model.objectiveIndex(20));
    CHECK_FALSE(model.objectiveIndex(999).isValid());

    REQUIRE(model.rowCount(deals) == 2);
    CHECK(title(model.index(0, 0, deals)) == QStringLiteral("Close 10 mid-market deals"));
    CHECK(AlignmentTreeModel::nodeKind(model.index(0, 0, deals)) == Kind::KeyResult);
    CHECK(cell(model, model.index(0, 0, deals), AlignmentTreeModel::OwnerColumn) == QStringLiteral("Dana"));

    const QModelIndex uptime = model.keyResultIndex(300);
    REQUIRE(model.rowCount(uptime) == 2);
    const QModelIndex failover = model.index(0, 0, uptime);
    CHECK(title(failover) == QStringLiteral("Add failover"));
    CHECK(AlignmentTreeModel::nodeKind(failover) == Kind::Initiative);
    CHECK(model.rowCount(failover) == 0);
    CHECK(cell(model, failover, AlignmentTreeModel::ValueColumn) == QStringLiteral("In progress"));
    CHECK(model.parent(failover) == uptime);
    CHECK(model.parent(uptime) == model.objectiveIndex(30));
    CHECK(model.parent(model.objectiveIndex(30)) == midMarket);
}

TEST_CASE("An objective lists its own key results before the objectives aligned to it", "[ui][model]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    KeyResult revenue;
    revenue.id = 100;
    revenue.objectiveId = 10;
    revenue.title = QStringLiteral("Grow mid-market revenue");
    revenue.target = 1;
    plan.keyResults.append(revenue);

    AlignmentTreeModel model;
    model.setPlan(plan);

    const QModelIndex midMarket = model.objectiveIndex(10);
    REQUIRE(model.rowCount(midMarket) == 3);
    CHECK(model.index(0, 0, midMarket) == model.keyResultIndex(100));
    CHECK(model.index(1, 0, midMarket) == model.objectiveIndex(20));
    CHECK(model.index(2, 0, midMarket) == model.objectiveIndex(30));
    CHECK(model.objectiveIndex(30).row() == 2);
}

TEST_CASE("Progress rolls up from key results through aligned objectives", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    const auto progressOf = [](const QModelIndex &index) {
        return index.siblingAtColumn(AlignmentTreeModel::ProgressColumn);
    };
    CHECK(progressOf(model.keyResultIndex(200)).data(ItemRoles::ProgressRole).toDouble() == Approx(0.5));
    CHECK(progressOf(model.keyResultIndex(201)).data(ItemRoles::ProgressRole).toDouble() == Approx(0.5));
    CHECK(progressOf(model.keyResultIndex(300)).data(ItemRoles::ProgressRole).toDouble() == Approx(1.0));
    CHECK(progressOf(model.objectiveIndex(20)).data().toString() == QStringLiteral("50\u00a0%"));
    CHECK(progressOf(model.objectiveIndex(10)).data(ItemRoles::ProgressRole).toDouble() == Approx(0.75));
    CHECK(progressOf(model.objectiveIndex(10)).data().toString() == QStringLiteral("75\u00a0%"));
    CHECK(progressOf(model.keyResultIndex(400)).data().toString() == QStringLiteral("0\u00a0%"));
    CHECK(model.objectiveIndex(20, AlignmentTreeModel::TitleColumn).data(ItemRoles::ProgressRole).toDouble() ==
          Approx(0.5));
    CHECK_FALSE(model.initiativeIndex(3000).data(ItemRoles::ProgressRole).isValid());
    CHECK(model.progress().cycle() == Approx((0.75 + 0.0 + 0.0) / 3));
}

TEST_CASE("An objective nothing measures shows \"no key results\"", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    const QModelIndex lovedProgress = model.objectiveIndex(11, AlignmentTreeModel::ProgressColumn);
    CHECK(lovedProgress.data().toString() == QStringLiteral("no key results"));
    CHECK_FALSE(lovedProgress.data(ItemRoles::HasContributorsRole).toBool());
    CHECK(model.objectiveIndex(10, AlignmentTreeModel::ProgressColumn).data(ItemRoles::HasContributorsRole).toBool());
}

TEST_CASE("Key results show their current value against the target with the unit", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    const auto valueOf = [&model](Id keyResultId) {
        return model.keyResultIndex(keyResultId, AlignmentTreeModel::ValueColumn).data().toString();
    };
    CHECK(valueOf(200) == QStringLiteral("5 / 10\u00a0deals"));
    CHECK(valueOf(201) == QStringLiteral("12 / 10\u00a0%"));
    CHECK(valueOf(300) == QStringLiteral("97 / ≥ 95\u00a0%"));
    CHECK(valueOf(400) == QStringLiteral("— / 10\u00a0min"));
    CHECK(model.keyResultIndex(400, AlignmentTreeModel::ValueColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("20\u00a0min")));
}

TEST_CASE("Pace status compares progress with the share of the cycle elapsed", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());
    model.setReferenceDate(QDate(2026, 8, 15)); // 45 of 91 days: about 49 % expected

    const auto paceOf = [&model](const QModelIndex &index) {
        return Confidence(index.data(ItemRoles::PaceStatusRole).toInt());
    };
    const QModelIndex buildDebt = model.objectiveIndex(40, AlignmentTreeModel::ProgressColumn);
    CHECK(buildDebt.data(ItemRoles::ExpectedProgressRole).toDouble() == Approx(45.0 / 91.0));
    CHECK(paceOf(buildDebt) == Confidence::OffTrack);
    CHECK(paceOf(model.objectiveIndex(10, AlignmentTreeModel::ProgressColumn)) == Confidence::OnTrack);
    CHECK(paceOf(model.keyResultIndex(200, AlignmentTreeModel::ProgressColumn)) == Confidence::OnTrack);

    model.setReferenceDate(QDate(2026, 9, 20)); // about 89 % expected: 50 % is a gap of 0.39
    CHECK(paceOf(model.keyResultIndex(200, AlignmentTreeModel::ProgressColumn)) == Confidence::OffTrack);
    CHECK(paceOf(model.objectiveIndex(10, AlignmentTreeModel::ProgressColumn)) == Confidence::OnTrack);
}

TEST_CASE("A key result's tooltip tells the confidence the team stated beside the pace", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    const QModelIndex uptime = model.keyResultIndex(300, AlignmentTreeModel::ProgressColumn);
    CHECK(Confidence(uptime.data(ItemRoles::StatedConfidenceRole).toInt()) == Confidence::AtRisk);
    CHECK(uptime.data(Qt::ToolTipRole).toString().contains(QStringLiteral("at risk")));
    CHECK_FALSE(
        model.keyResultIndex(200, AlignmentTreeModel::ProgressColumn).data(ItemRoles::StatedConfidenceRole).isValid());
}

TEST_CASE("Objectives aligned to nothing shown are bold, also when aligned to an objective outside the cycle",
          "[ui][model]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    plan.objectives[4].parentId = 9999; // an annual company objective, not part of this quarter's plan
    AlignmentTreeModel model;
    model.setPlan(plan);

    CHECK(model.objectiveIndex(10).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.objectiveIndex(40).parent() == model.teamIndex(3));
    CHECK(model.objectiveIndex(40).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.objectiveIndex(20).data(Qt::FontRole).isValid());
}

TEST_CASE("Without a document the alignment tree is read-only", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());

    for (int column = 0; column < AlignmentTreeModel::ColumnCount; ++column)
        CHECK_FALSE(model.flags(model.keyResultIndex(200, column)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.initiativeIndex(3000)).testFlag(Qt::ItemNeverHasChildren));
}

TEST_CASE("The alignment tree passes QAbstractItemModelTester through resets", "[ui][model]")
{
    const WarningRecorder warnings;
    AlignmentTreeModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setPlan(PlanFixtures::acmeQuarter());
    model.setReferenceDate(QDate(2026, 8, 1));
    model.setPlan(CyclePlan{});
    model.setPlan(PlanFixtures::largeOrganisation(20));

    CHECK(warnings.warnings().isEmpty());
    CAPTURE(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("The alignment tree holds a thousand teams' objectives", "[ui][model]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::largeOrganisation(1000));

    CHECK(model.rowCount() == 5);
    CHECK(model.rowCount(model.index(0, 0)) == 600);
    // 5 company + 3,000 team objectives, 12,000 key results, 24,000 initiatives.
    CHECK(walk(model, {}) == 5 + 3000 + 12000 + 24000);
    const QModelIndex lastInitiative = model.initiativeIndex(model.plan().initiatives.last().id);
    CHECK(lastInitiative.row() == 1);
    CHECK(model.parent(model.parent(lastInitiative)) == model.objectiveIndex(model.plan().objectives.last().id));
}

TEST_CASE("Graded objectives show their grade in the colour of its verdict", "[ui][model]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    plan.cycle.state = CycleState::Closed;
    plan.objectives[0].grade = 0.7;
    plan.objectives[0].commitment = Commitment::Aspirational;
    plan.objectives[1].grade = 0.7; // committed: 0.7 is only yellow
    AlignmentTreeModel model;
    model.setPlan(plan);

    const QModelIndex aspirational = model.objectiveIndex(10, AlignmentTreeModel::GradeColumn);
    const QModelIndex committed = model.objectiveIndex(11, AlignmentTreeModel::GradeColumn);
    CHECK(aspirational.data().toString() == QLocale().toString(0.7, 'f', 1));
    CHECK(aspirational.data(Qt::ForegroundRole).value<QColor>() != committed.data(Qt::ForegroundRole).value<QColor>());
    CHECK(committed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("committed")));
    CHECK(model.objectiveIndex(20, AlignmentTreeModel::GradeColumn).data().isNull());
    CHECK(model.headerData(AlignmentTreeModel::GradeColumn, Qt::Horizontal).toString() == QStringLiteral("Grade"));
}

TEST_CASE("The coach's flags mark key results and objectives with a warning icon and explain them",
          "[ui][model][coach]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    plan.keyResults[0].title = QStringLiteral("Launch the pricing page"); // key result 200: an output
    AlignmentTreeModel model;
    model.setPlan(plan);
    const KeyResultReview review = Coach().reviewKeyResult(u"Launch the pricing page");
    REQUIRE_FALSE(review.flags.isEmpty());

    const QModelIndex launch = model.keyResultIndex(200);
    CHECK_FALSE(launch.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(launch.data(Qt::ToolTipRole).toString().contains(review.flags.first().message));
    CHECK(launch.data(Qt::ToolTipRole).toString().contains(review.flags.first().suggestion));

    // "Ship reliably" has a single key result: the set check is about the objective.
    QStringList shipCodes;
    for (const CoachFlag &flag : model.coachFlags(model.objectiveIndex(30)))
        shipCodes.append(flag.code);
    CHECK(shipCodes.contains(QLatin1String(CoachCode::TooFewKeyResults)));
    CHECK_FALSE(model.objectiveIndex(30).data(Qt::DecorationRole).isNull());
    CHECK(model.initiativeIndex(3000).data(Qt::DecorationRole).isNull());
    CHECK(model.keyResultIndex(200, AlignmentTreeModel::ValueColumn).data(Qt::DecorationRole).isNull());
}

TEST_CASE("A team's objectives aligned to nothing are grouped under a node for the team", "[ui][model][team]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    Objective hiring;
    hiring.id = 41;
    hiring.cycleId = 1;
    hiring.teamId = 3;
    hiring.title = QStringLiteral("Grow the platform team");
    hiring.position = 3;
    plan.objectives.append(hiring);
    plan.rebuildIndex();
    AlignmentTreeModel model;
    model.setPlan(plan);

    // Company objectives first, then a node per team with such objectives; Sales has none.
    REQUIRE(model.rowCount() == 3);
    const QModelIndex engineering = model.index(2, 0);
    CHECK(engineering == model.teamIndex(3));
    CHECK(AlignmentTreeModel::nodeKind(engineering) == Kind::Team);
    CHECK(engineering.data().toString() == QStringLiteral("Engineering"));
    CHECK(engineering.data(ItemRoles::ItemIdRole).value<Id>() == 3);
    CHECK(cell(model, engineering, AlignmentTreeModel::OwnerColumn) == QStringLiteral("Acme"));
    CHECK(engineering.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.teamIndex(2).isValid());
    CHECK(model.teamId(engineering) == 3);
    CHECK(model.teamId(model.initiativeIndex(3000)) == 3);
    CHECK(model.teamId(model.keyResultIndex(200)) == 2);

    REQUIRE(model.rowCount(engineering) == 2);
    CHECK(model.index(0, 0, engineering) == model.objectiveIndex(40));
    CHECK(model.index(1, 0, engineering) == model.objectiveIndex(41));
    CHECK(model.parent(model.objectiveIndex(41)) == engineering);
    // "Ship reliably" of Engineering stays under the company objective it is aligned to.
    CHECK(model.objectiveIndex(30).parent() == model.objectiveIndex(10));
    CHECK(walk(model, {}) == 3 + 4 + 4 + 2); // top rows, objectives below them, key results, initiatives

    // Nothing to edit or drag on a team node, even with a document; read-only here.
    CHECK(model.flags(engineering) == (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    CHECK(model.coachFlags(engineering).isEmpty());
}

TEST_CASE("A team node's progress is the mean of its objectives, with the team's whole progress in its tooltip",
          "[ui][model][team]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    plan.keyResults[3].current = 15; // "Cut build time from 20 to 10 min": half way
    plan.rebuildIndex();
    AlignmentTreeModel model;
    model.setPlan(plan);
    model.setReferenceDate(QDate(2026, 8, 15)); // about 49 % expected

    const QModelIndex engineering = model.teamIndex(3, AlignmentTreeModel::ProgressColumn);
    CHECK(engineering.data(ItemRoles::ProgressRole).toDouble() == Approx(0.5));
    CHECK(engineering.data().toString() == QStringLiteral("50\u00a0%"));
    CHECK(engineering.data(ItemRoles::HasContributorsRole).toBool());
    CHECK(Confidence(engineering.data(ItemRoles::PaceStatusRole).toInt()) == Confidence::OnTrack);
    // With "Ship reliably" (100 %, aligned to the company) the team stands at 75 %.
    CHECK(engineering.data(Qt::ToolTipRole).toString().contains(QStringLiteral("75\u00a0%")));

    SECTION("and nothing measured under it reads \"no key results\"")
    {
        plan.keyResults.removeAt(3);
        plan.rebuildIndex();
        model.updatePlan(plan);
        const QModelIndex unmeasured = model.teamIndex(3, AlignmentTreeModel::ProgressColumn);
        CHECK(unmeasured.data().toString() == QStringLiteral("no key results"));
        CHECK_FALSE(unmeasured.data(ItemRoles::HasContributorsRole).toBool());
        CHECK(model.teamIndex(3, AlignmentTreeModel::StatusColumn).data().isNull());
    }
}

TEST_CASE("The status column shows one status in plain words, a shaped mark and the bar's colour",
          "[ui][model][status]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());
    model.setReferenceDate(QDate(2026, 8, 15)); // about 49 % expected

    const auto status = [&model](const QModelIndex &index) {
        return index.siblingAtColumn(AlignmentTreeModel::StatusColumn);
    };
    CHECK(model.headerData(AlignmentTreeModel::StatusColumn, Qt::Horizontal).toString() == QStringLiteral("Status"));
    CHECK_FALSE(model.headerData(AlignmentTreeModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).isNull());

    // Uptime is at 100 %, but the team said "at risk" in its last check-in: at risk, and the words say why.
    const QModelIndex uptime = status(model.keyResultIndex(300));
    CHECK(uptime.data().toString() == QStringLiteral("at risk (team says so)"));
    CHECK(uptime.data(Qt::ToolTipRole).toString().contains(QStringLiteral("on schedule")));
    CHECK(uptime.data(Qt::ToolTipRole).toString().contains(QStringLiteral("The team said at risk")));
    // The bar beside it takes the same colour as the mark: at risk, not the pace's on track.
    const QModelIndex uptimeBar = model.keyResultIndex(300, AlignmentTreeModel::ProgressColumn);
    CHECK(Confidence(uptimeBar.data(ItemRoles::PaceStatusRole).toInt()) == Confidence::AtRisk);
    // No check-in yet: the pace alone.
    const QModelIndex deals = status(model.keyResultIndex(200));
    CHECK(deals.data().toString() == QStringLiteral("on track"));
    CHECK(deals.data(Qt::ToolTipRole).toString().contains(QStringLiteral("has not checked in")));
    // The mark shows the more worried of the two: a different one for uptime than for deals.
    const QIcon uptimeMark = uptime.data(Qt::DecorationRole).value<QIcon>();
    const QIcon dealsMark = deals.data(Qt::DecorationRole).value<QIcon>();
    REQUIRE_FALSE(uptimeMark.isNull());
    REQUIRE_FALSE(dealsMark.isNull());
    CHECK(uptimeMark.pixmap(16).toImage() != dealsMark.pixmap(16).toImage());
    const QIcon offTrackMark = status(model.objectiveIndex(40)).data(Qt::DecorationRole).value<QIcon>();
    CHECK(offTrackMark.pixmap(16).toImage() != uptimeMark.pixmap(16).toImage());
    CHECK(offTrackMark.pixmap(16).toImage() != dealsMark.pixmap(16).toImage());

    // An objective states the most worried confidence of its own key results.
    const QModelIndex ship = status(model.objectiveIndex(30));
    CHECK(Confidence(ship.data(ItemRoles::StatedConfidenceRole).toInt()) == Confidence::AtRisk);
    CHECK(ship.data().toString() == QStringLiteral("at risk (team says so)"));
    CHECK(status(model.objectiveIndex(40)).data().toString() == QStringLiteral("off track"));
    CHECK(status(model.teamIndex(3)).data().toString() == QStringLiteral("off track"));
    // Nothing to pace: an objective without key results, an initiative.
    CHECK(status(model.objectiveIndex(11)).data().isNull());
    CHECK(status(model.initiativeIndex(3000)).data().isNull());
}

TEST_CASE("Team nodes come and go cleanly as objectives are aligned, un-aligned and change team", "[ui][model][team]")
{
    const WarningRecorder warnings;
    AlignmentTreeModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CyclePlan plan = PlanFixtures::acmeQuarter();
    model.setPlan(plan);
    const QPersistentModelIndex buildDebt = model.objectiveIndex(40);
    const QPersistentModelIndex engineering = model.teamIndex(3);

    plan.objectives[4].parentId = 10; // "Pay down build debt" aligned: the Engineering node goes
    plan.rebuildIndex();
    model.updatePlan(plan);
    CHECK_FALSE(engineering.isValid());
    CHECK(buildDebt.parent() == model.objectiveIndex(10));
    CHECK(model.rowCount() == 2);

    plan.objectives[4].parentId = NoId;
    plan.objectives[2].parentId = NoId; // "Close more deals" un-aligned: a Sales node
    plan.rebuildIndex();
    model.updatePlan(plan);
    CHECK(model.rowCount() == 4);
    CHECK(model.objectiveIndex(20).parent() == model.teamIndex(2));
    CHECK(buildDebt.parent() == model.teamIndex(3));

    plan.objectives[4].teamId = 2; // "Pay down build debt" moves to Sales
    plan.rebuildIndex();
    model.updatePlan(plan);
    CHECK(buildDebt.parent() == model.teamIndex(2));
    CHECK(model.rowCount(model.teamIndex(2)) == 2);
    CHECK_FALSE(model.teamIndex(3).isValid());
    CHECK(walk(model, {}) == model.rowCount() + 3 + 4 + 2);

    CHECK(warnings.warnings().isEmpty());
    CAPTURE(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("An objective may change to the teams its alignment allows", "[ui][model][team]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    AlignmentTreeModel model;
    model.setPlan(plan);
    using Teams = QList<Id>;

    // "Close more deals" (Sales) stays aligned to the company's "Win the mid-market": any team below the company.
    CHECK(AlignmentRules(model.plan()).teamsFor(20) == Teams{2, 3});
    // "Win the mid-market" has Sales and Engineering objectives aligned to it: it must stay above both.
    CHECK(AlignmentRules(model.plan()).teamsFor(10) == Teams{1});
    // "Pay down build debt" is aligned to nothing: any team, the company's included (it becomes a company objective).
    CHECK(AlignmentRules(model.plan()).teamsFor(40) == Teams{1, 2, 3});
    CHECK(AlignmentRules(model.plan()).teamsFor(999).isEmpty());

    SECTION("below a department, only its teams stay above a team's aligned objective")
    {
        plan.teams.append({4, 3, QStringLiteral("Platform")});
        plan.teams.append({5, 3, QStringLiteral("Mobile")});
        plan.objectives[4].teamId = 4;    // "Pay down build debt", now Platform's
        plan.objectives[4].parentId = 30; // aligned to Engineering's "Ship reliably"
        plan.rebuildIndex();
        model.setPlan(plan);
        CHECK(AlignmentRules(model.plan()).teamsFor(40) == Teams{4, 5});
        // "Ship reliably" stays above Platform and below the company.
        CHECK(AlignmentRules(model.plan()).teamsFor(30) == Teams{3});
    }
    SECTION("an annual cycle holds company objectives only")
    {
        plan.cycle.annual = true;
        model.setPlan(plan);
        CHECK(AlignmentRules(model.plan()).teamsFor(40) == Teams{1, 3}); // the company, or where it is
    }
}

TEST_CASE("A key result added late reads \"no check-in yet\" and does not pull its objective down",
          "[ui][model][status]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    KeyResult late;
    late.id = 301;
    late.objectiveId = 30; // beside uptime, which is met
    late.title = QStringLiteral("Answer 90 % of incidents within an hour");
    late.target = 90;
    late.addedOn = QDate(2026, 9, 10);
    late.position = 1;
    plan.keyResults.append(late);
    AlignmentTreeModel model;
    model.setPlan(plan);
    model.setReferenceDate(QDate(2026, 9, 20)); // about 89 % of the quarter gone by

    const QModelIndex lateStatus = model.keyResultIndex(301, AlignmentTreeModel::StatusColumn);
    CHECK(lateStatus.data().toString() == QStringLiteral("no check-in yet"));
    CHECK(lateStatus.data(Qt::DecorationRole).isNull());
    const QModelIndex lateBar = model.keyResultIndex(301, AlignmentTreeModel::ProgressColumn);
    CHECK_FALSE(lateBar.data(ItemRoles::PaceStatusRole).isValid()); // a neutral bar
    CHECK(lateBar.data(ItemRoles::ProgressRole).toDouble() == 0.0);

    // Its 0 % halves the objective's progress, but the objective is only as worried as its team said.
    const QModelIndex ship = model.objectiveIndex(30, AlignmentTreeModel::ProgressColumn);
    CHECK(ship.data(ItemRoles::ProgressRole).toDouble() == Approx(0.5));
    CHECK(Confidence(ship.data(ItemRoles::PaceStatusRole).toInt()) == Confidence::AtRisk);
    CHECK(model.objectiveIndex(30, AlignmentTreeModel::StatusColumn).data().toString() ==
          QStringLiteral("at risk (team says so)"));
}
