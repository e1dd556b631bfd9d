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
