#include "support/catch.h"

#include "core/checkin/CheckInFixture.h"
#include "storage/DocumentError.h"

TEST_CASE("A future week should be refused and this week accepted", "[checkin][service]")
{
    CheckInFixture fixture;
    CHECK(fixture.service.currentWeek() == CheckInFixture::week(34));
    CHECK(fixture.service.checkWeek(CheckInFixture::week(34)).allowed());
    const CheckInService::WeekCheck future = fixture.service.checkWeek(CheckInFixture::week(35));
    CHECK_FALSE(future.allowed());
    CHECK(future.refusal.contains(QStringLiteral("2026-W35 has not started yet")));
}

TEST_CASE("A week outside every cycle should be refused with a clear message", "[checkin][service]")
{
    CheckInFixture fixture;
    const CheckInService::WeekCheck outside = fixture.service.checkWeek({2026, 10});
    CHECK_FALSE(outside.allowed());
    CHECK(outside.refusal.contains(QStringLiteral("outside every cycle")));
    CHECK(fixture.service.keyResultLines(fixture.salesId, {2026, 10}).isEmpty());
}

TEST_CASE("A week of a closed cycle should be refused unless correcting, then show its own key results",
          "[checkin][service]")
{
    CheckInFixture fixture;
    const CheckInService::WeekCheck refused = fixture.service.checkWeek({2026, 20});
    CHECK_FALSE(refused.allowed());
    CHECK(refused.isCorrection());
    CHECK(refused.refusal.contains(QStringLiteral("“2026 Q2” is closed")));
    CHECK(fixture.service.keyResultLines(fixture.salesId, {2026, 20}).isEmpty());
    CheckIn correction{NoId, fixture.salesId, {2026, 20}, {{fixture.oldKeyResultId, 4, {}, {}}}, {}, {}, {}};
    CHECK_THROWS_AS(fixture.service.save(correction), DocumentError);

    fixture.service.setCorrecting(true);
    const CheckInService::WeekCheck corrected = fixture.service.checkWeek({2026, 20});
    REQUIRE(corrected.allowed());
    CHECK(corrected.isCorrection());
    CHECK(corrected.notice.contains(QStringLiteral("corrects")));
    const auto lines = fixture.service.keyResultLines(fixture.salesId, {2026, 20});
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().keyResult.id == fixture.oldKeyResultId);
    CHECK(fixture.service.save(correction) != NoId);
    // Correcting changes nothing for the active cycle: its weeks are normal check-ins.
    CHECK(fixture.service.checkWeek(CheckInFixture::week(34)).notice.isEmpty());
}

TEST_CASE("A week of a cycle still in planning should be refused, even as a correction", "[checkin][service]")
{
    CheckInFixture fixture;
    Cycle active = *fixture.repository.cycles().byId(fixture.cycleId);
    active.state = CycleState::Planning;
    fixture.repository.cycles().update(active);
    fixture.service.setCorrecting(true);
    const CheckInService::WeekCheck planning = fixture.service.checkWeek(CheckInFixture::week(34));
    CHECK_FALSE(planning.allowed());
    CHECK(planning.refusal.contains(QStringLiteral("still in planning")));
    // The default week falls back to a cycle that takes check-ins: the closed quarter's last week.
    CHECK(fixture.service.defaultWeek() == IsoWeek::containing(QDate(2026, 6, 26)));
}

TEST_CASE("A week straddling two quarters should belong to the quarter holding its Friday", "[checkin][service]")
{
    CheckInFixture fixture;
    // 2026-W27 runs Mon 29 June to Sun 5 July; its Friday is 3 July, in Q3.
    const CheckInService::WeekCheck check = fixture.service.checkWeek({2026, 27});
    REQUIRE(check.cycle.has_value());
    CHECK(check.cycle->id == fixture.cycleId);
}

TEST_CASE("The form's lines should show the last value before the week and the week's own update", "[checkin][service]")
{
    CheckInFixture fixture;
    fixture.checkIn(fixture.salesId, CheckInFixture::week(30), fixture.npsId, 25, Confidence::AtRisk);
    fixture.checkIn(fixture.salesId, CheckInFixture::week(32), fixture.npsId, 30);
    fixture.checkIn(fixture.salesId, CheckInFixture::week(33), fixture.npsId, 33, Confidence::OnTrack,
                    QStringLiteral("Survey sent"));

    const auto lines = fixture.service.keyResultLines(fixture.salesId, CheckInFixture::week(33));
    REQUIRE(lines.size() == 2); // NPS and churn: the Q2 key result and Platform's are not this team's this week
    CHECK(lines[0].keyResult.id == fixture.npsId);
    REQUIRE(lines[0].previous.has_value());
    CHECK(lines[0].previous->week == CheckInFixture::week(32));
    CHECK(lines[0].previous->value == 30);
    REQUIRE(lines[0].saved.has_value());
    CHECK(lines[0].saved->value == 33);
    CHECK(lines[0].saved->comment == QStringLiteral("Survey sent"));
    CHECK_FALSE(lines[1].previous.has_value());
    CHECK_FALSE(lines[1].saved.has_value());
}

