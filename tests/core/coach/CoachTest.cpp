#include "support/catch.h"

#include "coach/Coach.h"
#include "model/CyclePlan.h"

#include <algorithm>

namespace {

QStringList codes(const QList<CoachFlag> &flags)
{
    QStringList result;
    for (const CoachFlag &flag : flags)
        result.append(flag.code);
    return result;
}

QStringList codes(const QList<PlanFinding> &findings)
{
    QStringList result;
    for (const PlanFinding &finding : findings)
        result.append(finding.flag.code);
    return result;
}

bool has(const QStringList &list, const char *code)
{
    return list.contains(QLatin1String(code));
}

// Every text gets `verdict`, and the flag `code` that says why when one is given.
void checkKeyResults(std::initializer_list<const char16_t *> texts, KeyResultVerdict verdict,
                     const char *code = nullptr)
{
    for (const char16_t *text : texts) {
        INFO(QStringView(text).toString().toStdString());
        const KeyResultReview review = Coach().reviewKeyResult(QStringView(text));
        CHECK(review.verdict == verdict);
        if (code)
            CHECK(has(codes(review.flags), code));
    }
}

void checkObjectives(std::initializer_list<const char16_t *> texts, ObjectiveVerdict verdict)
{
    for (const char16_t *text : texts) {
        INFO(QStringView(text).toString().toStdString());
        CHECK(Coach().reviewObjective(QStringView(text)).verdict == verdict);
    }
}

} // namespace

TEST_CASE("An output key result should be flagged with a reason and a rewrite direction", "[coach]")
{
    const KeyResultReview review = Coach().reviewKeyResult(u"Launch the pricing page");
    CHECK(review.verdict == KeyResultVerdict::Output);
    REQUIRE(has(codes(review.flags), CoachCode::OutputVerb));
    const CoachFlag &flag = review.flags.first();
    CHECK(flag.severity == CoachSeverity::Warning);
    CHECK(flag.message.contains(QStringLiteral("Launch")));
    CHECK(flag.suggestion.contains(QStringLiteral("why")));
    CHECK(has(codes(review.flags), CoachCode::NoNumber));
}

TEST_CASE("An imperative outcome should pass without output flags", "[coach]")
{
    const KeyResultReview review = Coach().reviewKeyResult(u"Get 10,000 new followers on Instagram");
    CHECK(review.verdict == KeyResultVerdict::Outcome);
    CHECK(review.flags.isEmpty()); // "new" counts from zero: no baseline needed
}

TEST_CASE("Counting the team's own tasks should be an output even with a result verb", "[coach]")
{
    const KeyResultReview review = Coach().reviewKeyResult(u"Increase the number of blog posts from 4 to 8 per month");
    CHECK(review.verdict == KeyResultVerdict::Output);
    CHECK(has(codes(review.flags), CoachCode::CountsOwnTasks));
    // ... but what customers do with them is a result.
    CHECK(Coach().reviewKeyResult(u"Increase the number of demos booked from 10 to 25").verdict ==
          KeyResultVerdict::Outcome);
}

TEST_CASE("The organisation's own people completing its work should be an output, however it is counted", "[coach]")
{
    checkKeyResults({u"100% of managers complete the course", u"100% of employees certified",
                     u"Teams complete 80% of committed work", u"90% of new hires finish onboarding in 2 weeks"},
                    KeyResultVerdict::Output, CoachCode::CountsOwnTasks);
    // Customers doing the same is a result; so is how the people feel, and what they adopt.
    CHECK(Coach().reviewKeyResult(u"95% of customers complete onboarding").verdict == KeyResultVerdict::Outcome);
    CHECK(Coach().reviewKeyResult(u"90% of engineers use the new deployment pipeline").verdict ==
          KeyResultVerdict::Outcome);
    CHECK(Coach().reviewKeyResult(u"Raise employee engagement from 60% to 75%").verdict == KeyResultVerdict::Outcome);
}

