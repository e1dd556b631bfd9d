#include "support/catch.h"

#include "ui/board/TestedBoardModels.h"

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "board/WeekChangesView.h"
#include "document/ShownPlan.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "ui/support/PlanFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "ui/support/WarningRecorder.h"
#include "widgets/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// Wednesday of W33 in 2026 Q3: last week (W32) is due; the expected pace is 42 / 91.
const QDate referenceDate(2026, 8, 12);

// acmeQuarter's objectives with the stated confidence of Engineering's uptime check-in (Aug 10, at risk).
ProgressBoardView *acmeBoard(QWidget *parent)
{
    auto *board = new ProgressBoardView(parent);
    board->setReferenceDate(referenceDate);
    board->showPlan(PlanFixtures::acmeQuarter(), {});
    return board;
}

// The demo company in a document of its own, its active quarter on a board that follows a ShownPlan, shown.
struct DemoBoard {
    DemoBoard()
        : document(Document::create(folder.filePath(QStringLiteral("demo.okr"))))
        , repository(*document)
    {
        DemoCompany::write(repository, referenceDate);
        quarter = *repository.cycles().active();
        shownPlan.setRepository(&repository);
        board = new ProgressBoardView(&window);
        board->setReferenceDate(referenceDate);
        board->setShownPlan(&shownPlan);
        show(quarter.id);
    }

    void show(Id cycleId)
    {
        shownPlan.showCycle(cycleId);
        board->refresh();
    }

    QTemporaryDir folder;
    std::unique_ptr<Document> document;
    Repository repository;
    Cycle quarter;
    ShownPlan shownPlan;
    QWidget window;
    ProgressBoardView *board = nullptr;
};

// "Team" for a card, "Team: objective" for an objective, in the order the board shows them: a team's objectives,
// then the teams below it. Key results left out.
QStringList shownRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int teamRow = 0; teamRow < model.rowCount(parent); ++teamRow) {
        const QModelIndex team = model.index(teamRow, ProgressBoardModel::TitleColumn, parent);
        if (!team.data(ItemRoles::IsTeamRole).toBool())
            continue; // an objective of the team above, listed with it
        rows.append(team.data().toString());
        for (int row = 0; row < model.rowCount(team); ++row) {
            const QModelIndex objective = model.index(row, ProgressBoardModel::TitleColumn, team);
            if (!objective.data(ItemRoles::IsTeamRole).toBool())
                rows.append(team.data().toString() + QStringLiteral(": ") + objective.data().toString());
        }
        rows.append(shownRows(model, team));
    }
    return rows;
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The board should name a check-in's week by its Monday, never a Friday still ahead", "[ui][board]")
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    // As stored: the check-in of ISO week 33 is dated its Friday, 14 August; on Monday the 10th that is ahead.
    plan.latestCheckIns[300].date = QDate(2026, 8, 14);
    ProgressBoardModel model;
    model.setPlan(plan, {}, QDate(2026, 8, 10));

    const QModelIndex engineering = model.teamIndex(3);
    CHECK(cell(engineering, ProgressBoardModel::CheckInColumn) == QStringLiteral("10 Aug"));
    CHECK(cell(model.objectiveIndex(30), ProgressBoardModel::CheckInColumn) == QStringLiteral("10 Aug"));
}

