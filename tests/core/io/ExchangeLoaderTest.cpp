#include "support/catch.h"

#include "core/io/ExchangeSample.h"
#include "core/storage/StorageTestSupport.h"

#include "io/ExchangeLoader.h"

#include <QHash>

namespace {

// The check-ins of one week, of every team.
QList<CheckIn> checkInsOf(const Repository &repository, IsoWeek week)
{
    return repository.checkIns().ofWeeks(week, week);
}

} // namespace

TEST_CASE("An import should merge a week the file names twice, and a week the document has, into one check-in",
          "[core][io]")
{
    StorageTestSupport::ScratchDocument scratch;
    ExchangeData data = sampleExchangeData();
    CheckIn sameWeek = data.checkIns.first();
    sameWeek.updates.clear();
    sameWeek.items = {
        {QStringLiteral("Aisha Bello"), PlanItemKind::Progress, QStringLiteral("Answers live"), NoId, false}};
    sameWeek.lessons = QStringLiteral("Ask early");
    data.checkIns.append(sameWeek);
    const IsoWeek week = sameWeek.week;

    ExchangeLoader::load(scratch.repository, data, week.friday());
    QList<CheckIn> stored = checkInsOf(scratch.repository, week);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().lessons == QStringLiteral("Stock answers help\n\nAsk early"));
    REQUIRE(stored.first().items.size() == 3);
    CHECK(stored.first().items.last().text == QStringLiteral("Answers live"));

    // Into a document that has the week: the imported notes join the stored ones.
    ExchangeLoader::load(scratch.repository, data, week.friday());
    stored = checkInsOf(scratch.repository, week);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().items.size() == 6);
    CHECK(StorageTestSupport::foreignKeyViolations(*scratch.document) == 0);
}

TEST_CASE("An import should record a current value as an update only when no imported check-in updates the key result",
          "[core][io]")
{
    StorageTestSupport::ScratchDocument scratch;
    ExchangeData data = sampleExchangeData(); // the check-in updates the response time, whose current value it is
    const KeyResult &responseTime = data.keyResults.at(0);
    KeyResult &crashFree = data.keyResults[1];
    crashFree.current = 99.7;
    const IsoWeek week = data.checkIns.first().week;
    const QString importedValue = QStringLiteral("Imported value.");

    // Twice: the second time, the file's key result ids name other key results of the document.
    ExchangeLoader::load(scratch.repository, data, week.friday());
    const ImportSummary summary = ExchangeLoader::load(scratch.repository, data, week.friday());

    CHECK(summary.checkIns == 2); // the file's and the current value's, in the same week
    const QList<CheckIn> stored = checkInsOf(scratch.repository, week);
    REQUIRE(stored.size() == 1);
    QHash<Id, QString> titles;
    const Cycle quarter = *scratch.repository.cycles().byName(QStringLiteral("2026 Q3"));
    for (const KeyResult &keyResult : scratch.repository.queries().loadCyclePlan(quarter.id).keyResults)
        titles.insert(keyResult.id, keyResult.title);
    QStringList updates;
    for (const KeyResultUpdate &update : stored.first().updates)
        updates.append(titles.value(update.keyResultId) + QStringLiteral(": ") + QString::number(update.value) +
                       QStringLiteral(", ") + update.comment);
    const QString fromCheckIn = responseTime.title + QStringLiteral(": 3.25, Weekend tickets");
    const QString fromCurrentValue = crashFree.title + QStringLiteral(": 99.7, ") + importedValue;
    CHECK(updates == QStringList{fromCheckIn, fromCurrentValue, fromCheckIn, fromCurrentValue});
}

TEST_CASE("An import whose key results and initiatives come back to an earlier parent should append them in file "
          "order, after what the document has",
          "[core][io]")
{
    StorageTestSupport::ScratchDocument scratch;
    ExchangeData data = sampleExchangeData();
    Objective second = data.objectives.at(1);
    second.id = 3;
    second.title = QStringLiteral("Second objective of the team");
    data.objectives.append(second);
    // Key results of objective 2, then 3, then 2 again; initiatives of key result 1, then 3, then 1 again. Each a
    // copy of one the sample has, under another parent.
    const auto appendCopy = [](auto &items, qsizetype copied, Id id, auto parentField, Id parentId,
                               const QString &title) {
        auto added = items.at(copied);
        added.id = id;
        added.*parentField = parentId;
        added.title = title;
        items.append(added);
    };
    appendCopy(data.keyResults, 1, 3, &KeyResult::objectiveId, 3, QStringLiteral("Of the second"));
    appendCopy(data.keyResults, 1, 4, &KeyResult::objectiveId, 2, QStringLiteral("Back to the first"));
    appendCopy(data.initiatives, 0, 2, &Initiative::keyResultId, 3, QStringLiteral("Of the second's key result"));
    appendCopy(data.initiatives, 0, 3, &Initiative::keyResultId, 1, QStringLiteral("Back to the first key result"));

    // Twice: the second time the team has the first import's objectives in the quarter, which come first.
    for (int import = 0; import < 2; ++import)
        ExchangeLoader::load(scratch.repository, data, data.checkIns.first().week.friday());

    const Cycle quarter = *scratch.repository.cycles().byName(QStringLiteral("2026 Q3"));
    const CyclePlan plan = scratch.repository.queries().loadCyclePlan(quarter.id);
    QStringList tree;
    for (const Objective &objective : plan.objectives) {
        tree.append(QString::number(objective.position) + QLatin1Char(' ') + objective.title);
        for (const qsizetype k : plan.keyResultsOf(objective.id)) {
            const KeyResult &keyResult = plan.keyResults.at(k);
            tree.append(QStringLiteral("  %1 %2").arg(keyResult.position).arg(keyResult.title));
            for (const qsizetype i : plan.initiativesOf(keyResult.id)) {
                const Initiative &initiative = plan.initiatives.at(i);
                tree.append(QStringLiteral("    %1 %2").arg(initiative.position).arg(initiative.title));
            }
        }
    }
    const QStringList imported{
        QStringLiteral("  0 Reduce response time from 5h to 1h"),
        QStringLiteral("    0 Write the FAQ"),
        QStringLiteral("    1 Back to the first key result"),
        QStringLiteral("  1 Keep crash-free sessions above 99.5%"),
        QStringLiteral("  2 Back to the first"),
    };
    const QStringList ofSecond{
        QStringLiteral("  0 Of the second"),
        QStringLiteral("    0 Of the second's key result"),
    };
    const QString first = QStringLiteral("Delight customers, every day");
    const QString next = QStringLiteral("Second objective of the team");
    CHECK(tree == QStringList{QStringLiteral("0 ") + first} + imported + QStringList{QStringLiteral("1 ") + next} +
                      ofSecond + QStringList{QStringLiteral("2 ") + first} + imported +
                      QStringList{QStringLiteral("3 ") + next} + ofSecond);
    CHECK(StorageTestSupport::foreignKeyViolations(*scratch.document) == 0);
}