TEST_CASE("An output verb in front of a result, or a share of the team's work meeting a standard, should be an "
          "outcome",
          "[coach]")
{
    // Adoption: what others then do with the work is measured.
    CHECK(Coach().reviewKeyResult(u"Make the workflow so frictionless that it is used for 80% of new designs").verdict ==
          KeyResultVerdict::Outcome);
    // Reliability: the share of releases on time, not their count.
    CHECK(Coach().reviewKeyResult(u"100% of releases ship on time").verdict == KeyResultVerdict::Outcome);
    CHECK(Coach().reviewKeyResult(u"95% of sprints delivered without incidents").verdict ==
          KeyResultVerdict::Outcome);
    CHECK(Coach().reviewKeyResult(u"Ship 10 releases").verdict == KeyResultVerdict::Output);
    // The team's own work in passive form, and time put in, are outputs.
    CHECK(Coach().reviewKeyResult(u"3 blog posts authored by the team").verdict == KeyResultVerdict::Output);
    CHECK(Coach().reviewKeyResult(u"Devote 2 days per milestone to customer interviews").verdict ==
          KeyResultVerdict::Output);
    // The result clause must carry the number: a count of posts stays a count of posts.
    CHECK(Coach().reviewKeyResult(u"Write 10 blog posts so that they are shared").verdict ==
          KeyResultVerdict::Output);
}

TEST_CASE("An objective that names its means or the team's activity should be a task; a placeholder metric a metric",
          "[coach]")
{
    checkObjectives({u"Use ticket templates to improve support quality",
                     u"Make it possible for veterans to download their records",
                     u"Validate feasibility of the new pricing model", u"Support and guide new managers"},
                    ObjectiveVerdict::Task);
    CHECK(Coach().reviewObjective(u"Increase conversion from X to Y").verdict == ObjectiveVerdict::Metric);
    // A comparative direction is a direction, and so is a wish about how customers feel.
    CHECK(Coach().reviewObjective(u"Demonstrate superior performance compared to competitors").verdict ==
          ObjectiveVerdict::Good);
    CHECK(Coach().reviewObjective(u"Make sure every customer feels heard").verdict == ObjectiveVerdict::Good);
}

TEST_CASE("A done-or-not-done key result should be flagged binary", "[coach]")
{
    checkKeyResults({u"New pricing page live by March 31", u"Peerpad supports an ACL",
                     u"Usage examples are documented for all modules", u"A full suite of interop tests exists"},
                    KeyResultVerdict::Output, CoachCode::Binary);
}

TEST_CASE("A key result without a measure should be vague", "[coach]")
{
    for (const char16_t *text : {u"Improve SEO", u"Better onboarding", u"Get more Instagram followers"}) {
        const KeyResultReview review = Coach().reviewKeyResult(QStringView(text));
        INFO(QStringView(text).toString().toStdString());
        CHECK(review.verdict == KeyResultVerdict::Vague);
        CHECK(has(codes(review.flags), CoachCode::NoNumber));
    }
}

TEST_CASE("A template whose numbers are still placeholders should be an outcome that says what to fill in",
          "[coach]")
{
    struct Case {
        const char16_t *text;
        const char *placeholders;
        const char *measure;
    };
    for (const Case &example : {Case{u"Increase lead conversion from X to Y", "X, Y", "lead conversion"},
                                Case{u"Achieve $N net new ARR", "N", "net new ARR"},
                                Case{u"Lower churn by x%", "x", "churn"},
                                Case{u"Grow MRR from $X to $Y", "X, Y", "MRR"},
                                Case{u"Increase NPS to TBD", "TBD", "NPS"}}) {
        const KeyResultReview review = Coach().reviewKeyResult(QStringView(example.text));
        INFO(QStringView(example.text).toString().toStdString());
        CHECK(review.verdict == KeyResultVerdict::Outcome);
        REQUIRE(codes(review.flags) == QStringList{QLatin1String(CoachCode::PlaceholderNumbers)});
        CHECK(review.flags.first().message.contains(QStringLiteral("(%1)").arg(QLatin1String(example.placeholders))));
        CHECK(review.flags.first().suggestion ==
              QStringLiteral("Replace %1 with today's value of %2 and the value it should reach by the end of the "
                             "cycle.")
                  .arg(QLatin1String(example.placeholders), QLatin1String(example.measure)));
    }
    // A letter that is a word, or not where a number goes, is no placeholder; an output stays an output.
    CHECK(Coach().reviewKeyResult(u"Improve the X-ray workflow").verdict == KeyResultVerdict::Vague);
    CHECK(Coach().reviewKeyResult(u"Launch X features").verdict == KeyResultVerdict::Output);
}

