#include "support/catch.h"

#include "coach/Coach.h"

namespace {

Metric parse(const char16_t *text)
{
    return Coach().parseMetric(QStringView(text));
}

} // namespace

TEST_CASE("The metric parser should read 'from X to Y' with the direction from the numbers", "[coach][metric]")
{
    const Metric up = parse(u"Increase German MQLs from 300 to 500");
    CHECK(up.start == 300.0);
    CHECK(up.target == 500.0);
    CHECK(up.kind == KeyResultKind::Increase);
    CHECK(up.measure == QStringLiteral("German MQLs"));

    const Metric down = parse(u"Increase time-to-first-call from 2 hrs to under 30 min");
    CHECK(down.start == 120.0);
    CHECK(down.target == 30.0);
    CHECK(down.unit == MeasureUnit::Time);
    CHECK(down.unitLabel == QStringLiteral("min"));
    CHECK(down.kind == KeyResultKind::Decrease);
}

TEST_CASE("The metric parser should read arrows and a start written after the target", "[coach][metric]")
{
    const Metric arrow = parse(u"Churn 12% -> 8%");
    CHECK(arrow.start == 12.0);
    CHECK(arrow.target == 8.0);
    CHECK(arrow.kind == KeyResultKind::Decrease);

    const Metric late = parse(u"Grow MRR to $80k, up from $50k");
    CHECK(late.start == 50000.0);
    CHECK(late.target == 80000.0);
    CHECK(late.unit == MeasureUnit::Currency);
}

TEST_CASE("The metric parser should read relative changes 'by X%'", "[coach][metric]")
{
    const Metric metric = parse(u"Cut customer acquisition cost by 30%");
    CHECK(!metric.start);
    CHECK(metric.target == 30.0);
    CHECK(metric.relative);
    CHECK(metric.unit == MeasureUnit::Percent);
    CHECK(metric.kind == KeyResultKind::Decrease);
    CHECK(metric.measure == QStringLiteral("customer acquisition cost"));
}

TEST_CASE("The metric parser should read thresholds as maintain or as a direction", "[coach][metric]")
{
    CHECK(parse(u"Keep monthly churn below 2%").kind == KeyResultKind::KeepBelow);
    CHECK(parse(u"Maintain uptime above 99.9%").kind == KeyResultKind::KeepAbove);
    CHECK(parse(u">80% of invoices are categorized by expense type").kind == KeyResultKind::KeepAbove);
    const Metric reduce = parse(u"Reduce churn to less than 3% annually");
    CHECK(reduce.kind == KeyResultKind::Decrease);
    CHECK(reduce.target == 3.0);
    CHECK(parse(u"Get at least 15,000 views on our testimonials page").target == 15000.0);
}

TEST_CASE("The metric parser should read number-first key results", "[coach][metric]")
{
    const Metric retention = parse(u"+15% customer retention");
    CHECK(retention.target == 15.0);
    CHECK(retention.relative);
    CHECK(retention.kind == KeyResultKind::Increase);
    CHECK(retention.measure == QStringLiteral("customer retention"));

    const Metric revenue = parse(u"$200k revenue from the partner channel");
    CHECK(revenue.target == 200000.0);
    CHECK(revenue.unit == MeasureUnit::Currency);
    CHECK(revenue.unitLabel == QStringLiteral("USD"));
}

TEST_CASE("The metric parser should read currencies, suffixes and separators", "[coach][metric]")
{
    CHECK(parse(u"Reach €1.2M in annual recurring revenue").target == 1200000.0);
    CHECK(parse(u"Reach 2.5bn in GMV").target == 2500000000.0);
    CHECK(parse(u"Reach 1,250,000 users").target == 1250000.0);
    CHECK(parse(u"Raise average deal size to 2,5k EUR").target == 2500.0);
    CHECK(parse(u"Raise average deal size to 2,5k EUR").unitLabel == QStringLiteral("EUR"));
    CHECK(parse(u"Raise revenue to 1.234.567,50 €").target == 1234567.5);
    CHECK(parse(u"Reduce costs from 100 USD to 80 USD").unitLabel == QStringLiteral("USD"));
    CHECK(parse(u"Earn 20 000 £ in donations").target == 20.0); // an ordinary space separates numbers
}

TEST_CASE("The metric parser should read time units and ratings", "[coach][metric]")
{
    const Metric latency = parse(u"Cut API latency from 800ms to 450ms");
    CHECK(latency.start == 800.0);
    CHECK(latency.unitLabel == QStringLiteral("ms"));

    const Metric weeks = parse(u"Shorten time to hire from 10 weeks to 3 weeks");
    CHECK(weeks.unit == MeasureUnit::Time);
    CHECK(weeks.target == 3.0);

    const Metric rating = parse(u"Reach 8/10 average score on customer satisfaction survey");
    CHECK(rating.unit == MeasureUnit::Rating);
    CHECK(rating.target == 8.0);
    CHECK(rating.unitLabel == QStringLiteral("/10"));

    const Metric stars = parse(u"Lift the app store rating from 3.9 to 4.5 stars");
    CHECK(stars.unit == MeasureUnit::Rating);
    CHECK(stars.start == 3.9);

    CHECK(parse(u"Achieve service quality rating 9 out of 10").unitLabel == QStringLiteral("/10"));
}

TEST_CASE("The metric parser should not take years, dates, deadlines or list numbers for measures", "[coach][metric]")
{
    CHECK(parse(u"Grow our presence in Europe in 2026").isEmpty());
    CHECK(parse(u"Launch the new website by July 1").isEmpty());
    CHECK(parse(u"Increase revenue in the next 3 months").isEmpty());
    CHECK(parse(u"Support customers 24/7").isEmpty());
    const Metric listed = parse(u"2. Increase German SQLs from 200 to 300");
    CHECK(listed.start == 200.0);
    const Metric labelled = parse(u"KR3: Increase average daily activity per user by 12%");
    CHECK(labelled.target == 12.0);
    CHECK(labelled.measure == QStringLiteral("average daily activity per user"));
}

