#include "support/catch.h"

#include "board/BoardSummary.h"
#include "board/ProgressBoard.h"

namespace {

const Cycle quarter{1, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false};

// Wednesday of week W32 (Aug 3 - 9): last ISO week, W31, is the one due.
const QDate wednesdayOfW32(2026, 8, 5);
const QDate fridayOfW31(2026, 7, 31);

QDate friday(int weekOfCycle)
{
    return QDate(2026, 7, 3).addDays(7 * weekOfCycle);
}

Objective objective(Id id, Id teamId, const QString &title, Commitment commitment = Commitment::Committed)
{
    Objective result;
    result.id = id;
    result.cycleId = quarter.id;
    result.teamId = teamId;
    result.title = title;
    result.commitment = commitment;
    return result;
}

KeyResult keyResult(Id id, Id objectiveId, std::optional<double> current)
{
    KeyResult result;
    result.id = id;
    result.objectiveId = objectiveId;
    result.start = 0;
    result.target = 100;
    result.current = current;
    return result;
}

// On Aug 5 the expected pace is 35 / 91 = 0.38.
//   Sales (2):   20 "Close deals" 200 at 40 (on track), checked in W31, stated at risk
//                21 "Open a market" aspirational, 210 at 10 (at risk), checked in W31
//   Support (3): 30 "Answer faster" 300 at 0 (off track), last check-in W29, the same value three times
//   Legal (4):   40 "Read contracts" with no key results
//   Finance (5): nothing this cycle
struct Board {
    CyclePlan plan;
    KeyResultHistories histories;
    QList<ProgressBoard::TeamCard> teams;

    Board()
    {
        plan.cycle = quarter;
        plan.teams = {{1, NoId, QStringLiteral("Acme")},
                      {2, 1, QStringLiteral("Sales")},
                      {3, 1, QStringLiteral("Support")},
                      {4, 1, QStringLiteral("Legal")},
                      {5, 1, QStringLiteral("Finance")}};
        plan.objectives = {objective(20, 2, QStringLiteral("Close deals")),
                           objective(21, 2, QStringLiteral("Open a market"), Commitment::Aspirational),
                           objective(30, 3, QStringLiteral("Answer faster")),
                           objective(40, 4, QStringLiteral("Read contracts"))};
        plan.keyResults = {keyResult(200, 20, 40), keyResult(210, 21, 10), keyResult(300, 30, 0)};
        plan.latestCheckIns.insert(200, {fridayOfW31, Confidence::AtRisk, {}});
        plan.latestCheckIns.insert(210, {fridayOfW31, Confidence::OnTrack, {}});
        plan.latestCheckIns.insert(300, {friday(2), Confidence::OnTrack, {}});
        plan.rebuildIndex();
        histories.insert(200, {{friday(3), 30}, {friday(4), 40}});
        histories.insert(210, {{friday(2), 10}, {friday(3), 5}, {friday(4), 10}});
        histories.insert(300, {{friday(0), 0}, {friday(1), 0}, {friday(2), 0}});
        teams = ProgressBoard::build(plan, ProgressRollUp(plan, wednesdayOfW32), histories, wednesdayOfW32);
    }

    // "Team: objective" for every objective the filter shows.
    QStringList shown(const ProgressBoard::Filter &filter) const
    {
        QStringList result;
        for (const ProgressBoard::TeamCard &team : teams) {
            for (const ProgressBoard::ObjectiveCard &card : team.objectives) {
                if (filter.matches(team, card))
                    result.append(team.name + QStringLiteral(": ") + card.title);
            }
        }
        return result;
    }
};

} // namespace

TEST_CASE("The due check-in week should be last ISO week while the cycle runs and its final week once over",
          "[core][board]")
{
    CHECK(ProgressBoard::dueCheckInWeek(quarter, wednesdayOfW32) == IsoWeek{2026, 31});
    // On the Sunday that ends a week, that week is not over yet.
    CHECK(ProgressBoard::dueCheckInWeek(quarter, QDate(2026, 8, 9)) == IsoWeek{2026, 31});
    CHECK(ProgressBoard::dueCheckInWeek(quarter, QDate(2026, 8, 10)) == IsoWeek{2026, 32});
    CHECK(ProgressBoard::dueCheckInWeek(quarter, QDate(2027, 2, 1)) == quarter.checkInWeeks().last());
    CHECK_FALSE(ProgressBoard::dueCheckInWeek(quarter, QDate(2026, 7, 2)).has_value());
    CHECK_FALSE(ProgressBoard::dueCheckInWeek(quarter, QDate(2026, 5, 1)).has_value());
    CHECK_FALSE(ProgressBoard::dueCheckInWeek(Cycle{}, QDate(2026, 5, 1)).has_value());
}

