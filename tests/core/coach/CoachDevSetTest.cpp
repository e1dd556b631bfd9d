// The labelled development set (tests/data/coach): the coach must hold the issue's rates on it, and prints its
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

    void print(const QString &title) const
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


// The hand-written set (the seeds' wording and realistic rows) and the public one: real key results and objectives
// from open handbooks and OKR pages, labelled blind before the coach was run on them (public_labelling_notes.md).
// The public files cite each row's source in a last column, which the checks ignore.
struct DevSet {
    const char *name;
    QStringList keyResults;
    QString objectives;
    QString fromTo;
};

const DevSet handWritten{"hand-written",
                         {QStringLiteral("key_results.tsv"), QStringLiteral("key_results_more.tsv")},
                         QStringLiteral("objectives.tsv"),
                         QStringLiteral("from_to.tsv")};
// Collected and labelled blind after the coach was changed for the public set, and never tuned on: how the coach does
// on texts nobody fitted it to.
const DevSet heldOut{"held-out",
                     {QStringLiteral("heldout_key_results.tsv")},
                     QStringLiteral("heldout_objectives.tsv"),
                     QStringLiteral("heldout_from_to.tsv")};
const DevSet publicSet{"public",
                       {QStringLiteral("public_key_results.tsv")},
                       QStringLiteral("public_objectives.tsv"),
                       QStringLiteral("public_from_to.tsv")};

// The rates a set must hold: issue 20's goals on the sets the coach was fitted to, a floor against regressions on the
// held-out one (its first, blind run: 78% of outputs flagged, 7% of outcomes wrongly flagged, 80% of objectives right).
struct Rates {
    double outputsFlagged = 0.95;
    double vagueFlagged = 0.95;
    double outcomesFlaggedAtMost = 0.05;
    double objectivesRight = 0.90;
};
const Rates issueGoals;
const Rates heldOutFloor{0.80, 0.95, 0.07, 0.85};

void checkKeyResults(const DevSet &set, int columns, int minimumRows, const Rates &rates)
{
    const Coach coach;
    Confusion confusion;
    confusion.labels = {QStringLiteral("outcome"), QStringLiteral("output"), QStringLiteral("vague")};
    for (const QString &file : set.keyResults) {
        for (const QStringList &row : readRows(file)) {
            REQUIRE(row.size() == columns);
            confusion.add(row.at(0), toString(coach.reviewKeyResult(row.at(1)).verdict), row.at(1));
        }
    }
    confusion.print(QStringLiteral("Key results, %1 set").arg(QLatin1String(set.name)));

    const QString outcome = QStringLiteral("outcome");
    const int rows =
        confusion.total(outcome) + confusion.total(QStringLiteral("output")) + confusion.total(QStringLiteral("vague"));
    REQUIRE(rows >= minimumRows);
    CHECK(1.0 - confusion.share(QStringLiteral("output"), outcome) >= rates.outputsFlagged);
    CHECK(1.0 - confusion.share(QStringLiteral("vague"), outcome) >= rates.vagueFlagged);
    CHECK(1.0 - confusion.share(outcome, outcome) <= rates.outcomesFlaggedAtMost);
}

void checkObjectives(const DevSet &set, int columns, int minimumRows, const Rates &rates)
{
    const Coach coach;
    Confusion confusion;
    confusion.labels = {QStringLiteral("good"), QStringLiteral("task"), QStringLiteral("metric")};
    int right = 0;
    int rows = 0;
    for (const QStringList &row : readRows(set.objectives)) {
        REQUIRE(row.size() == columns);
        const QString verdict = toString(coach.reviewObjective(row.at(1)).verdict);
        confusion.add(row.at(0), verdict, row.at(1));
        right += verdict == row.at(0) ? 1 : 0;
        ++rows;
    }
    confusion.print(QStringLiteral("Objectives, %1 set").arg(QLatin1String(set.name)));
    REQUIRE(rows >= minimumRows);
    CHECK(double(right) / rows >= rates.objectivesRight);
}

// The goal: start, target, unit and direction of every "from X to Y" read right.
void checkFromTo(const DevSet &set, int columns, int minimumRows)
{
    const Coach coach;
    int right = 0;
    int rows = 0;
    QStringList misses;
    for (const QStringList &row : readRows(set.fromTo)) {
        REQUIRE(row.size() == columns);
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
    std::cout << "From X to Y, " << set.name << " set: " << right << " of " << rows << " parsed right\n"
              << misses.join(QLatin1Char('\n')).toStdString() << std::endl;
    REQUIRE(rows >= minimumRows);
    CHECK(right == rows);
}

} // namespace

TEST_CASE("The coach should hold issue 20's rates on the hand-written development set", "[coach][devset]")
{
    checkKeyResults(handWritten, 2, 500, issueGoals);
    checkObjectives(handWritten, 2, 55, issueGoals);
    checkFromTo(handWritten, 5, 60);
}

TEST_CASE("The coach should hold issue 20's rates on the public key results and objectives", "[coach][devset]")
{
    checkKeyResults(publicSet, 3, 450, issueGoals);
    checkObjectives(publicSet, 3, 170, issueGoals);
    checkFromTo(publicSet, 6, 45);
}

TEST_CASE("The coach should stay above its floor on the held-out key results and objectives",
          "[coach][devset][heldout]")
{
    checkKeyResults(heldOut, 3, 340, heldOutFloor);
    checkObjectives(heldOut, 3, 125, heldOutFloor);
    checkFromTo(heldOut, 6, 25);
}
