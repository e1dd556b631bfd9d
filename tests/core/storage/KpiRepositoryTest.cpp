#include "support/catch.h"

#include "core/storage/StorageTestSupport.h"
#include "storage/DocumentError.h"

using namespace StorageTestSupport;

namespace {

struct Fixture : ScratchDocument {
    Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    Id supportId = repository.teams().add({NoId, companyId, QStringLiteral("Support")});
    Kpi churn{NoId,
              supportId,
              QStringLiteral("Churn"),
              QStringLiteral("%"),
              2.0,
              PreferredTrend::LowerIsBetter,
              {{QDate(2026, 7, 3), 2.4}, {QDate(2026, 7, 10), 2.1}}};

    Fixture() { churn.id = repository.kpis().add(churn); }

    Kpi stored(Id kpiId) const
    {
        for (const Kpi &kpi : repository.kpis().all()) {
            if (kpi.id == kpiId)
                return kpi;
        }
        FAIL("no KPI " << kpiId);
        return {};
    }
};

QList<double> numbersOf(const Kpi &kpi)
{
    QList<double> numbers;
    for (const KpiValue &value : kpi.values)
        numbers.append(value.value);
    return numbers;
}

} // namespace

TEST_CASE("Updating a KPI should change its fields and keep its values", "[core][storage][kpi]")
{
    Fixture fixture;
    Kpi changed = fixture.churn;
    changed.teamId = NoId;
    changed.name = QStringLiteral("Monthly churn");
    changed.unitLabel = QStringLiteral("pct");
    changed.target = 1.5;
    changed.trend = PreferredTrend::HigherIsBetter;
    changed.values.clear(); // not read: the stored values stay
    fixture.repository.kpis().update(changed);

    const Kpi stored = fixture.stored(fixture.churn.id);
    CHECK(stored.teamId == NoId);
    CHECK(stored.name == QStringLiteral("Monthly churn"));
    CHECK(stored.unitLabel == QStringLiteral("pct"));
    CHECK(stored.target == 1.5);
    CHECK(stored.trend == PreferredTrend::HigherIsBetter);
    CHECK(numbersOf(stored) == QList<double>{2.4, 2.1});
}

TEST_CASE("Removing a KPI should take its values, and restoring it should bring both back with its id",
          "[core][storage][kpi]")
{
    Fixture fixture;
    const Id otherId = fixture.repository.kpis().add({NoId,
                                                      NoId,
                                                      QStringLiteral("Revenue"),
                                                      QStringLiteral("€"),
                                                      1000,
                                                      PreferredTrend::HigherIsBetter,
                                                      {{QDate(2026, 7, 3), 900}}});
    const Kpi removed = fixture.stored(fixture.churn.id);
    fixture.repository.kpis().remove(fixture.churn.id);
    REQUIRE(fixture.repository.kpis().all().size() == 1);
    CHECK(rowCount(*fixture.document, QStringLiteral("kpi_values")) == 1); // only the other KPI's

    fixture.repository.kpis().restore(removed);
    const Kpi restored = fixture.stored(fixture.churn.id);
    CHECK(restored.name == removed.name);
    CHECK(restored.teamId == fixture.supportId);
    CHECK(numbersOf(restored) == QList<double>{2.4, 2.1});
    CHECK(fixture.stored(otherId).values.size() == 1);
    CHECK(foreignKeyViolations(*fixture.document) == 0);
}

TEST_CASE("Restoring a KPI over an id in use should throw and change nothing", "[core][storage][kpi]")
{
    Fixture fixture;
    Kpi clash = fixture.churn;
    clash.name = QStringLiteral("Clash");
    clash.values = {{QDate(2026, 8, 1), 9}};
    CHECK_THROWS_AS(fixture.repository.kpis().restore(clash), DocumentError);
    CHECK(fixture.stored(fixture.churn.id).name == QStringLiteral("Churn"));
    CHECK(numbersOf(fixture.stored(fixture.churn.id)) == QList<double>{2.4, 2.1});
}

TEST_CASE("Setting a KPI's values should replace them all, or none when one is refused", "[core][storage][kpi]")
{
    Fixture fixture;
    fixture.repository.kpis().setValues(fixture.churn.id, {{QDate(2026, 7, 17), 1.9}, {QDate(2026, 7, 3), 2.5}});
    const Kpi stored = fixture.stored(fixture.churn.id);
    REQUIRE(stored.values.size() == 2);
    CHECK(stored.values[0].date == QDate(2026, 7, 3)); // read back oldest first
    CHECK(numbersOf(stored) == QList<double>{2.5, 1.9});

    // A value without a date breaks the schema's NOT NULL: the values removed before it come back.
    CHECK_THROWS_AS(fixture.repository.kpis().setValues(fixture.churn.id, {{QDate(2026, 8, 1), 1}, {QDate(), 2}}),
                    DocumentError);
    CHECK(numbersOf(fixture.stored(fixture.churn.id)) == QList<double>{2.5, 1.9});

    fixture.repository.kpis().setValues(fixture.churn.id, {});
    CHECK(fixture.stored(fixture.churn.id).values.isEmpty());
}

TEST_CASE("KPI writes should refuse a KPI or team that does not exist", "[core][storage][kpi]")
{
    Fixture fixture;
    const Id missing = fixture.churn.id + 100;
    Kpi ghost = fixture.churn;
    ghost.id = missing;
    CHECK_THROWS_AS(fixture.repository.kpis().update(ghost), DocumentError);
    CHECK_THROWS_AS(fixture.repository.kpis().remove(missing), DocumentError);
    CHECK_THROWS_AS(fixture.repository.kpis().setValues(missing, {}), DocumentError);
    CHECK_THROWS_AS(fixture.repository.kpis().setValues(missing, {{QDate(2026, 7, 3), 1}}), DocumentError);

    Kpi orphan = fixture.churn;
    orphan.teamId = fixture.supportId + 100; // the foreign key refuses it
    CHECK_THROWS_AS(fixture.repository.kpis().update(orphan), DocumentError);
    orphan.id = NoId;
    CHECK_THROWS_AS(fixture.repository.kpis().add(orphan), DocumentError);

    REQUIRE(fixture.repository.kpis().all().size() == 1);
    CHECK(fixture.stored(fixture.churn.id).teamId == fixture.supportId);
    CHECK(rowCount(*fixture.document, QStringLiteral("kpi_values")) == 2);
}

TEST_CASE("KPI text should be stored as typed, quotes and all", "[core][storage][kpi]")
{
    Fixture fixture;
    Kpi tricky = fixture.churn;
    tricky.name = QStringLiteral("Churn'); DROP TABLE kpis; --");
    tricky.unitLabel = QStringLiteral("\"%\"");
    fixture.repository.kpis().update(tricky);
    CHECK(fixture.stored(fixture.churn.id).name == tricky.name);
    CHECK(fixture.stored(fixture.churn.id).unitLabel == tricky.unitLabel);
}
