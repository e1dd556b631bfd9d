#include "support/catch.h"

#include "board/WeekChanges.h"
#include "core/board/BoardScript.h"
#include "scoring/Scoring.h"

#include <algorithm>

namespace {

struct ScriptedChanges {
    BoardScript script;
    CyclePlan plan;

    ScriptedChanges()
    {
        script.checkInWeek33();
        plan = script.plan();
    }

    WeekChanges between(int after, int upTo) const
    {
        return WeekChanges::build(plan, script.histories(), script.checkInsFor(after, upTo), BoardScript::week(after),
                                  BoardScript::week(upTo));
    }

    double expectedChange(Id keyResultId, int after, int upTo) const
    {
        const KeyResult &keyResult = *plan.keyResult(keyResultId);
        return Scoring::expectedProgress(plan.cycle, keyResult, BoardScript::week(upTo).friday()) -
               Scoring::expectedProgress(plan.cycle, keyResult, BoardScript::week(after).friday());
    }
};

QStringList problemTexts(const WeekChanges &changes)
{
    QStringList texts;
    for (const WeekChanges::NewProblem &problem : changes.newProblems)
        texts.append(problem.week.toString() + QLatin1Char(' ') + problem.person + QLatin1String(": ") + problem.text);
    return texts;
}

} // namespace

TEST_CASE("One week's changes should show moved values, changed confidence and new problems", "[board]")
{
    const ScriptedChanges scripted;
    const BoardScript &script = scripted.script;
    const WeekChanges changes = scripted.between(32, 33);

    REQUIRE(changes.valueMoves.size() == 1);
    const WeekChanges::ValueMove &churn = changes.valueMoves.first();
    CHECK(churn.keyResultId == script.churnId);
    CHECK(churn.from == 7);
    CHECK(churn.to == 6);
    CHECK(churn.progressChange == Approx(0.2));
    CHECK(churn.expectedChange == Approx(scripted.expectedChange(script.churnId, 32, 33)));
    CHECK(churn.expectedChange == Approx(7.0 / 91).epsilon(0.02));

    REQUIRE(changes.confidenceChanges.size() == 2);
    CHECK(changes.confidenceChanges[0].keyResultId == script.npsId);
    CHECK(changes.confidenceChanges[0].from == Confidence::AtRisk);
    CHECK(changes.confidenceChanges[0].to == Confidence::OffTrack);
    CHECK_FALSE(changes.confidenceChanges[0].isBetter());
    CHECK(changes.confidenceChanges[1].keyResultId == script.deploysId);
    CHECK_FALSE(changes.confidenceChanges[1].isBetter());

    // "CRM outage" was already there in W32: only the line W33 added is new.
    CHECK(problemTexts(changes) == QStringList{QStringLiteral("2026-W33 Ann: Budget frozen")});
    CHECK(changes.newProblems.first().teamId == script.salesId);
    CHECK(changes.teamsMissingCheckIn.isEmpty());
}

TEST_CASE("A week a team missed should list it, and a better confidence should read better", "[board]")
{
    const ScriptedChanges scripted;
    const BoardScript &script = scripted.script;
    const WeekChanges changes = scripted.between(31, 32);

    REQUIRE(changes.valueMoves.size() == 2);
    CHECK(changes.valueMoves[0].keyResultId == script.npsId);
    CHECK(changes.valueMoves[0].from == 26);
    CHECK(changes.valueMoves[0].to == 30);
    CHECK(changes.valueMoves[1].keyResultId == script.churnId);
    CHECK(changes.valueMoves[1].from == 9);
    CHECK(changes.valueMoves[1].to == 7);

    REQUIRE(changes.confidenceChanges.size() == 2);
    CHECK(changes.confidenceChanges[0].keyResultId == script.npsId);
    CHECK_FALSE(changes.confidenceChanges[0].isBetter());
    CHECK(changes.confidenceChanges[1].keyResultId == script.churnId);
    CHECK(changes.confidenceChanges[1].from == Confidence::AtRisk);
    CHECK(changes.confidenceChanges[1].to == Confidence::OnTrack);
    CHECK(changes.confidenceChanges[1].isBetter());

    CHECK(problemTexts(changes) == QStringList{QStringLiteral("2026-W32 Ann: CRM outage")});
    CHECK(changes.teamsMissingCheckIn == QList<Id>{script.platformId});
}

TEST_CASE("Three weeks at once should compare with the week before them", "[board]")
{
    const ScriptedChanges scripted;
    const BoardScript &script = scripted.script;
    const WeekChanges changes = scripted.between(30, 33);

    CHECK(changes.after == BoardScript::week(30));
    CHECK(changes.upTo == BoardScript::week(33));
    // NPS and churn were first checked in during the range: they moved from their start. Deploys stayed at 1.
    REQUIRE(changes.valueMoves.size() == 2);
    CHECK(changes.valueMoves[0].keyResultId == script.npsId);
    CHECK(changes.valueMoves[0].from == 20);
    CHECK(changes.valueMoves[0].to == 30);
    CHECK(changes.valueMoves[0].progressChange == Approx(1.0 / 3));
    CHECK(changes.valueMoves[0].expectedChange == Approx(scripted.expectedChange(script.npsId, 30, 33)));
    CHECK(changes.valueMoves[1].keyResultId == script.churnId);
    CHECK(changes.valueMoves[1].from == 10);
    CHECK(changes.valueMoves[1].to == 6);

    // Only deploys was stated before the range as well as in it.
    REQUIRE(changes.confidenceChanges.size() == 1);
    CHECK(changes.confidenceChanges.first().keyResultId == script.deploysId);
    CHECK(changes.confidenceChanges.first().from == Confidence::OnTrack);
    CHECK(changes.confidenceChanges.first().to == Confidence::AtRisk);

    CHECK(problemTexts(changes) == QStringList{QStringLiteral("2026-W31 Ann: Hiring is slow"),
                                               QStringLiteral("2026-W32 Ann: CRM outage"),
                                               QStringLiteral("2026-W33 Ann: Budget frozen")});
    CHECK(changes.teamsMissingCheckIn.isEmpty());
}