TEST_CASE("A key result should be found by id or exact title, and anything else explained", "[checkin][service]")
{
    CheckInFixture fixture;
    const auto lines = fixture.service.keyResultLines(fixture.salesId, CheckInFixture::week(34));
    QString error;
    const CheckInService::KeyResultLine *byId =
        CheckInService::findKeyResult(lines, QString::number(fixture.churnId), error);
    REQUIRE(byId);
    CHECK(byId->keyResult.id == fixture.churnId);
    const CheckInService::KeyResultLine *byTitle =
        CheckInService::findKeyResult(lines, QStringLiteral("Raise NPS from 20 to 50"), error);
    REQUIRE(byTitle);
    CHECK(byTitle->keyResult.id == fixture.npsId);
    CHECK_FALSE(CheckInService::findKeyResult(lines, QStringLiteral("raise nps"), error));
    CHECK(error.contains(QStringLiteral("'raise nps'")));
    // Platform's key result is not Sales'.
    CHECK_FALSE(CheckInService::findKeyResult(lines, QString::number(fixture.uptimeId), error));
}

TEST_CASE("Saving should refuse a future week, a foreign key result, a non-number and an unknown team, and change "
          "nothing",
          "[checkin][service]")
{
    CheckInFixture fixture;
    CheckIn future{
        NoId, fixture.salesId, CheckInFixture::week(36), {{fixture.npsId, 30, Confidence::OnTrack, {}}}, {}, {}, {}};
    CHECK_FALSE(fixture.service.problems(future).isEmpty());
    CHECK_THROWS_AS(fixture.service.save(future), DocumentError);

    CheckIn foreign{
        NoId, fixture.salesId, CheckInFixture::week(33), {{fixture.uptimeId, 99.95, Confidence::OnTrack, {}}}, {}, {},
        {}};
    REQUIRE(fixture.service.problems(foreign).size() == 1);
    CHECK(fixture.service.problems(foreign).first().contains(QStringLiteral("not one of the team's key results")));

    CheckIn notANumber{
        NoId, fixture.salesId, CheckInFixture::week(33), {{fixture.npsId, qQNaN(), Confidence::OnTrack, {}}}, {}, {},
        {}};
    CHECK(fixture.service.problems(notANumber).first().contains(QStringLiteral("not a number")));

    const Id noTeam = fixture.platformId + 1000;
    CheckIn unknownTeam{NoId, noTeam, CheckInFixture::week(33), {}, {}, {}, {}};
    REQUIRE_FALSE(fixture.service.problems(unknownTeam).isEmpty());
    CHECK(fixture.service.problems(unknownTeam).first().contains(QStringLiteral("does not exist")));
    CHECK_THROWS_AS(fixture.service.save(unknownTeam), DocumentError);

    CHECK(fixture.repository.checkIns().ofTeam(fixture.salesId).isEmpty());
    CHECK(fixture.repository.checkIns().ofTeam(noTeam).isEmpty());
}