TEST_CASE("The board model should pass the model tester with a card per team and its objectives", "[ui][board]")
{
    WarningRecorder warnings;
    ProgressBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setPlan(PlanFixtures::acmeQuarter(), {}, referenceDate);
    model.setPlan(PlanFixtures::largeOrganisation(20), {}, referenceDate);
    model.setPlan(PlanFixtures::acmeQuarter(), {}, referenceDate);
    CHECK(warnings.warnings().isEmpty());

    // The organisation's order nests Sales and Engineering under Acme, after its own objectives.
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowCount(model.teamIndex(1)) == 4);
    CHECK(model.parent(model.teamIndex(3)) == model.teamIndex(1));
    CHECK(shownRows(model) == QStringList{QStringLiteral("Acme"), QStringLiteral("Acme: Win the mid-market"),
                                          QStringLiteral("Acme: Be loved by our customers"), QStringLiteral("Sales"),
                                          QStringLiteral("Sales: Close more deals"), QStringLiteral("Engineering"),
                                          QStringLiteral("Engineering: Ship reliably"),
                                          QStringLiteral("Engineering: Pay down build debt")});
    CHECK(model.objectiveCount() == 5);

    const QModelIndex engineering = model.teamIndex(3);
    CHECK(engineering.data(ItemRoles::IsTeamRole).toBool());
    CHECK(cell(engineering, ProgressBoardModel::ProgressColumn) == QStringLiteral("50\u00a0%"));
    CHECK(cell(engineering, ProgressBoardModel::CheckInColumn) == QStringLiteral("10 Aug"));

    const QModelIndex shipReliably = model.objectiveIndex(30);
    CHECK(model.parent(shipReliably) == engineering);
    CHECK_FALSE(shipReliably.data(ItemRoles::IsTeamRole).toBool());
    CHECK(shipReliably.data(ItemRoles::ItemIdRole).value<Id>() == 30);
    CHECK(cell(shipReliably, ProgressBoardModel::ProgressColumn) == QStringLiteral("100\u00a0%"));
    // On schedule, but the team said at risk: one status, with the reason, and the bar in its colour.
    CHECK(cell(shipReliably, ProgressBoardModel::ConfidenceColumn) == QStringLiteral("at risk (team says so)"));
    CHECK(shipReliably.siblingAtColumn(ProgressBoardModel::ConfidenceColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("on schedule")));
    CHECK(cell(shipReliably, ProgressBoardModel::NotesColumn) ==
          QStringLiteral("committed, owned by Ines")); // its key result's owner

    CHECK(shipReliably.siblingAtColumn(ProgressBoardModel::ProgressColumn).data(ItemRoles::PaceStatusRole).toInt() ==
          int(Confidence::AtRisk));

    const QModelIndex buildDebt = model.objectiveIndex(40);
    CHECK(buildDebt.siblingAtColumn(ProgressBoardModel::ProgressColumn).data(ItemRoles::PaceStatusRole).toInt() ==
          int(Confidence::OffTrack));
    CHECK(cell(model.objectiveIndex(11), ProgressBoardModel::ProgressColumn) == QStringLiteral("no key results"));
    // Sales' deals and churn were never checked in: W32 is missing.
    CHECK(cell(model.teamIndex(2), ProgressBoardModel::NotesColumn) == QStringLiteral("missing check-in"));
}

TEST_CASE("The board's filter boxes should show only the objectives with the chosen problems", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = acmeBoard(&window);
    const QAbstractItemModel &shown = *board->treeView()->model();
    REQUIRE(shownRows(shown).size() == 8);

    child<QCheckBox>(*board, "filterOffTrack")->click();
    // Pace on Aug 12 is 0.46: build debt (0) is off track; the company objective (0.5 of its aligned ones)
    // and deals (0.5) are on track.
    // Acme stays as the path to Engineering.
    CHECK(shownRows(shown) == QStringList{QStringLiteral("Acme"), QStringLiteral("Engineering"),
                                          QStringLiteral("Engineering: Pay down build debt")});

    child<QCheckBox>(*board, "filterAtRisk")->click(); // uptime was stated at risk
    CHECK(shownRows(shown) == QStringList{QStringLiteral("Acme"), QStringLiteral("Engineering"),
                                          QStringLiteral("Engineering: Ship reliably"),
                                          QStringLiteral("Engineering: Pay down build debt")});

    child<QCheckBox>(*board, "filterMissingCheckIn")->click();
    CHECK(shownRows(shown).contains(QStringLiteral("Sales: Close more deals")));

    auto *commitment = child<QComboBox>(*board, "filterCommitment");
    commitment->setCurrentIndex(commitment->findText(QStringLiteral("Aspirational")));
    CHECK(shownRows(shown).isEmpty());
    CHECK(child<QLabel>(*board, "boardSummary")->text().contains(QStringLiteral("0 of 5 objectives")));

    board->setFilter({});
    CHECK(shownRows(shown).size() == 8);
    CHECK_FALSE(child<QCheckBox>(*board, "filterAtRisk")->isChecked());
}