TEST_CASE("A target without a start should be flagged as missing its baseline", "[coach]")
{
    CHECK(has(codes(Coach().reviewKeyResult(u"Increase the trial-to-paid conversion rate to 15%").flags),
              CoachCode::MissingBaseline));
    CHECK(!has(codes(Coach().reviewKeyResult(u"Increase trial-to-paid conversion from 8% to 12%").flags),
               CoachCode::MissingBaseline));
}

TEST_CASE("A stored start should satisfy the check for where the key result starts", "[coach]")
{
    KeyResultContext context;
    context.start = 2400;
    CHECK_FALSE(has(codes(Coach().reviewKeyResult(u"Get at least 15,000 views on our page", context).flags),
                    CoachCode::MissingBaseline));
    CHECK(has(codes(Coach().reviewKeyResult(u"Get at least 15,000 views on our page").flags),
              CoachCode::MissingBaseline));
}

TEST_CASE("A key result already met when written should be flagged", "[coach]")
{
    KeyResultContext context;
    context.current = 520.0;
    CHECK(has(codes(Coach().reviewKeyResult(u"Increase German MQLs from 300 to 500", context).flags),
              CoachCode::AlreadyAchieved));
    context.current = 9.0;
    CHECK(has(codes(Coach().reviewKeyResult(u"Reduce lead to closed sale time from 14 to 10 days", context).flags),
              CoachCode::AlreadyAchieved));
    context.current = 12.0;
    CHECK(!has(codes(Coach().reviewKeyResult(u"Reduce lead to closed sale time from 14 to 10 days", context).flags),
               CoachCode::AlreadyAchieved));
}

TEST_CASE("A key result that restates a KPI target should be flagged", "[coach]")
{
    KeyResultContext context;
    context.kpis = {{QStringLiteral("Qualified leads per month"), 2000.0}, {QStringLiteral("NPS"), 50.0}};
    const KeyResultReview review =
        Coach().reviewKeyResult(u"Increase the number of qualified leads from 1500 to 2000", context);
    CHECK(has(codes(review.flags), CoachCode::RestatesKpi));
    CHECK(!has(codes(Coach().reviewKeyResult(u"Increase German MQLs from 300 to 2000", context).flags),
               CoachCode::RestatesKpi));
}

TEST_CASE("Objectives should be judged good, task or metric", "[coach]")
{
    const Coach coach;
    CHECK(coach.reviewObjective(u"Increase product reach in Germany in Q3").verdict == ObjectiveVerdict::Good);
    const ObjectiveReview task = coach.reviewObjective(u"Write a product marketing plan for Germany");
    CHECK(task.verdict == ObjectiveVerdict::Task);
    CHECK(has(codes(task.flags), CoachCode::ObjectiveIsTask));
    const ObjectiveReview metric = coach.reviewObjective(u"Increase revenue by 20%");
    CHECK(metric.verdict == ObjectiveVerdict::Metric);
    CHECK(has(codes(metric.flags), CoachCode::ObjectiveHasMetric));
}

