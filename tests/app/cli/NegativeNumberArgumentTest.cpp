#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QDate>

namespace {

const QString churn = QStringLiteral("Monthly churn"); // a KPI of the demo company

QList<KpiValue> churnValues(const QString &path)
{
    const auto document = Document::open(path);
    for (const Kpi &kpi : KpiRepository(*document).all()) {
        if (kpi.name == churn)
            return kpi.values;
    }
    FAIL("the demo has no KPI named " << churn.toStdString());
    return {};
}

std::optional<double> valueOn(const QList<KpiValue> &values, QDate date)
{
    const auto found =
        std::find_if(values.cbegin(), values.cend(), [date](const KpiValue &value) { return value.date == date; });
    return found == values.cend() ? std::nullopt : std::optional<double>(found->value);
}

} // namespace

TEST_CASE("quarterdeck kpi record should take a negative value as the VALUE, before or after options",
          "[app][kpi][arguments]")
{
    const DemoDocumentFile demo;
    const QDate day = QDate::currentDate().addDays(-40);
    const QList<std::pair<QString, double>> negatives{
        {QStringLiteral("-5"), -5.0}, {QStringLiteral("-0.5"), -0.5}, {QStringLiteral("-1e3"), -1000.0}};
    for (int i = 0; i < negatives.size(); ++i) {
        const auto &[text, expected] = negatives.at(i);
        const QString date = day.addDays(i).toString(Qt::ISODate);
        const QStringList record{QStringLiteral("kpi"), demo.path, QStringLiteral("record"), churn, text};
        // The value last, then followed by an option.
        const QStringList orders[] = {record + QStringList{QStringLiteral("--date"), date},
                                      QStringList{QStringLiteral("kpi"), demo.path, QStringLiteral("--date"), date,
                                                  QStringLiteral("record"), churn, text}};
        for (const QStringList &arguments : orders) {
            INFO(arguments.join(u' ').toStdString());
            const CommandOutcome outcome = runCommand(arguments);
            INFO(outcome.err.toStdString());
            REQUIRE(outcome.exitCode == 0);
            CHECK(valueOn(churnValues(demo.path), day.addDays(i)) == expected);
        }
    }
}

TEST_CASE("A negative number after an option taking a value should stay that option's value", "[app][kpi][arguments]")
{
    const DemoDocumentFile demo;

    const CommandOutcome outcome =
        runCommand({QStringLiteral("kpi"), demo.path, QStringLiteral("add"), QStringLiteral("Net cash flow"),
                    QStringLiteral("--target"), QStringLiteral("-2.5")});

    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    const auto document = Document::open(demo.path);
    CHECK(KpiRepository(*document).all().last().target == -2.5);
}

TEST_CASE("A mistyped option should still be reported as unknown next to a negative number", "[app][arguments]")
{
    const DemoDocumentFile demo;

    const CommandOutcome outcome = runCommand({QStringLiteral("kpi"), demo.path, QStringLiteral("record"), churn,
                                               QStringLiteral("-5"), QStringLiteral("--dat"), QStringLiteral("x")});

    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.contains(QStringLiteral("dat")));
}