TEST_CASE("The board should sort team cards by the chosen order", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = acmeBoard(&window);
    const QAbstractItemModel &shown = *board->treeView()->model();
    const auto teamNames = [&shown] {
        QStringList names;
        for (int row = 0; row < shown.rowCount(); ++row)
            names.append(shown.index(row, 0).data().toString());
        return names;
    };
    auto *order = child<QComboBox>(*board, "teamOrder");

    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::Name)));
    CHECK(teamNames() == QStringList{QStringLiteral("Acme"), QStringLiteral("Engineering"), QStringLiteral("Sales")});
    // Each team's own top level: Acme (0.75 + 0) / 2, Sales 0.5, Engineering (1 + 0) / 2.
    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::LeastProgress)));
    CHECK(teamNames().first() == QStringLiteral("Acme"));
    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::MostWorried)));
    CHECK(teamNames().first() == QStringLiteral("Engineering"));
    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::Organisation)));
    // Nested: Acme holds its objectives, then Sales and Engineering.
    REQUIRE(teamNames() == QStringList{QStringLiteral("Acme")});
    const QModelIndex acme = shown.index(0, 0);
    REQUIRE(shown.rowCount(acme) == 4);
    CHECK(QStringList{shown.index(2, 0, acme).data().toString(), shown.index(3, 0, acme).data().toString()} ==
          QStringList{QStringLiteral("Sales"), QStringLiteral("Engineering")});
}

TEST_CASE("Activating an objective on the board should say which one, from the keyboard too", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = acmeBoard(&window);
    QSignalSpy activated(board, &ProgressBoardView::objectiveActivated);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    board->selectObjective(40);
    board->treeView()->setFocus();
    QTest::keyClick(board->treeView(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().value<Id>() == 40);

    // A team's header row is not an objective.
    board->treeView()->setCurrentIndex(board->treeView()->model()->index(0, 0));
    QTest::keyClick(board->treeView(), Qt::Key_Return);
    CHECK(activated.size() == 1);
}

TEST_CASE("The board should follow a check-in on refresh, keeping the filter, the current objective and folds",
          "[ui][board]")
{
    const RecordedMessages messages;
    DemoBoard demo;
    ProgressBoardView *board = demo.board;
    Repository &repository = demo.repository;
    const Cycle &quarter = demo.quarter;
    const QDate today = referenceDate;
    ProgressBoardModel &model = *board->boardModel();
    REQUIRE(messages.messages().isEmpty());
    REQUIRE(model.teams().size() >= 4);
    REQUIRE(model.teams()[1].id != model.teams().last().id);

    demo.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&demo.window));
    // A team beside the last one, not above it: selecting the last team's objective opens the rows above it.
    const Id firstTeamId = model.teams()[1].id;
    const Id objectiveId = model.teams().last().objectives.first().id;
    board->treeView()->collapse(board->filterModel()->mapFromSource(model.teamIndex(firstTeamId)));
    board->selectObjective(objectiveId);
    CHECK_FALSE(board->treeView()->isExpanded(board->filterModel()->mapFromSource(model.teamIndex(firstTeamId))));

    // Every key result of the last team reaches its target this week.
    const ProgressBoard::TeamCard lastTeam = model.teams().last();
    const CyclePlan plan = repository.queries().loadCyclePlan(quarter.id);
    CheckIn checkIn;
    checkIn.teamId = lastTeam.id;
    checkIn.week = IsoWeek::containing(today);
    for (const ProgressBoard::ObjectiveCard &objective : lastTeam.objectives) {
        for (const qsizetype row : plan.keyResultsOf(objective.id))
            checkIn.updates.append({plan.keyResults[row].id, plan.keyResults[row].target, Confidence::OnTrack, {}});
    }
    repository.checkIns().save(checkIn);
    demo.shownPlan.followChange({DocumentChange::Kind::CheckInsSaved, quarter.id, {}, {}, {}});
    board->refresh();

    const QModelIndex updated = model.objectiveIndex(objectiveId, ProgressBoardModel::ProgressColumn);
    CHECK(updated.data(ItemRoles::ProgressRole).toDouble() == Approx(1.0));
    CHECK(model.teams().last().lastCheckIn == checkIn.week.friday());
    CHECK(board->filterModel()->mapToSource(board->treeView()->currentIndex()).siblingAtColumn(0) ==
          model.objectiveIndex(objectiveId));
    CHECK_FALSE(board->treeView()->isExpanded(board->filterModel()->mapFromSource(model.teamIndex(firstTeamId))));
    CHECK(board->treeView()->isExpanded(board->filterModel()->mapFromSource(model.teamIndex(lastTeam.id))));
}