TEST_CASE("The key results of one objective should number 2 to 5 and not repeat", "[coach][set]")
{
    const Coach coach;
    CHECK(
        has(codes(coach.reviewKeyResultSet({QStringLiteral("Raise NPS from 32 to 45")})), CoachCode::TooFewKeyResults));
    // None yet: said as such, not as "0 key results; one number…".
    const QList<CoachFlag> none = coach.reviewKeyResultSet({});
    REQUIRE(has(codes(none), CoachCode::TooFewKeyResults));
    CHECK(none.first().message == QStringLiteral("The objective has no key results yet, so nothing shows whether it was "
                                                 "reached."));
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("Increase metric %1 from 1 to 2").arg(QChar(u'a' + i)));
    CHECK(has(codes(coach.reviewKeyResultSet(six)), CoachCode::TooManyKeyResults));

    const QList<CoachFlag> duplicates = coach.reviewKeyResultSet({QStringLiteral("Increase MRR from $10k to $20k"),
                                                                  QStringLiteral("Raise NPS from 32 to 45"),
                                                                  QStringLiteral("increase  MRR from $10k to $20k.")});
    CHECK(codes(duplicates) == QStringList{QLatin1String(CoachCode::DuplicateKeyResult)});
    CHECK(coach
              .reviewKeyResultSet(
                  {QStringLiteral("Increase MRR from $10k to $20k"), QStringLiteral("Raise NPS from 32 to 45")})
              .isEmpty());
}

TEST_CASE("The plan checks should count objectives and find unaligned team objectives", "[coach][set]")
{
    CyclePlan plan;
    plan.teams = {{1, NoId, QStringLiteral("Company")}, {2, 1, QStringLiteral("Sales")}};
    Id nextId = 1;
    const auto addObjective = [&](Id team, Id parent) {
        Objective objective;
        objective.id = nextId++;
        objective.teamId = team;
        objective.parentId = parent;
        objective.title = QStringLiteral("Objective %1").arg(objective.id);
        plan.objectives.append(objective);
        for (int k = 0; k < 3; ++k) {
            KeyResult keyResult;
            keyResult.id = 100 * objective.id + k;
            keyResult.objectiveId = objective.id;
            keyResult.title = QStringLiteral("Increase metric %1 from 1 to 2").arg(keyResult.id);
            plan.keyResults.append(keyResult);
        }
        return objective.id;
    };
    for (int i = 0; i < 6; ++i)
        addObjective(1, NoId);
    const Id aligned = addObjective(2, 1);
    for (int i = 0; i < 3; ++i)
        addObjective(2, NoId);
    plan.rebuildIndex();

    const QList<PlanFinding> findings = Coach().reviewPlan(plan);
    const QStringList found = codes(findings);
    CHECK(found.count(QLatin1String(CoachCode::TooManyCompanyObjectives)) == 1);
    CHECK(found.count(QLatin1String(CoachCode::TooManyTeamObjectives)) == 1);
    CHECK(found.count(QLatin1String(CoachCode::NotAligned)) == 3);
    CHECK(std::none_of(findings.cbegin(), findings.cend(),
                       [&](const PlanFinding &finding) { return finding.objectiveId == aligned; }));
    CHECK(!found.contains(QLatin1String(CoachCode::TooFewKeyResults)));
}

TEST_CASE("A lexicon for another language should load from its own JSON", "[coach][lexicon]")
{
    QString error;
    const auto lexicon = CoachLexicon::fromJson(
        R"({"language": "xx", "verbs": {"output": ["lanceer"], "result": {"increase": ["verhoog"]}},
            "nouns": {"measured": ["klant"]}, "inflections": {"nounRules": [{"ending": "", "suffix": "en"}]}})",
        &error);
    REQUIRE(lexicon);
    CHECK(lexicon->language() == QStringLiteral("xx"));
    CHECK(lexicon->roles(u"lanceer") & roleBit(WordRole::OutputVerb));
    CHECK(lexicon->roles(u"klanten") & roleBit(WordRole::MeasuredNoun));
    const Coach coach(*lexicon);
    CHECK(coach.reviewKeyResult(u"lanceer de pagina").verdict == KeyResultVerdict::Output);

    CHECK(!CoachLexicon::fromJson("{ not json", &error));
    CHECK(!error.isEmpty());
}

