#include "support/catch.h"

#include "core/io/ExchangeSample.h"
#include "core/storage/StorageTestSupport.h"

#include "io/ExchangeLoader.h"

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