TEST_CASE("Another cycle opens on a fresh board: the folds of the last one stay behind", "[ui][board]")
{
    const RecordedMessages messages;
    DemoBoard demo;
    const QList<Cycle> cycles = demo.repository.cycles().all();
    const auto other =
        std::find_if(cycles.cbegin(), cycles.cend(), [&](const Cycle &cycle) { return cycle.id != demo.quarter.id; });
    REQUIRE(other != cycles.cend());
    demo.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&demo.window));
    const ProgressBoardModel &model = *demo.board->boardModel();
    REQUIRE(model.teams().size() >= 2);
    const Id teamId = model.teams()[1].id;
    const auto teamRow = [&] { return demo.board->filterModel()->mapFromSource(model.teamIndex(teamId)); };
    demo.board->treeView()->collapse(teamRow());

    demo.show(other->id);
    REQUIRE(demo.board->cycleId() == other->id);
    REQUIRE(teamRow().isValid());
    CHECK(demo.board->treeView()->isExpanded(teamRow()));

    // Back again: that cycle, too, opens fresh.
    demo.show(demo.quarter.id);
    CHECK(demo.board->treeView()->isExpanded(teamRow()));
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The board should show a thousand teams as rows of one view", "[ui][board]")
{
    QWidget window;
    auto *board = new ProgressBoardView(&window);
    board->setReferenceDate(referenceDate);
    board->showPlan(PlanFixtures::largeOrganisation(1000), {});
    // The company's row holds its 5 objectives, then the teams below it.
    const QAbstractItemModel &shown = *board->treeView()->model();
    REQUIRE(shown.rowCount() == 1);
    CHECK(shown.rowCount(shown.index(0, 0)) == 1005);
    CHECK(board->boardModel()->objectiveCount() == 3005);
    // The cards are rows, not widgets (nor are the week changes below them: WeekChangesTest).
    CHECK(board->findChildren<QWidget *>().size() - board->weekChangesView()->findChildren<QWidget *>().size() < 40);
}