TEST_CASE("The board should have a card per team with objectives, with progress, status and check-ins", "[core][board]")
{
    const Board board;

    REQUIRE(board.teams.size() == 3);
    const ProgressBoard::TeamCard &sales = board.teams[0];
    CHECK(sales.name == QStringLiteral("Sales"));
    CHECK(sales.progress == Approx(0.25));
    CHECK(sales.lastCheckIn == fridayOfW31);
    CHECK_FALSE(sales.missingCheckIn);
    REQUIRE(sales.objectives.size() == 2);
    const ProgressBoard::ObjectiveCard &deals = sales.objectives[0];
    CHECK(deals.title == QStringLiteral("Close deals"));
    CHECK(deals.progress == Approx(0.4));
    CHECK(deals.paceStatus == Confidence::OnTrack);
    CHECK(deals.statedConfidence == Confidence::AtRisk);
    CHECK(deals.lastCheckIn == fridayOfW31);
    CHECK_FALSE(deals.stalled());
    CHECK(sales.objectives[1].paceStatus == Confidence::AtRisk);
    CHECK_FALSE(sales.objectives[1].stalled()); // 10, 5, 10 moved

    const ProgressBoard::TeamCard &support = board.teams[1];
    CHECK(support.missingCheckIn);
    CHECK(support.objectives[0].paceStatus == Confidence::OffTrack);
    CHECK(support.objectives[0].stalled());

    const ProgressBoard::TeamCard &legal = board.teams[2];
    CHECK_FALSE(legal.missingCheckIn); // nothing to check in
    CHECK_FALSE(legal.objectives[0].hasKeyResults);
    CHECK_FALSE(legal.objectives[0].statedConfidence.has_value());
    CHECK_FALSE(legal.lastCheckIn.isValid());
}

TEST_CASE("An empty plan should make an empty board", "[core][board]")
{
    const CyclePlan empty;
    CHECK(ProgressBoard::build(empty, ProgressRollUp(empty, QDate(2026, 8, 5)), {}, QDate(2026, 8, 5)).isEmpty());
}

TEST_CASE("A key result that reached its target should not count as stalled", "[core][board]")
{
    Board board;
    board.plan.keyResults[2].current = 100;
    board.histories[300] = {{friday(0), 100}, {friday(1), 100}, {friday(2), 100}};
    const QList<ProgressBoard::TeamCard> teams =
        ProgressBoard::build(board.plan, ProgressRollUp(board.plan, wednesdayOfW32), board.histories, wednesdayOfW32);
    CHECK_FALSE(teams[1].objectives[0].stalled());
}

TEST_CASE("The board without filters should show every objective", "[core][board]")
{
    const Board board;
    const ProgressBoard::Filter none;
    CHECK(none.isEmpty());
    CHECK(board.shown(none) == QStringList{QStringLiteral("Sales: Close deals"), QStringLiteral("Sales: Open a market"),
                                           QStringLiteral("Support: Answer faster"),
                                           QStringLiteral("Legal: Read contracts")});
}

TEST_CASE("The at risk filter should show objectives at risk by pace or by stated confidence", "[core][board]")
{
    const Board board;
    ProgressBoard::Filter atRisk;
    atRisk.atRisk = true;
    CHECK(board.shown(atRisk) ==
          QStringList{QStringLiteral("Sales: Close deals"), QStringLiteral("Sales: Open a market")});
}

TEST_CASE("The off track, stalled and missing check-in filters should each find Support", "[core][board]")
{
    const Board board;
    const QStringList support{QStringLiteral("Support: Answer faster")};
    ProgressBoard::Filter offTrack;
    offTrack.offTrack = true;
    CHECK(board.shown(offTrack) == support);
    ProgressBoard::Filter stalled;
    stalled.stalled = true;
    CHECK(board.shown(stalled) == support);
    ProgressBoard::Filter missing;
    missing.missingCheckIn = true;
    CHECK(board.shown(missing) == support);
}