TEST_CASE("The metric parser should take 'double' as a relative target", "[coach][metric]")
{
    const Metric metric = parse(u"Double the number of trial sign-ups from organic search");
    CHECK(metric.target == 2.0);
    CHECK(metric.relative);
    CHECK(metric.unitLabel == QStringLiteral("x"));
}

TEST_CASE("The metric parser should not count numbers inside compound adjectives", "[coach][metric]")
{
    CHECK(parse(u"Get more 5-star reviews").isEmpty());
    const Metric churn = parse(u"Reduce 3-month churn from 9% to 6%");
    CHECK(churn.start == 9.0);
    CHECK(churn.target == 6.0);
}

TEST_CASE("The metric parser should take only a known scale's exact denominator for a rating", "[coach][metric]")
{
    CHECK(parse(u"Reach 8/10.5 average score on the survey").unit != MeasureUnit::Rating);
    // Found by fuzzing: the denominator was converted to int, undefined beyond its range (UBSan stops here).
    CHECK(parse(u"Reach 5/666666666666 average score on the survey").unit != MeasureUnit::Rating);
}

TEST_CASE("The metric parser should read rates and units written at both ends of 'from X to Y'", "[coach][metric]")
{
    struct Case {
        const char16_t *text;
        double start;
        double target;
        MeasureUnit unit;
        const char *unitLabel;
        KeyResultKind kind;
    };
    const Case cases[] = {
        {u"Reduce support tickets from 20/month to 5/month", 20, 5, MeasureUnit::Number, "per month",
         KeyResultKind::Decrease},
        {u"Grow MRR from $12k/month to $20k/month", 12000, 20000, MeasureUnit::Currency, "USD per month",
         KeyResultKind::Increase},
        {u"Increase usage from 3.2 sessions/week to 5 sessions/week", 3.2, 5, MeasureUnit::Number,
         "sessions per week", KeyResultKind::Increase},
        {u"Reduce churn from 5% per month to 3% per month", 5, 3, MeasureUnit::Percent, "% per month",
         KeyResultKind::Decrease},
        // A rank: the word names both numbers, and fewer is the way up.
        {u"Move our ranking from page 2 to page 1", 2, 1, MeasureUnit::Number, "page", KeyResultKind::Decrease},
    };
    for (const Case &example : cases) {
        const Metric metric = parse(example.text);
        INFO(QStringView(example.text).toString().toStdString());
        CHECK(metric.start == example.start);
        CHECK(metric.target == example.target);
        CHECK(metric.unit == example.unit);
        CHECK(metric.unitLabel == QLatin1String(example.unitLabel));
        CHECK(metric.kind == example.kind);
    }
    CHECK(parse(u"Reduce support tickets from 20/month to 5/month").measure == QStringLiteral("support tickets"));

    // Words that differ at the two ends are no shared unit: the start is not read from them.
    CHECK_FALSE(parse(u"Grow from 3 pilots to 10 customers").start.has_value());
}

TEST_CASE("The metric parser should read a number written in words before a magnitude", "[coach][metric]")
{
    const Metric million = parse(u"Reach one million web visitors");
    CHECK(million.target == 1000000.0);
    CHECK(million.kind == KeyResultKind::Increase);
    CHECK(parse(u"Reach one thousand paying customers").target == 1000.0);
    // Alone, "one" and "no" count nothing.
    CHECK_FALSE(parse(u"Make this one of our best quarters").target.has_value());
    CHECK_FALSE(parse(u"Ship with no regressions").target.has_value());
}

TEST_CASE("The metric parser should read shares and multiples written in words", "[coach][metric]")
{
    // A share after "by" or before "of" is a percentage.
    const Metric half = parse(u"Cut support tickets by half");
    CHECK(half.target == 50.0);
    CHECK(half.unit == MeasureUnit::Percent);
    CHECK(half.relative);
    CHECK(half.kind == KeyResultKind::Decrease);
    CHECK(parse(u"Reduce churn by one-quarter").target == 25.0);
    CHECK(parse(u"Cover three-quarters of the curriculum").target == 75.0);
    CHECK_FALSE(parse(u"Involve half the team in interviews").target.has_value());
    // "twice" beside the verb, not as it: a multiple of wherever it starts; "twice a week" is a count.
    const Metric twice = parse(u"Grow revenue twice as fast as last year");
    CHECK(twice.target == 2.0);
    CHECK(twice.unitLabel == QStringLiteral("x"));
    CHECK(twice.relative);
    CHECK(parse(u"Meet customers twice a week").unitLabel != QStringLiteral("x"));
}

TEST_CASE("The metric parser should read a comparator written after its number, and 'one' after a comparator",
          "[coach][metric]")
{
    const Metric higher = parse(u"Achieve a Net Promoter Score of 75 or higher");
    CHECK(higher.target == 75.0);
    CHECK(higher.kind == KeyResultKind::Increase);
    CHECK(parse(u"Keep p95 latency at 300 ms or less").target == 300.0);
    CHECK(parse(u"At least one existing customer uses the integration").target == 1.0);
    CHECK_FALSE(parse(u"Each member joins at least one of the hackathons").target.has_value());
    // A start written after "from current".
    const Metric current = parse(u"Increase unit test coverage to 75 % from current 45 %");
    CHECK(current.start == 45.0);
    CHECK(current.target == 75.0);
}
