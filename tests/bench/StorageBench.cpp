// Storage figures for `make bench`: loading a large cycle and writing rows in bulk. Figures only, no assertions
// on time.
#include "support/catch.h"

#include "storage/Document.h"
#include "storage/Repository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <iostream>

namespace {

constexpr int TeamCount = 1000;
constexpr int ObjectivesPerTeam = 2;
constexpr int KeyResultsPerObjective = 4;
constexpr int InitiativesPerKeyResult = 2;
constexpr int Weeks = 13;

struct LargeDocument {
    QTemporaryDir folder;
    std::unique_ptr<Document> document = Document::create(folder.filePath(QStringLiteral("large.okr")));
    Repository repository{*document};
    Id cycleId = NoId;
    QList<Id> keyResultIds;
    qint64 rowsWritten = 0;

    // The organisation of a large company's quarter, with every team checked in every week.
    void fill()
    {
        document->transaction([&] {
            cycleId = repository.cycles().add(
                {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
            const Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
            rowsWritten += 2;
            for (int teamNumber = 0; teamNumber < TeamCount; ++teamNumber) {
                const Id teamId = repository.teams().add({NoId, companyId, QStringLiteral("Team %1").arg(teamNumber)});
                ++rowsWritten;
                QList<Id> teamKeyResults;
                for (int objectiveNumber = 0; objectiveNumber < ObjectivesPerTeam; ++objectiveNumber) {
                    Objective objective;
                    objective.cycleId = cycleId;
                    objective.teamId = teamId;
                    objective.title = QStringLiteral("Objective %1 of team %2").arg(objectiveNumber).arg(teamNumber);
                    objective.position = -1;
                    const Id objectiveId = repository.plan().addObjective(objective);
                    ++rowsWritten;
                    for (int keyResultNumber = 0; keyResultNumber < KeyResultsPerObjective; ++keyResultNumber) {
                        KeyResult keyResult;
                        keyResult.objectiveId = objectiveId;
                        keyResult.title = QStringLiteral("Raise metric %1 from 10 to 50").arg(keyResultNumber);
                        keyResult.start = 10;
                        keyResult.target = 50;
                        keyResult.position = -1;
                        const Id keyResultId = repository.plan().addKeyResult(keyResult);
                        teamKeyResults.append(keyResultId);
                        ++rowsWritten;
                        for (int initiativeNumber = 0; initiativeNumber < InitiativesPerKeyResult; ++initiativeNumber) {
                            Initiative initiative;
                            initiative.keyResultId = keyResultId;
                            initiative.title = QStringLiteral("Initiative %1").arg(initiativeNumber);
                            initiative.position = -1;
                            repository.plan().addInitiative(initiative);
                            ++rowsWritten;
                        }
                    }
                }
                IsoWeek week = IsoWeek::containing(QDate(2026, 7, 1));
                for (int weekNumber = 0; weekNumber < Weeks; ++weekNumber, week = week.next()) {
                    CheckIn checkIn;
                    checkIn.teamId = teamId;
                    checkIn.week = week;
                    for (const Id keyResultId : std::as_const(teamKeyResults))
                        checkIn.updates.append({keyResultId, 10.0 + 3 * weekNumber, Confidence::OnTrack, QString()});
                    checkIn.items.append(
                        {QStringLiteral("Dana"), PlanItemKind::Plan, QStringLiteral("Call"), NoId, false});
                    repository.checkIns().save(checkIn);
                    rowsWritten += 1 + checkIn.updates.size() + checkIn.items.size();
                }
                keyResultIds += teamKeyResults;
            }
        });
    }
};

} // namespace

TEST_CASE("Storage: loading and writing a 1,000-team cycle", "[storage][bench]")
{
    LargeDocument large;
    QElapsedTimer timer;
    timer.start();
    large.fill();
    const qint64 fillMs = std::max<qint64>(1, timer.elapsed());
    std::cout << "Filled the document: " << large.rowsWritten << " rows through the Repository in one transaction in "
              << fillMs << " ms (" << large.rowsWritten * 1000 / fillMs << " rows/s)\n";

    const qint64 queriesBefore = Document::executedQueryCount();
    const CyclePlan plan = large.repository.queries().loadCyclePlan(large.cycleId);
    std::cout << "loadCyclePlan: " << plan.objectives.size() << " objectives, " << plan.keyResults.size()
              << " key results, " << plan.initiatives.size() << " initiatives, " << plan.teams.size() << " teams in "
              << Document::executedQueryCount() - queriesBefore << " queries\n";

    BENCHMARK("loadCyclePlan of 1,000 teams x 2 objectives x 4 key results x 2 initiatives, 13 weekly check-ins")
    {
        return large.repository.queries().loadCyclePlan(large.cycleId);
    };

    int round = 0;
    BENCHMARK("1,000 initiatives added through the Repository in one transaction")
    {
        ++round;
        large.document->transaction([&] {
            for (int number = 0; number < 1000; ++number) {
                Initiative initiative;
                initiative.keyResultId = large.keyResultIds[(round * 1000 + number) % large.keyResultIds.size()];
                initiative.title = QStringLiteral("Bulk initiative %1").arg(number);
                initiative.position = -1;
                large.repository.plan().addInitiative(initiative);
            }
        });
    };

    QSqlQuery firstCheckIn = large.document->exec(QStringLiteral("SELECT min(id) FROM check_ins"));
    firstCheckIn.next();
    const Id checkInId = firstCheckIn.value(0).toLongLong();
    BENCHMARK("1,000 plan items inserted through one cached prepared statement in one transaction")
    {
        large.document->transaction([&] {
            QSqlQuery &insert = large.document->prepared(QStringLiteral(
                "INSERT INTO plan_items (check_in_id, person, kind, text) VALUES (?, 'Dana', 'plan', ?)"));
            for (int number = 0; number < 1000; ++number) {
                insert.bindValue(0, checkInId);
                insert.bindValue(1, QStringLiteral("Plan %1").arg(number));
                Document::exec(insert);
            }
        });
    };
}
