// The labelled development set (tests/data/coach): the coach must hold the rates on it, and prints its
// confusion matrices so a change in the rules shows what it moved.
#include "support/catch.h"

#include "coach/Coach.h"

#include <QFile>
#include <QMap>
#include <QTextStream>

#include <iostream>

namespace {

// Rows of a tab-separated file, without comments and blank lines.
QList<QStringList> readRows(const QString &name)
{
    QFile file(QStringLiteral(QUARTERDECK_TEST_DATA "/coach/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<QStringList> rows;
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

struct Confusion {
    QStringList labels;
    QMap<QString, QMap<QString, int>> counts; // expected -> actual -> rows
    QStringList misses;

    void add(const QString &expected, const QString &actual, const QString &text)
    {
        ++counts[expected][actual];
        if (expected != actual)
            misses.append(QStringLiteral("  expected %1, got %2: %3").arg(expected, actual, text));
    }

    int total(const QString &expected) const
    {
        int sum = 0;
        for (int count : counts.value(expected))
            sum += count;
        return sum;
    }

    double share(const QString &expected, const QString &actual) const
    {
        const int rows = total(expected);
        return rows == 0 ? 0.0 : double(counts.value(expected).value(actual)) / rows;
    }

    void print(const char *title) const
    {
        QString text;
        QTextStream out(&text);
        out << title << " (rows: expected, columns: coach)\n" << qSetFieldWidth(10) << "";
        for (const QString &label : labels)
            out << label;
        out << qSetFieldWidth(0) << '\n';
        for (const QString &expected : labels) {
            out << qSetFieldWidth(10) << expected;
            for (const QString &actual : labels)
                out << counts.value(expected).value(actual);
            out << qSetFieldWidth(0) << '\n';
        }
        for (const QString &miss : misses)
            out << miss << '\n';
        out.flush();
        std::cout << text.toStdString() << std::endl;
    }
};

} // namespace

TEST_CASE("The coach should tell outcomes from outputs and vague key results on the dev set", "[coach][devset]")
{
    const Coach coach;
    Confusion confusion;
    confusion.labels = {QStringLiteral("outcome"), QStringLiteral("output"), QStringLiteral("vague")};
    for (const QString &file : {QStringLiteral("key_results.tsv"), QStringLiteral("key_results_more.tsv")}) {
        for (const QStringList &row : readRows(file)) {
            REQUIRE(row.size() == 2);
            confusion.add(row.at(0), toString(coach.reviewKeyResult(row.at(1)).verdict), row.at(1));
        }
    }
    confusion.print("Key results");

    const QString outcome = QStringLiteral("outcome");
    const int rows =
        confusion.total(outcome) + confusion.total(QStringLiteral("output")) + confusion.total(QStringLiteral("vague"));
    REQUIRE(rows >= 150);
    REQUIRE(confusion.share(QStringLiteral("output"), outcome) <= 0.10); // >= 90% of outputs flagged
    REQUIRE(confusion.share(QStringLiteral("vague"), outcome) <= 0.20);  // >= 80% of vague flagged
    REQUIRE(1.0 - confusion.share(outcome, outcome) <= 0.10);            // <= 10% of outcomes flagged
}

TEST_CASE("The coach should tell good objectives from tasks and metrics on the dev set", "[coach][devset]")
{
    const Coach coach;
    Confusion confusion;
    confusion.labels = {QStringLiteral("good"), QStringLiteral("task"), QStringLiteral("metric")};
    for (const QStringList &row : readRows(QStringLiteral("objectives.tsv"))) {
        REQUIRE(row.size() == 2);
        confusion.add(row.at(0), toString(coach.reviewObjective(row.at(1)).verdict), row.at(1));
    }
    confusion.print("Objectives");
    for (const QString &label : confusion.labels) {
        INFO(label.toStdString());
        REQUIRE(confusion.share(label, label) >= 0.8);
    }
}

TEST_CASE("The metric parser should read start and target of 'from X to Y' key results", "[coach][devset]")
{
    const Coach coach;
    int right = 0;
    int rows = 0;
    QStringList misses;
    for (const QStringList &row : readRows(QStringLiteral("from_to.tsv"))) {
        REQUIRE(row.size() == 5);
        ++rows;
        const Metric metric = coach.parseMetric(row.at(4));
        const bool startRight = metric.start && qFuzzyCompare(*metric.start, row.at(0).toDouble());
        const bool targetRight = metric.target && qFuzzyCompare(*metric.target, row.at(1).toDouble());
        const bool unitRight = unitName(metric.unit) == row.at(2);
        const bool kindRight = metric.kind && kindName(*metric.kind) == row.at(3);
        if (startRight && targetRight && unitRight && kindRight) {
            ++right;
        } else {
            misses.append(QStringLiteral("  %1: start %2 target %3 unit %4 kind %5")
                              .arg(row.at(4))
                              .arg(metric.start ? QString::number(*metric.start) : QStringLiteral("-"),
                                   metric.target ? QString::number(*metric.target) : QStringLiteral("-"),
                                   unitName(metric.unit), metric.kind ? kindName(*metric.kind) : QStringLiteral("-")));
        }
    }
    std::cout << "From X to Y: " << right << " of " << rows << " parsed right\n"
              << misses.join(QLatin1Char('\n')).toStdString() << std::endl;
    REQUIRE(rows >= 40);
    REQUIRE(double(right) / rows >= 0.95);
}