TEST_CASE("Problem filters should widen the selection and the commitment should narrow it", "[core][board]")
{
    const Board board;
    ProgressBoard::Filter filter;
    filter.atRisk = true;
    filter.offTrack = true;
    CHECK(board.shown(filter).size() == 3);

    filter.commitment = Commitment::Committed;
    CHECK(board.shown(filter) ==
          QStringList{QStringLiteral("Sales: Close deals"), QStringLiteral("Support: Answer faster")});

    ProgressBoard::Filter aspirational;
    aspirational.commitment = Commitment::Aspirational;
    CHECK_FALSE(aspirational.isEmpty());
    CHECK(board.shown(aspirational) == QStringList{QStringLiteral("Sales: Open a market")});
}

TEST_CASE("An objective card should name the owners of its key results once each", "[core][board]")
{
    Board board;
    KeyResult second = keyResult(201, 20, 10);
    board.plan.keyResults[0].owner = QStringLiteral("Dana");
    second.owner = QStringLiteral(" Dana ");
    KeyResult third = keyResult(202, 20, 10);
    third.owner = QStringLiteral("Ines");
    board.plan.keyResults += {second, third};
    board.plan.rebuildIndex();
    const QList<ProgressBoard::TeamCard> teams =
        ProgressBoard::build(board.plan, ProgressRollUp(board.plan), board.histories, wednesdayOfW32);
    CHECK(teams[0].objectives[0].owners == QStringList{QStringLiteral("Dana"), QStringLiteral("Ines")});
    CHECK(teams[0].objectives[1].owners.isEmpty());
}

TEST_CASE("A team card should count its key results by status, with its most worried stated confidence",
          "[core][board]")
{
    Board board;
    // Support adds a key result after the cycle started: no check-in yet.
    KeyResult late = keyResult(301, 30, std::nullopt);
    late.addedOn = QDate(2026, 8, 3);
    board.plan.keyResults.append(late);
    board.plan.rebuildIndex();
    const QList<ProgressBoard::TeamCard> teams =
        ProgressBoard::build(board.plan, ProgressRollUp(board.plan, wednesdayOfW32), board.histories, wednesdayOfW32);

    REQUIRE(teams.size() == 3);
    const ProgressBoard::TeamCard &sales = teams[0];
    // Close deals: on schedule, but the team said at risk; Open a market: behind schedule though said on track.
    CHECK(sales.keyResults.atRisk == 2);
    CHECK(sales.keyResults.total() == 2);
    CHECK(sales.statedConfidence == Confidence::AtRisk);
    CHECK(sales.stalledKeyResults.isEmpty());

    const ProgressBoard::TeamCard &support = teams[1];
    CHECK(support.keyResults.offTrack == 1);
    CHECK(support.keyResults.awaitingCheckIn == 1);
    CHECK(support.keyResults.total() == 2);
    CHECK(support.statedConfidence == Confidence::OnTrack);
    CHECK(support.stalledKeyResults.size() == 1);
    CHECK(support.objectives[0].keyResults.awaitingCheckIn == 1);

    const ProgressBoard::TeamCard &legal = teams[2];
    CHECK(legal.keyResults.total() == 0);
    CHECK_FALSE(legal.statedConfidence.has_value());

    const BoardSummary totals =
        BoardSummary::build(board.plan, ProgressRollUp(board.plan, wednesdayOfW32), board.histories, wednesdayOfW32);
    CHECK(totals.keyResults.onTrack == 0);
    CHECK(totals.keyResults.atRisk == 2);
    CHECK(totals.keyResults.offTrack == 1);
    CHECK(totals.keyResults.awaitingCheckIn == 1);
    CHECK(totals.teamsMissingCheckIn == QList<Id>{support.id});
    CHECK(totals.stalledKeyResults == support.stalledKeyResults);
}

TEST_CASE("An objective card should carry its key results with value, pace, stated confidence and comment",
          "[core][board]")
{
    Board board;
    board.plan.latestCheckIns[200].comment = QStringLiteral("Two deals slipped to September");
    const QList<ProgressBoard::TeamCard> teams =
        ProgressBoard::build(board.plan, ProgressRollUp(board.plan, wednesdayOfW32), board.histories, wednesdayOfW32);

    REQUIRE(teams[0].objectives[0].keyResultCards.size() == 1);
    const ProgressBoard::KeyResultCard &deals = teams[0].objectives[0].keyResultCards[0];
    CHECK(deals.keyResult.id == 200);
    CHECK(deals.progress == Approx(0.4));
    CHECK(deals.expectedProgress == Approx(35.0 / 91.0));
    CHECK(deals.pace == Confidence::OnTrack);
    CHECK(deals.statedConfidence == Confidence::AtRisk);
    CHECK(deals.status() == Confidence::AtRisk);
    CHECK(deals.lastCheckIn == fridayOfW31);
    CHECK(deals.lastComment == QStringLiteral("Two deals slipped to September"));
    CHECK_FALSE(deals.stalled);

    const ProgressBoard::KeyResultCard &answers = teams[1].objectives[0].keyResultCards[0];
    CHECK(answers.status() == Confidence::OffTrack);
    CHECK(answers.stalled);
    CHECK(answers.lastComment.isEmpty());
    CHECK(teams[2].objectives[0].keyResultCards.isEmpty());
}