TEST_CASE("The object of a light verb should decide between output and outcome", "[coach]")
{
    const Coach coach;
    CHECK(coach.reviewKeyResult(u"Make videos for youtube").verdict == KeyResultVerdict::Output);
    CHECK(coach.reviewKeyResult(u"Make customers happy").verdict != KeyResultVerdict::Outcome);
    CHECK(coach.reviewKeyResult(u"Deliver $1M in new ARR").verdict == KeyResultVerdict::Outcome);
    CHECK(coach.reviewKeyResult(u"Deliver 3 product demos per week").verdict == KeyResultVerdict::Output);
}

TEST_CASE("Resources put in should stay outputs whatever they count", "[coach]")
{
    const Coach coach;
    CHECK(coach.reviewKeyResult(u"Spend $50k on LinkedIn ads").verdict == KeyResultVerdict::Output);
    CHECK(coach.reviewKeyResult(u"Allocate 20% of engineering time to tech debt").verdict == KeyResultVerdict::Output);
    // A share of what others do is a rate, whatever the verb.
    CHECK(coach.reviewKeyResult(u"Deliver 95% of orders on time").verdict == KeyResultVerdict::Outcome);
}

TEST_CASE("Counts per user or made by customers should be outcomes", "[coach]")
{
    const Coach coach;
    CHECK(coach.reviewKeyResult(u"Increase the average number of projects created per user from 2 to 4").verdict ==
          KeyResultVerdict::Outcome);
    CHECK(coach.reviewKeyResult(u"Increase the number of sales calls made from 100 to 150 per week").verdict ==
          KeyResultVerdict::Output);
}

TEST_CASE("Scope numbers and years should not make a key result measurable", "[coach]")
{
    const Coach coach;
    CHECK(coach.reviewKeyResult(u"Improve onboarding for 3 key segments").verdict == KeyResultVerdict::Vague);
    CHECK(coach.reviewKeyResult(u"Improve performance of 2 key services").verdict == KeyResultVerdict::Vague);
    CHECK(coach.reviewKeyResult(u"Make 2026 our best year").verdict == KeyResultVerdict::Vague);
    CHECK(coach.reviewKeyResult(u"Reach a total of 500 customers").verdict == KeyResultVerdict::Outcome);
    CHECK(coach.reviewKeyResult(u"Reach 2000 new users").verdict == KeyResultVerdict::Outcome);
}

TEST_CASE("A rank written as a label should not make an objective a metric", "[coach]")
{
    CHECK(Coach().reviewObjective(u"Become the #1 OKR tool for remote teams").verdict == ObjectiveVerdict::Good);
}

TEST_CASE("Time put in by the organisation's people, and the team's research, should be outputs", "[coach]")
{
    // Effort written with its subject first, counted in days or a share of time.
    checkKeyResults({u"Each member devotes 2 days per milestone to testing",
                     u"Engineers spend 20% of their time on tech debt",
                     u"Subjectively, Finance and Legal teams are spending >67% of time being proactive"},
                    KeyResultVerdict::Output, CoachCode::OutputVerb);
    // Collected responses and benchmarks count the team's own work, a placeholder count too.
    checkKeyResults({u"Collect 1,000 responses from customers", u"N benchmarks",
                     u"Increase deployment frequency from 2/week to 10/week"},
                    KeyResultVerdict::Output, CoachCode::CountsOwnTasks);
    CHECK(has(codes(Coach().reviewKeyResult(u"N benchmarks").flags), CoachCode::PlaceholderNumbers));
    // What customers spend, budgets, and what the responses say are results.
    checkKeyResults({u"Customers spend 20% more time in the app", u"Each team's budget stays under $10k",
                     u"95% positive responses in the satisfaction survey"},
                    KeyResultVerdict::Outcome);
}