TEST_CASE("The board's title column should take the room left, and scroll sideways before it turns unreadable",
          "[ui][board]")
{
    QWidget window;
    auto *board = new ProgressBoardView(&window);
    board->setReferenceDate(referenceDate);
    board->showPlan(PlanFixtures::largeOrganisation(3), {});
    const QHeaderView *header = board->treeView()->header();
    const auto others = [header] {
        int width = 0;
        for (int column = 1; column < header->count(); ++column)
            width += header->sectionSize(column);
        return width;
    };

    window.resize(2000, 600);
    board->resize(2000, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Wide: the title fills what the others leave, with no sideways scrolling.
    CHECK(header->sectionSize(ProgressBoardModel::TitleColumn) == board->treeView()->viewport()->width() - others());

    // Narrow, as beside the details panel in German: the title keeps its minimum and the rest scrolls.
    board->resize(600, 600);
    QCoreApplication::processEvents();
    const int minimum = 30 * board->fontMetrics().averageCharWidth();
    CHECK(header->sectionSize(ProgressBoardModel::TitleColumn) >= minimum);
    CHECK(header->length() > board->treeView()->viewport()->width());
}

TEST_CASE("A team's row should say at a glance its key results by status, stated confidence and check-in",
          "[ui][board]")
{
    TestedBoardModels tested;
    ProgressBoardModel &model = tested.model;
    ProgressBoardFilterModel &filterModel = tested.filterModel;
    model.setPlan(PlanFixtures::acmeQuarter(), {}, referenceDate);
    ProgressBoard::Filter problems;
    problems.atRisk = true;
    problems.offTrack = true;
    filterModel.setFilter(problems);
    filterModel.setTeamOrder(ProgressBoardFilterModel::TeamOrder::LeastProgress);
    filterModel.setFilter({});
    CHECK(tested.warnings.warnings().isEmpty());
    REQUIRE(model.columnCount() == ProgressBoardModel::ColumnCount);
    CHECK(model.headerData(ProgressBoardModel::KeyResultsColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Key results"));

    const QModelIndex engineering = model.teamIndex(3);
    CHECK(cell(engineering, ProgressBoardModel::ConfidenceColumn) == QStringLiteral("team says at risk"));
    CHECK(engineering.siblingAtColumn(ProgressBoardModel::ConfidenceColumn).data(Qt::ForegroundRole).isValid());
    CHECK(cell(engineering, ProgressBoardModel::KeyResultsColumn) == QStringLiteral("1 at risk, 1 off track"));
    CHECK(cell(engineering, ProgressBoardModel::CheckInColumn) == QStringLiteral("10 Aug"));

    const QModelIndex sales = model.teamIndex(2);
    CHECK(cell(sales, ProgressBoardModel::ConfidenceColumn) == QStringLiteral("—")); // never checked in
    CHECK(cell(sales, ProgressBoardModel::KeyResultsColumn) == QStringLiteral("2 on track"));
    CHECK(cell(sales, ProgressBoardModel::CheckInColumn) == QStringLiteral("never"));
    CHECK(cell(sales, ProgressBoardModel::NotesColumn) == QStringLiteral("missing check-in"));

    CHECK(cell(model.teamIndex(1), ProgressBoardModel::KeyResultsColumn) == QStringLiteral("—")); // none of its own
    CHECK(cell(model.objectiveIndex(30), ProgressBoardModel::KeyResultsColumn) == QStringLiteral("1 at risk"));
}

TEST_CASE("The board should open on a line about the whole organisation", "[ui][board]")
{
    QWidget window;
    ProgressBoardView *board = acmeBoard(&window);
    const auto *line = child<QLabel>(*board, "organisationLine");
    const QStringList parts = board->organisationLine().split(QStringLiteral("  ·  "));
    REQUIRE(parts.size() >= 5);
    CHECK(line->text() == parts.join(QStringLiteral("  ·  ")));
    CHECK(parts[0].startsWith(QStringLiteral("Overall progress ")));
    // Engineering's check-in of 10 Aug moved the organisation since a week before.
    CHECK(parts[0].endsWith(QStringLiteral("(expected 46\u00a0%, +8\u00a0% since last week)")));
    // A week before, without histories, every key result was at its start value: 1 on track and 3 off track.
    CHECK(parts[1] == QStringLiteral("Key results: 2 on track (+1), 1 at risk (+1), 1 off track (-2)"));
    // Sales never checked in; Engineering did on 10 Aug; Acme has no key results of its own to check in.
    CHECK(parts[2].startsWith(QStringLiteral("Teams without a check-in for week ")));
    CHECK(parts[2].endsWith(QStringLiteral(": 1 of 3")));
    CHECK(parts[3] == QStringLiteral("Stalled key results: 0"));
    CHECK(
        parts[4] ==
        QStringLiteral("Coach: %1 of 4 key results flagged").arg(board->boardModel()->coachTally().flaggedKeyResults));

    board->showPlan({}, {});
    CHECK(line->text().isEmpty());
}

namespace {

// acmeQuarter with both of Sales' key results naming a deliverable, which the coach flags.
CyclePlan acmeQuarterWithOutputs()
{
    CyclePlan plan = PlanFixtures::acmeQuarter();
    for (KeyResult &keyResult : plan.keyResults) {
        if (keyResult.id == 200)
            keyResult.title = QStringLiteral("Launch the pricing page");
        if (keyResult.id == 201)
            keyResult.title = QStringLiteral("Launch the partner portal");
    }
    return plan;
}

} // namespace

TEST_CASE("A team's row should say how many of its own key results the coach flagged, and by which flags",
          "[ui][board][coach]")
{
    TestedBoardModels tested;
    ProgressBoardModel &model = tested.model;
    model.setPlan(acmeQuarterWithOutputs(), {}, referenceDate);
    CHECK(model.teamIndex(2, ProgressBoardModel::CoachColumn).data().toString() == QStringLiteral("…"));
    QSignalSpy reviewed(&model, &ProgressBoardModel::coachReviewed);
    REQUIRE(reviewed.wait(10000)); // on a thread of its own
    CHECK(model.isCoachReviewed());
    CHECK(model.headerData(ProgressBoardModel::CoachColumn, Qt::Horizontal).toString() == QStringLiteral("Coach"));

    const QModelIndex sales = model.teamIndex(2, ProgressBoardModel::CoachColumn);
    CHECK(sales.data().toString() == QStringLiteral("2 of 2 flagged"));
    CHECK(ProgressBoardModel::coachStatus(model.coachTally(2)) == Confidence::OffTrack);
    CHECK(sales.data(Qt::DecorationRole).value<QIcon>().cacheKey() !=
          model.teamIndex(3, ProgressBoardModel::CoachColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey());
    const QString salesDetails = sales.data(Qt::ToolTipRole).toString();
    CHECK(salesDetails.contains(QStringLiteral("The coach flagged 2 of 2 key results (100\u00a0%).")));
    CHECK(salesDetails.contains(QStringLiteral("activity instead of outcome (2)")));
    CHECK(sales.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("The coach flagged 2 of 2")));

    // Acme: two objectives of its own, no key results; "Be loved by our customers" has no team's objective aligned.
    const CycleReview::Tally acme = model.coachTally(1);
    CHECK(acme.objectives == 2);
    CHECK(acme.keyResults == 0);
    CHECK(acme.unmeasuredObjectives == 1);
    CHECK(ProgressBoardModel::coachStatus(acme) == Confidence::OffTrack);
    CHECK(model.teamIndex(1, ProgressBoardModel::CoachColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("No key results measure 1 objective.")));

    // The organisation's tally adds up its teams'.
    CHECK(model.coachTally().keyResults == 4);
    CHECK(model.coachTally().flaggedKeyResults == 2 + model.coachTally(3).flaggedKeyResults);
    CHECK(model.coachTally().objectives == 5);

    // Objectives and key results leave the column empty: the team's row sums them up.
    CHECK(model.objectiveIndex(20, ProgressBoardModel::CoachColumn).data().isNull());
    CHECK(model.keyResultIndex(200, ProgressBoardModel::CoachColumn).data().isNull());

    // Fixed, Sales needs no help: the board follows the next plan.
    model.setPlan(PlanFixtures::acmeQuarter(), {}, referenceDate);
    model.waitForCoachReview();
    CHECK(model.coachTally(2).flagCounts.value(QString::fromLatin1(CoachCode::OutputVerb)) == 0);
    CHECK(model.teamIndex(2, ProgressBoardModel::CoachColumn).data().toString() != QStringLiteral("2 of 2 flagged"));
    CHECK(tested.warnings.warnings().isEmpty());
}

TEST_CASE("The board should put the teams that most need help writing OKRs first when asked", "[ui][board][coach]")
{
    QWidget window;
    auto *board = new ProgressBoardView(&window);
    board->setReferenceDate(referenceDate);
    board->showPlan(acmeQuarterWithOutputs(), {});
    const QAbstractItemModel &shown = *board->treeView()->model();
    auto *order = child<QComboBox>(*board, "teamOrder");
    // Chosen before the review arrives: the teams take their places when it does.
    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::MostCoachFlags)));
    board->boardModel()->waitForCoachReview();
    REQUIRE(shown.rowCount() == 3);
    // Sales needs the most help: every key result flagged. Then the Coach column's shapes from the worst.
    CHECK(shown.index(0, 0).data().toString() == QStringLiteral("Sales"));
    CHECK(shown.index(0, ProgressBoardModel::CoachColumn).data().toString() == QStringLiteral("2 of 2 flagged"));
    const auto status = [&](int row) {
        const Id teamId = shown.index(row, 0).data(ItemRoles::ItemIdRole).value<Id>();
        return ProgressBoardModel::coachStatus(board->boardModel()->coachTally(teamId));
    };
    CHECK(status(0) >= status(1));
    CHECK(status(1) >= status(2));
    order->setCurrentIndex(order->findData(int(ProgressBoardFilterModel::TeamOrder::Name)));
    CHECK(shown.index(0, 0).data().toString() == QStringLiteral("Acme"));
}