TEST_CASE("The check-ins of a week range should be read for every team, by week", "[board][storage]")
{
    BoardScript script;
    const QList<CheckIn> checkIns = script.repository.checkIns().ofWeeks(BoardScript::week(30), BoardScript::week(31));
    REQUIRE(checkIns.size() == 3);
    CHECK(checkIns[0].week == BoardScript::week(30));
    CHECK(checkIns[1].week == BoardScript::week(31));
    CHECK(checkIns[2].week == BoardScript::week(31));
    const auto sales = checkIns[1].teamId == script.salesId ? checkIns[1] : checkIns[2];
    CHECK(sales.updates.size() == 2);
    REQUIRE(sales.items.size() == 1);
    CHECK(sales.items.first().text == QStringLiteral("Hiring is slow"));
}

TEST_CASE("The check-ins of a week range should come with each team's latest one before them", "[board][storage]")
{
    BoardScript script;
    script.checkInWeek33();
    const auto weekAndTeam = [&](const QList<CheckIn> &checkIns) {
        QStringList read;
        for (const CheckIn &checkIn : checkIns)
            read.append(checkIn.week.toString() + (checkIn.teamId == script.salesId ? u" Sales" : u" Platform"));
        return read;
    };
    // Platform missed W32: its latest before W33 is W31's, with its content.
    const QList<CheckIn> checkIns = script.checkInsFor(32, 33);
    CHECK(weekAndTeam(checkIns) == QStringList{QStringLiteral("2026-W31 Platform"), QStringLiteral("2026-W32 Sales"),
                                               QStringLiteral("2026-W33 Sales"), QStringLiteral("2026-W33 Platform")});
    CHECK(checkIns[1].items.size() == 2);
    // The values and confidences are the histories': no check-in's updates are read.
    CHECK(std::all_of(checkIns.begin(), checkIns.end(),
                      [](const CheckIn &checkIn) { return checkIn.updates.isEmpty(); }));
    // Not before the earliest week.
    CHECK(weekAndTeam(script.repository.checkIns().ofWeeksAndBefore(BoardScript::week(32), BoardScript::week(33),
                                                                    BoardScript::week(33))) ==
          QStringList{QStringLiteral("2026-W32 Sales"), QStringLiteral("2026-W33 Sales"),
                      QStringLiteral("2026-W33 Platform")});
}

TEST_CASE("Changes read from the weeks and the one before should be those of the whole cycle", "[board][storage]")
{
    const ScriptedChanges scripted;
    const BoardScript &script = scripted.script;
    const KeyResultHistories histories = script.histories();
    const QList<CheckIn> wholeCycle = script.checkInsOfCycle();
    const auto described = [&](const WeekChanges &changes) {
        QStringList lines;
        for (const WeekChanges::ValueMove &move : changes.valueMoves)
            lines.append(QStringLiteral("move %1 %2 %3").arg(move.keyResultId).arg(move.from).arg(move.to));
        for (const WeekChanges::ConfidenceChange &change : changes.confidenceChanges)
            lines.append(QStringLiteral("confidence %1 %2 %3")
                             .arg(change.keyResultId)
                             .arg(int(change.from))
                             .arg(int(change.to)));
        lines += problemTexts(changes);
        for (const Id teamId : changes.teamsMissingCheckIn)
            lines.append(QStringLiteral("missing %1").arg(teamId));
        return lines;
    };
    for (int upTo = 29; upTo <= 34; ++upTo) {
        for (int after = 27; after < upTo; ++after) {
            CAPTURE(after, upTo);
            const WeekChanges fromWholeCycle = WeekChanges::build(scripted.plan, histories, wholeCycle,
                                                                  BoardScript::week(after), BoardScript::week(upTo));
            CHECK(described(scripted.between(after, upTo)) == described(fromWholeCycle));
        }
    }
    CHECK_FALSE(described(scripted.between(30, 33)).isEmpty());
}

TEST_CASE("The board should compare the week due with the one before, until the user chooses", "[board]")
{
    Cycle quarter;
    quarter.start = QDate(2026, 7, 1);
    quarter.end = QDate(2026, 9, 30);
    const auto usual = [&quarter](QDate referenceDate) {
        const auto [after, upTo] = WeekChanges::usualWeeks(quarter, referenceDate);
        return QStringList{after.toString(), upTo.toString()};
    };

    // Wednesday of week 33: week 32 is the latest over.
    CHECK(usual(QDate(2026, 8, 12)) == QStringList{QStringLiteral("2026-W31"), QStringLiteral("2026-W32")});
    // In the first week nothing is due yet: the first week, against the one before the cycle.
    CHECK(usual(QDate(2026, 7, 2)) == QStringList{QStringLiteral("2026-W26"), QStringLiteral("2026-W27")});
    // After the cycle: its final week.
    CHECK(usual(QDate(2026, 12, 6)) == QStringList{QStringLiteral("2026-W38"), QStringLiteral("2026-W39")});
    // Before it, and without dates: no weeks.
    CHECK_FALSE(WeekChanges::usualWeeks(quarter, QDate(2026, 6, 20)).second.isValid());
    CHECK_FALSE(WeekChanges::usualWeeks(Cycle{}, QDate(2026, 8, 12)).second.isValid());
}