TEST_CASE("A key result should match the filters by its own status, its stalling and its team's check-in",
          "[core][board]")
{
    const Board board;
    const ProgressBoard::TeamCard &sales = board.teams[0];
    const ProgressBoard::TeamCard &support = board.teams[1];
    const auto matches = [](const ProgressBoard::Filter &filter, const ProgressBoard::TeamCard &team,
                            int objectiveRow) {
        const ProgressBoard::ObjectiveCard &objective = team.objectives[objectiveRow];
        return filter.matches(team, objective, objective.keyResultCards[0]);
    };

    CHECK(matches({}, sales, 0));
    ProgressBoard::Filter atRisk;
    atRisk.atRisk = true;
    CHECK(matches(atRisk, sales, 0)); // stated at risk
    CHECK(matches(atRisk, sales, 1)); // at risk by pace
    CHECK_FALSE(matches(atRisk, support, 0));
    ProgressBoard::Filter stalled;
    stalled.stalled = true;
    CHECK(matches(stalled, support, 0));
    CHECK_FALSE(matches(stalled, sales, 1));
    ProgressBoard::Filter missing;
    missing.missingCheckIn = true;
    CHECK(matches(missing, support, 0));
    CHECK_FALSE(matches(missing, sales, 0));
    // The commitment is the objective's.
    ProgressBoard::Filter aspirationalAtRisk = atRisk;
    aspirationalAtRisk.commitment = Commitment::Aspirational;
    CHECK_FALSE(matches(aspirationalAtRisk, sales, 0));
    CHECK(matches(aspirationalAtRisk, sales, 1));
}

TEST_CASE("The most worried should come first: off track, at risk, missing check-in, stalled, then most behind",
          "[core][board]")
{
    const Board board;
    const ProgressBoard::TeamCard &sales = board.teams[0];
    const ProgressBoard::TeamCard &support = board.teams[1];
    const ProgressBoard::TeamCard &legal = board.teams[2];

    CHECK(ProgressBoard::worry(support).rank == ProgressBoard::Worry::OffTrack);
    CHECK(ProgressBoard::worry(sales).rank == ProgressBoard::Worry::AtRisk);
    CHECK(ProgressBoard::worry(legal).rank == ProgressBoard::Worry::Other);
    CHECK(ProgressBoard::worry(support) < ProgressBoard::worry(sales));
    CHECK(ProgressBoard::worry(sales) < ProgressBoard::worry(legal));

    // Two at risk: the one with more key results at risk first, then the one further behind.
    ProgressBoard::TeamCard twoAtRisk = sales;
    twoAtRisk.keyResults.atRisk = sales.keyResults.atRisk + 1;
    CHECK(ProgressBoard::worry(twoAtRisk) < ProgressBoard::worry(sales));
    ProgressBoard::TeamCard further = sales;
    further.progress = sales.progress - 0.1;
    CHECK(ProgressBoard::worry(further) < ProgressBoard::worry(sales));

    // A missing check-in before a stalled key result, both after any status worry.
    ProgressBoard::TeamCard missing = legal;
    missing.missingCheckIn = true;
    ProgressBoard::TeamCard stalled = legal;
    stalled.stalledKeyResults = {300};
    CHECK(ProgressBoard::worry(missing).rank == ProgressBoard::Worry::MissingCheckIn);
    CHECK(ProgressBoard::worry(stalled).rank == ProgressBoard::Worry::Stalled);
    CHECK(ProgressBoard::worry(missing) < ProgressBoard::worry(stalled));
    CHECK(ProgressBoard::worry(stalled) < ProgressBoard::worry(legal));

    // Objectives and key results by their own statuses.
    CHECK(ProgressBoard::worry(sales.objectives[0]) < ProgressBoard::worry(legal.objectives[0]));
    CHECK(ProgressBoard::worry(support.objectives[0].keyResultCards[0]) <
          ProgressBoard::worry(sales.objectives[0].keyResultCards[0]));
}
