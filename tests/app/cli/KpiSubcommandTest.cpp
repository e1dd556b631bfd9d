#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "model/TextLimits.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// The demo company (four KPIs) in a temporary folder.
struct DemoDocument {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("demo.okr"));

    DemoDocument() { REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0); }

    CommandOutcome kpi(QStringList arguments) const
    {
        return runCommand(QStringList{QStringLiteral("kpi"), path} + arguments);
    }

    QList<Kpi> kpis() const
    {
        const std::unique_ptr<Document> document = Document::open(path);
        return KpiRepository(*document).all();
    }

    QByteArray bytes() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_CASE("quarterdeck kpi list should show every KPI with its team, latest value, target and standing", "[app][kpi]")
{
    DemoDocument demo;
    const CommandOutcome listed = demo.kpi({QStringLiteral("list")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.filter(QStringLiteral("Qualified leads per month  Marketing  ")).size() == 1);
    CHECK(lines.filter(QStringLiteral("target <= 2\u00a0%")).size() == 1);
    CHECK(lines.filter(QStringLiteral("  behind")).size() >= 1);
}

TEST_CASE("quarterdeck kpi add and record should write a KPI and its values", "[app][kpi]")
{
    DemoDocument demo;
    const CommandOutcome added =
        demo.kpi({QStringLiteral("add"), QStringLiteral("First response time"), QStringLiteral("--team"),
                  QStringLiteral("Customer Success"), QStringLiteral("--unit"), QStringLiteral("h"),
                  QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--lower-is-better")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const CommandOutcome recorded =
        demo.kpi({QStringLiteral("record"), QStringLiteral("first response time"), QStringLiteral("5.5"),
                  QStringLiteral("--date"), QStringLiteral("2026-01-05")});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);

    const QList<Kpi> kpis = demo.kpis();
    REQUIRE(kpis.size() == 5);
    const Kpi &kpi = kpis.last();
    CHECK(kpi.name == QStringLiteral("First response time"));
    CHECK(kpi.unitLabel == QStringLiteral("h"));
    CHECK(kpi.target == 4.0);
    CHECK(kpi.trend == PreferredTrend::LowerIsBetter);
    REQUIRE(kpi.values.size() == 1);
    CHECK(kpi.values.first().date == QDate(2026, 1, 5));
    CHECK(kpi.values.first().value == 5.5);
}

TEST_CASE("quarterdeck kpi should refuse a bad number, a taken name and a future date, changing nothing", "[app][kpi]")
{
    DemoDocument demo;
    const QByteArray before = demo.bytes();
    const CommandOutcome notANumber =
        demo.kpi({QStringLiteral("add"), QStringLiteral("Uptime"), QStringLiteral("--target"), QStringLiteral("high")});
    CHECK(notANumber.exitCode == 1);
    CHECK(notANumber.err.contains(QStringLiteral("“high” is not a number")));
    const CommandOutcome taken =
        demo.kpi({QStringLiteral("add"), QStringLiteral("monthly churn"), QStringLiteral("--team"),
                  QStringLiteral("Customer Success"), QStringLiteral("--target"), QStringLiteral("3")});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("already has a KPI")));
    const CommandOutcome future =
        demo.kpi({QStringLiteral("record"), QStringLiteral("Monthly churn"), QStringLiteral("2"),
                  QStringLiteral("--date"), QDate::currentDate().addDays(3).toString(Qt::ISODate)});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("future")));
    const CommandOutcome unknown =
        demo.kpi({QStringLiteral("record"), QStringLiteral("Happiness"), QStringLiteral("2")});
    CHECK(unknown.exitCode == 1);
    CHECK(demo.kpi({QStringLiteral("rename")}).exitCode == 2);
    CHECK(demo.bytes() == before);
}

TEST_CASE("quarterdeck kpi add should refuse a name or unit over its limit with exit 2 and no change", "[app][limits]")
{
    DemoDocument demo;
    const QByteArray before = demo.bytes();
    const CommandOutcome longName =
        demo.kpi({QStringLiteral("add"), QString(TextLimits::maximum(TextField::KpiName) + 1, QLatin1Char('z')),
                  QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("--target"), QStringLiteral("4")});
    CHECK(longName.exitCode == 2);
    CHECK(longName.err.contains(QStringLiteral("NAME: The KPI name has 201 character")));
    const CommandOutcome longUnit =
        demo.kpi({QStringLiteral("add"), QStringLiteral("Deals"), QStringLiteral("--team"), QStringLiteral("Sales"),
                  QStringLiteral("--unit"), QString(TextLimits::maximum(TextField::UnitLabel) + 1, QLatin1Char('z')),
                  QStringLiteral("--target"), QStringLiteral("4")});
    CHECK(longUnit.exitCode == 2);
    CHECK(longUnit.err.contains(QStringLiteral("--unit: The unit label has 101 character")));
    CHECK(demo.bytes() == before);
}
