// How many key results the coach reviews per second on one core: the wizard calls it on every keystroke.
#include "support/catch.h"

#include "coach/Coach.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <iostream>

namespace {

QStringList devSetTexts()
{
    QStringList texts;
    for (const QString &name : {QStringLiteral("key_results.tsv"), QStringLiteral("key_results_more.tsv")}) {
        QFile file(QStringLiteral(QUARTERDECK_TEST_DATA "/coach/") + name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QTextStream stream(&file);
        while (!stream.atEnd()) {
            const QString line = stream.readLine();
            if (!line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('\t')))
                texts.append(line.section(QLatin1Char('\t'), 1));
        }
    }
    return texts;
}

} // namespace

TEST_CASE("Coach throughput", "[bench][coach]")
{
    const Coach coach;
    const QStringList texts = devSetTexts();
    REQUIRE(!texts.isEmpty());

    // A plain figure first: key results per second over many passes of the dev set.
    QElapsedTimer timer;
    timer.start();
    qint64 reviewed = 0;
    int verdicts = 0;
    while (timer.elapsed() < 2000) {
        for (const QString &text : texts)
            verdicts += int(coach.reviewKeyResult(text).verdict);
        reviewed += texts.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::cout << "Coach: " << qint64(reviewed / seconds) << " key results per second (" << texts.size()
              << " distinct texts, checksum " << verdicts << ")" << std::endl;

    BENCHMARK("review every dev-set key result once")
    {
        int sum = 0;
        for (const QString &text : texts)
            sum += int(coach.reviewKeyResult(text).verdict);
        return sum;
    };
    BENCHMARK("parse one from-to metric")
    {
        return coach.parseMetric(u"Increase time-to-first-call from 2 hrs to under 30 min").target;
    };
}