TEST_CASE("Saving the same team and week twice should edit the one check-in", "[checkin][service]")
{
    CheckInFixture fixture;
    CheckIn checkIn{
        NoId, fixture.salesId, CheckInFixture::week(33), {{fixture.npsId, 30, Confidence::OnTrack, {}}}, {}, {}, {}};
    const Id first = fixture.service.save(checkIn);
    checkIn.updates.first().value = 31;
    checkIn.items.append(
        {QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Ship the survey"), fixture.npsId, true});
    const Id second = fixture.service.save(checkIn);
    CHECK(first == second);
    const QList<CheckIn> all = fixture.repository.checkIns().ofTeam(fixture.salesId);
    REQUIRE(all.size() == 1);
    CHECK(all.first().updates.first().value == 31);
    REQUIRE(all.first().items.size() == 1);
    CHECK(all.first().items.first().kind == PlanItemKind::Progress); // done plans are stored as progress
}

TEST_CASE("History should stay in week order after back-filled weeks", "[checkin][service][history]")
{
    CheckInFixture fixture;
    fixture.checkIn(fixture.salesId, CheckInFixture::week(33), fixture.npsId, 35);
    fixture.checkIn(fixture.salesId, CheckInFixture::week(30), fixture.npsId, 24, Confidence::OffTrack,
                    QStringLiteral("Slow start"));
    fixture.checkIn(fixture.salesId, CheckInFixture::week(31), fixture.npsId, 28, Confidence::AtRisk);

    const QList<KeyResultTimelineEntry> timeline = fixture.repository.queries().keyResultTimeline(fixture.npsId);
    REQUIRE(timeline.size() == 3);
    CHECK(timeline[0].week == CheckInFixture::week(30));
    CHECK(timeline[0].confidence == Confidence::OffTrack);
    CHECK(timeline[0].comment == QStringLiteral("Slow start"));
    CHECK(timeline[1].week == CheckInFixture::week(31));
    CHECK(timeline[2].week == CheckInFixture::week(33));
    CHECK(timeline[2].value == 35);
    // The current value is still the latest week's, not the last one typed.
    const CyclePlan plan = fixture.repository.queries().loadCyclePlan(fixture.cycleId);
    CHECK(plan.keyResult(fixture.npsId)->current == 35);
    // The form for week 32 (back-filled later) sees week 31 as the last value.
    const auto lines = fixture.service.keyResultLines(fixture.salesId, CheckInFixture::week(32));
    REQUIRE(lines.first().previous.has_value());
    CHECK(lines.first().previous->value == 28);
}

TEST_CASE("Last week's unfinished plans should be offered for this week", "[checkin][service][carry-over]")
{
    CheckInFixture fixture;
    CheckIn lastWeek{NoId, fixture.salesId, CheckInFixture::week(32), {}, {}, {}, {}};
    lastWeek.items = {
        {QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Interview five churned customers"), fixture.churnId,
         false},
        {QStringLiteral("Bo"), PlanItemKind::Plan, QStringLiteral("Send the survey"), fixture.npsId, true},
    };
    fixture.service.save(lastWeek);

    const CheckInService::CarriedPlans offered =
        fixture.service.offeredPlans(fixture.salesId, CheckInFixture::week(33));
    CHECK(offered.from == CheckInFixture::week(32));
    REQUIRE(offered.plans.size() == 1);
    CHECK(offered.plans.first().text == QStringLiteral("Interview five churned customers"));
    CHECK(offered.plans.first().keyResultId == fixture.churnId);
    // Nothing is offered from a later week, nor for a team that never checked in.
    CHECK(fixture.service.offeredPlans(fixture.salesId, CheckInFixture::week(31)).plans.isEmpty());
    CHECK(fixture.service.offeredPlans(fixture.platformId, CheckInFixture::week(33)).plans.isEmpty());
}

TEST_CASE("Key results whose last 3 check-ins have the same value should be reported stalled",
          "[checkin][service][manager]")
{
    CheckInFixture fixture;
    for (const int week : {30, 31, 32, 33})
        fixture.checkIn(fixture.salesId, CheckInFixture::week(week), fixture.npsId, week == 30 ? 25 : 27);
    for (const int week : {31, 32, 33})
        fixture.checkIn(fixture.salesId, CheckInFixture::week(week), fixture.churnId, 10 - (week - 30) * 0.5);
    for (const int week : {31, 32, 33})
        fixture.checkIn(fixture.platformId, CheckInFixture::week(week), fixture.uptimeId, 99.95);

    const QList<CheckInService::StalledKeyResult> stalled = fixture.service.stalledKeyResults(fixture.cycleId);
    // Churn moves; uptime holds above its threshold three weeks running: done, not stalled (as on the board).
    REQUIRE(stalled.size() == 1);
    CHECK(stalled.first().keyResult.id == fixture.npsId);
    CHECK(stalled.first().teamId == fixture.salesId);
    CHECK(stalled.first().since == CheckInFixture::week(31));
    // One team's stalled key results (its notes) are its own.
    CHECK(fixture.service.stalledKeyResults(fixture.cycleId, fixture.salesId).size() == 1);
    CHECK(fixture.service.stalledKeyResults(fixture.cycleId, fixture.platformId).isEmpty());
}

TEST_CASE("Teams with key results and no check-in last week should be reported missing", "[checkin][service][manager]")
{
    CheckInFixture fixture;
    fixture.checkIn(fixture.salesId, CheckInFixture::week(33), fixture.npsId, 30);
    const QList<Team> missing = fixture.service.teamsMissingCheckIn();
    REQUIRE(missing.size() == 1); // Acme owns no key results
    CHECK(missing.first().id == fixture.platformId);

    const QList<Team> earlier = fixture.service.teamsMissingCheckIn(CheckInFixture::week(31));
    CHECK(earlier.size() == 2);
    CHECK(fixture.service.teamsMissingCheckIn(IsoWeek{2026, 10}).isEmpty()); // no cycle, nobody expected
}

TEST_CASE("The default week should be this week, or the last week of a cycle that ended", "[checkin][service]")
{
    CheckInFixture fixture;
    CHECK(fixture.service.defaultWeek() == CheckInFixture::week(34));
    const CheckInService afterTheQuarter(fixture.repository, QDate(2026, 11, 23));
    CHECK(afterTheQuarter.defaultWeek() == CheckInFixture::week(39)); // W40 belongs to Q4: its Friday is 2 October
}

TEST_CASE("Before the team's check-in day the default week should be the week before, from it on this week",
          "[checkin][service][preferences]")
{
    CheckInFixture fixture; // today is Thursday of W34
    CHECK(fixture.service.defaultWeek(Qt::Monday) == CheckInFixture::week(34));
    CHECK(fixture.service.defaultWeek(Qt::Thursday) == CheckInFixture::week(34));
    CHECK(fixture.service.defaultWeek(Qt::Friday) == CheckInFixture::week(33)); // W34's check-in is not due yet
    // A week before that takes no check-in is not proposed: the cycle's first week stays this week.
    const CheckInService firstWeek(fixture.repository, CheckInFixture::week(27).monday());
    CHECK(firstWeek.defaultWeek(Qt::Friday) == firstWeek.defaultWeek(Qt::Monday));
}