TEST_CASE("What others do with the team's work should be an outcome, whoever the sentence starts with", "[coach]")
{
    checkKeyResults({u"500 customers use the new dashboard weekly", u"At least four customers are running saved queries",
                     u">100 user tweets about the launch", u"Collect 200 customer reviews on G2",
                     u"At least one existing customer uses the Perforce integration", u"1 post hits top 5 in Hacker News",
                     // the result an output must bring
                     u"Ship the iOS app with a 4.5+ star rating", u"Produce 2 webinars with 500 registrants",
                     u"Implement forecasting software with 90% adoption across teams",
                     // a target met, a share of work within a time limit
                     u"Achieve 110% of the sales plan", u"Achieve 90% of pull requests reviewed within 24 hours",
                     u"Professional Services in 50% of Strategic / Large deals"},
                    KeyResultVerdict::Outcome);
    // The people the team's work involves are not its result.
    checkKeyResults({u"Complete user research with 50+ target mobile users", u"Conduct interviews with 50 customers",
                     u"Run 12 user interviews",
                     u"Undertake a monthly review call with all 40 key accounts"},
                    KeyResultVerdict::Output, CoachCode::OutputVerb);
}

TEST_CASE("An objective's object should decide between a project and a quality to reach", "[coach]")
{
    checkObjectives({u"Build a world-class support team", u"Deliver an exceptional onboarding experience",
                     u"To build the most efficient team of healthcare professionals",
                     u"Build a culture of trust and support", u"Maintain realistic hiring plans"},
                    ObjectiveVerdict::Good);
    checkObjectives({u"Build a support team", u"Design, create and launch a new feature",
                     u"Create and launch a loyalty programme", u"Develop a remote on-boarding process",
                     u"Create a data driven planning process", u"Educate residents in behaviours that reduce waste",
                     u"Measure and communicate impact"},
                    ObjectiveVerdict::Task);
    // A number written in words, a target met, or a measure on its own.
    checkObjectives({u"Double the monthly recurring revenue", u"Grow incremental ACV according to plan", u"Net new ARR"},
                    ObjectiveVerdict::Metric);
}

TEST_CASE("The counted work should be named in a sentence that agrees with it", "[coach]")
{
    const auto suggestion = [](QStringView text) {
        for (const CoachFlag &flag : Coach().reviewKeyResult(text).flags) {
            if (flag.code == QLatin1String(CoachCode::CountsOwnTasks))
                return flag.suggestion;
        }
        return QString();
    };
    CHECK(suggestion(u"Write 10 blog posts").startsWith(QStringLiteral("Ask why those blog posts matter")));
    CHECK(suggestion(u"Publish 1 report per month").startsWith(QStringLiteral("Ask why that report matters")));
    CHECK(suggestion(u"Document 3 processes").startsWith(QStringLiteral("Ask why those processes matter")));
    CHECK(suggestion(u"Reports published: 4").startsWith(QStringLiteral("Ask why those reports matter")));
    // Only the counted noun: the rest of the key result would not fit the sentence.
    CHECK_FALSE(suggestion(u"Hold 3 workshops in Berlin").contains(QStringLiteral("Berlin")));
}

TEST_CASE("What the organisation's people feel is a result; what is done for them, and things built, are work",
          "[coach]")
{
    checkKeyResults({u"75% of team members are confident they have the knowledge they need",
                     u"90% of engineers use the new deployment pipeline"},
                    KeyResultVerdict::Outcome);
    checkKeyResults({u"95% of employees are confirmed into their salary band", u"Generate 50 customer testimonials",
                     u"Complete 100% of performance reviews", u"Rebrand 85% of material in the resource library"},
                    KeyResultVerdict::Output, CoachCode::CountsOwnTasks);
    // A product stays a project however good it is to be; a team or an experience with a quality is a direction.
    checkObjectives({u"Build World-Class Product", u"Build lightning-fast, scalable platform",
                     u"Explore funding options", u"Refresh the homepage"},
                    ObjectiveVerdict::Task);
    checkObjectives({u"Build a world-class support team", u"Grow signups, revenue and retention"},
                    ObjectiveVerdict::Good);
}
