#include "sample/DemoCompany.h"

#include "model/Quarter.h"
#include "sample/CheckInSimulator.h"
#include "scoring/ProgressRollUp.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace {

struct DemoKeyResult {
    const char *title;
    double start;
    double target;
    MeasureUnit unit;
    const char *unitLabel;
    KeyResultKind kind;
    const char *owner;
};

struct DemoInitiative {
    int keyResult; // index into the objective's key results
    const char *title;
    const char *owner;
    InitiativeStatus status;
};

struct DemoObjective {
    const char *team;
    const char *title;
    Commitment commitment;
    QList<DemoKeyResult> keyResults;
    QList<DemoInitiative> initiatives;
    bool aligned = true; // contributes to the company objective; false: the team's own
};

// What a team's people write in their weekly Plans / Problems, and what they learn.
struct DemoTeamNotes {
    const char *team;
    QList<const char *> people;
    QList<const char *> plans; // the n-th plan links to key result n % count
    QList<const char *> problems;
    QList<const char *> lessons;
};

const char *const companyName = "Northwind Labs";
const char *const companyTeam = "Northwind Labs";
const QList<const char *> teamNames{"Marketing", "Product", "Sales", "Customer Success"};

constexpr auto Number = MeasureUnit::Number;
constexpr auto Percent = MeasureUnit::Percent;
constexpr auto Currency = MeasureUnit::Currency;
constexpr auto Time = MeasureUnit::Time;
constexpr auto Rating = MeasureUnit::Rating;
constexpr auto Increase = KeyResultKind::Increase;
constexpr auto Decrease = KeyResultKind::Decrease;
constexpr auto KeepAbove = KeyResultKind::KeepAbove;
constexpr auto KeepBelow = KeyResultKind::KeepBelow;

// Seed 003, "COMPANY LEVEL QUARTERLY OBJECTIVE" and its Customer Success example.
const QList<DemoObjective> currentQuarter{
    {"Marketing",
     "Leverage “social proof” to increase credibility and improve reputation",
     Commitment::Aspirational,
     {{"Get at least 15,000 views on our testimonials page", 2400, 15000, Number, "views", Increase, "Maya Chen"},
      {"Reach an average click-through rate of 20% in the communication campaign", 6, 20, Percent, "%", Increase,
       "Tom Okafor"},
      {"Increase the number of shares on LinkedIn from 30 to 1000", 30, 1000, Number, "shares", Increase, "Maya Chen"},
      {"Reduce an average acquisition cost per customer from $100 to $20", 100, 20, Currency, "$", Decrease,
       "Tom Okafor"}},
     {{0, "Partner up with thought leaders to promote our testimonials page", "Maya Chen",
       InitiativeStatus::InProgress},
      {0, "Reach out to power users and ask to share their success stories in video format", "Tom Okafor",
       InitiativeStatus::Done},
      {2, "Brainstorm ideas for LinkedIn marketing", "Maya Chen", InitiativeStatus::Planned}}},
    {"Product",
     "Increase engagement in our product",
     Commitment::Committed,
     {{"Increase average session duration from 10 min to 25 min", 10, 25, Time, "min", Increase, "Priya Raman"},
      {"Analyze competitor's offering and implement top 3 improvement ideas", 0, 3, Number, "ideas", Increase,
       "Lukas Berg"},
      {"Increase average daily activity per user by 12%", 0, 12, Percent, "%", Increase, "Priya Raman"}},
     {{1, "Make a list to compare our product with the competitor and brainstorm ideas for improvement", "Lukas Berg",
       InitiativeStatus::Done},
      {0, "Reach out to loyal customers and ask for feedback", "Priya Raman", InitiativeStatus::InProgress},
      {2, "Design and launch a “wow” feature to ignite discussions and trigger customer engagement", "Lukas Berg",
       InitiativeStatus::InProgress}}},
    {"Sales",
     "Personalize sales approach and nurture new potential customers better",
     Commitment::Committed,
     {{"Increase the number of touchpoints with a new lead from 3 to 6", 3, 6, Number, "touchpoints", Increase,
       "Sofia Alvarez"},
      {"Increase follow up email open rate from 14% to 45%", 14, 45, Percent, "%", Increase, "Daniel Kim"},
      {"Reach 8/10 average score on customer satisfaction survey with at least 100 responses", 6.4, 8, Rating, "/10",
       Increase, "Sofia Alvarez"}},
     {{0, "Update the customer journey map to improve the nurturing process", "Sofia Alvarez", InitiativeStatus::Done},
      {1, "Take a course on best practice email approaches and consult with the Marketing team", "Daniel Kim",
       InitiativeStatus::InProgress},
      {2, "Create different offers for different use cases, review the sales pitch", "Sofia Alvarez",
       InitiativeStatus::Planned}}},
    {"Customer Success",
     "Increase engagement with new paying customers",
     Commitment::Aspirational,
     {{"Increase open rate of our in-product communication from 4% to 15%", 4, 15, Percent, "%", Increase,
       "Aisha Bello"},
      {"Increase the number of follow-up meetings booked from 7 to 21 per week", 7, 21, Number, "meetings/week",
       Increase, "Jonas Weber"},
      {"Achieve service quality rating 9 out of 10 based on the post-meeting anonymous poll", 7.2, 9, Rating, "/10",
       Increase, "Aisha Bello"},
      {"Reduce average response time from 5h to 1h", 5, 1, Time, "h", Decrease, "Jonas Weber"}},
     {{0, "Analyse open rates from the previous quarter and draft new copies for in-app messages", "Aisha Bello",
       InitiativeStatus::Done},
      {0, "Personalize outgoing communications", "Aisha Bello", InitiativeStatus::InProgress},
      {3, "Create a high quality FAQ section and stock answers to speed up responses", "Jonas Weber",
       InitiativeStatus::InProgress},
      {2, "Survey our high engagement customers to ask what they like in our services", "Jonas Weber",
       InitiativeStatus::Planned}}},
    // A team's own objective beside the company's: the tree groups it under the team.
    {"Product",
     "Make our product fast and dependable",
     Commitment::Committed,
     {{"Reduce median page load time from 2.4 s to 1.2 s", 2.4, 1.2, Time, "s", Decrease, "Lukas Berg"},
      {"Keep weekly crash-free sessions above 99.5%", 99.7, 99.5, Percent, "%", KeepAbove, "Lukas Berg"}},
     {{0, "Serve images from the CDN in the sizes each screen needs", "Lukas Berg", InitiativeStatus::InProgress}},
     false},
};

const QList<DemoObjective> previousQuarter{
    {"Marketing",
     "Build a recognisable brand in our niche",
     Commitment::Aspirational,
     {{"Increase organic website visitors from 8,000 to 20,000 per month", 8000, 20000, Number, "visitors", Increase,
       "Maya Chen"},
      {"Grow newsletter subscribers from 1,200 to 3,000", 1200, 3000, Number, "subscribers", Increase, "Tom Okafor"}},
     {{0, "Publish a long-form guide every second week", "Maya Chen", InitiativeStatus::Done}}},
    {"Product",
     "Make onboarding effortless",
     Commitment::Committed,
     {{"Increase activation rate from 35% to 60%", 35, 60, Percent, "%", Increase, "Priya Raman"},
      {"Reduce time to first report from 20 min to 5 min", 20, 5, Time, "min", Decrease, "Lukas Berg"},
      {"Keep weekly crash-free sessions above 99.5%", 99.6, 99.5, Percent, "%", KeepAbove, "Lukas Berg"}},
     {{0, "Redesign the first-run checklist", "Priya Raman", InitiativeStatus::Done},
      {1, "Ship report templates for the five most common questions", "Lukas Berg", InitiativeStatus::Done}}},
    {"Sales",
     "Build a predictable pipeline",
     Commitment::Committed,
     {{"Increase qualified opportunities from 40 to 80 per month", 40, 80, Number, "opportunities", Increase,
       "Daniel Kim"},
      {"Increase win rate from 18% to 25%", 18, 25, Percent, "%", Increase, "Sofia Alvarez"}},
     {{0, "Run a weekly pipeline review with Marketing", "Daniel Kim", InitiativeStatus::Done}}},
    {"Customer Success",
     "Keep our customers for the long run",
     Commitment::Aspirational,
     {{"Reduce monthly churn from 3% to 1.5%", 3, 1.5, Percent, "%", Decrease, "Aisha Bello"},
      {"Increase NPS from 25 to 40", 25, 40, Number, "NPS", Increase, "Jonas Weber"},
      {"Keep first response time below 4 hours", 3.5, 4, Time, "h", KeepBelow, "Jonas Weber"}},
     {{0, "Call every account at risk within a week of the signal", "Aisha Bello", InitiativeStatus::Done}}},
};

const QList<DemoTeamNotes> teamNotes{
    {"Marketing",
     {"Maya Chen", "Tom Okafor"},
     {"Publish two customer video testimonials", "A/B test the campaign subject lines",
      "Draft three LinkedIn posts with customer quotes", "Review ad spend per channel with finance",
      "Interview a thought leader for the blog", "Refresh the landing page hero copy"},
     {"Video editing is taking longer than planned", "Two partners postponed their posts",
      "Ad platform reporting lags by three days"},
     {"Short customer videos outperform long case studies", "Posting on Tuesday mornings doubles the reach"}},
    {"Product",
     {"Priya Raman", "Lukas Berg"},
     {"Ship the saved-views prototype to ten customers", "Finish the competitor comparison matrix",
      "Instrument session length per feature", "Interview five loyal customers", "Prototype the activity feed"},
     {"Analytics events were missing on mobile", "The prototype needs a security review before release"},
     {"Customers value fewer clicks more than new features", "Instrument first, then build"}},
    {"Sales",
     {"Sofia Alvarez", "Daniel Kim"},
     {"Rewrite the follow-up email sequence", "Map the touchpoints of the last twenty deals",
      "Run the customer satisfaction survey", "Pair with Marketing on the nurture campaign",
      "Review the sales pitch with two top reps"},
     {"Survey response rate is low so far", "The CRM sequence tool hit its sending limit"},
     {"Personal subject lines beat templates", "Calls booked within a day convert twice as often"}},
    {"Customer Success",
     {"Aisha Bello", "Jonas Weber"},
     {"Draft new in-app message copies", "Publish ten FAQ answers", "Set up the post-meeting poll",
      "Review response times per channel", "Call five new customers about onboarding"},
     {"The in-app messaging tool limits segments", "Weekend tickets push the response time up"},
     {"Stock answers cut response time without hurting ratings", "New customers prefer short calls"}},
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct DemoContext {
    Repository &repository;
    QDate today;
    CheckInSimulator simulator;
    QHash<QString, Id> teamIds;
};

QList<KeyResult> writeObjective(DemoContext &context, const DemoObjective &demo, const Cycle &cycle, Id parentId)
{
    Objective objective;
    objective.cycleId = cycle.id;
    objective.teamId = context.teamIds.value(text(demo.team));
    objective.parentId = parentId;
    objective.title = text(demo.title);
    objective.commitment = demo.commitment;
    objective.position = -1;
    objective.id = context.repository.plan().addObjective(objective);

    QList<KeyResult> keyResults;
    for (const DemoKeyResult &demoKeyResult : demo.keyResults) {
        KeyResult keyResult;
        keyResult.objectiveId = objective.id;
        keyResult.title = text(demoKeyResult.title);
        keyResult.start = demoKeyResult.start;
        keyResult.target = demoKeyResult.target;
        keyResult.unit = demoKeyResult.unit;
        keyResult.unitLabel = text(demoKeyResult.unitLabel);
        keyResult.kind = demoKeyResult.kind;
        keyResult.owner = text(demoKeyResult.owner);
        keyResult.commitment = demo.commitment;
        keyResult.position = -1;
        keyResult.addedOn = cycle.start; // planned with the cycle, not added late
        keyResult.id = context.repository.plan().addKeyResult(keyResult);
        keyResults.append(keyResult);
    }
    for (const DemoInitiative &demoInitiative : demo.initiatives) {
        Initiative initiative;
        initiative.keyResultId = keyResults.at(demoInitiative.keyResult).id;
        initiative.title = text(demoInitiative.title);
        initiative.owner = text(demoInitiative.owner);
        initiative.status = demoInitiative.status;
        initiative.position = -1;
        context.repository.plan().addInitiative(initiative);
    }
    return keyResults;
}

// The team's weekly Plans / Progress / Problems: last week's plans come back as progress when done, or again as
// plans when not (carry-over).
QList<PlanItem> weeklyNotes(DemoContext &context, const DemoTeamNotes &notes, const QList<KeyResult> &keyResults,
                            int week, QList<PlanItem> &openPlans)
{
    QRandomGenerator &random = context.simulator.random();
    QList<PlanItem> items;
    QList<PlanItem> stillOpen;
    for (PlanItem plan : std::as_const(openPlans)) {
        if (random.bounded(10) < 7) {
            plan.kind = PlanItemKind::Progress;
            plan.done = true;
            items.append(plan);
        } else {
            stillOpen.append(plan);
        }
    }
    for (qsizetype person = 0; person < notes.people.size(); ++person) {
        const QString name = text(notes.people.at(person));
        for (const PlanItem &carried : std::as_const(stillOpen)) {
            if (carried.person == name)
                items.append(carried);
        }
        const qsizetype planIndex = (week * 2 + person) % notes.plans.size();
        PlanItem plan;
        plan.person = name;
        plan.text = text(notes.plans.at(planIndex));
        plan.keyResultId = keyResults.at(planIndex % keyResults.size()).id;
        items.append(plan);
        if (random.bounded(3) == 0) {
            PlanItem problem;
            problem.person = name;
            problem.kind = PlanItemKind::Problem;
            problem.text = text(notes.problems.at(random.bounded(notes.problems.size())));
            items.append(problem);
        }
    }
    openPlans.clear();
    for (const PlanItem &item : std::as_const(items)) {
        if (item.kind == PlanItemKind::Plan)
            openPlans.append(item);
    }
    return items;
}

void writeCheckIns(DemoContext &context, const Cycle &cycle, const DemoTeamNotes &notes,
                   const QList<KeyResult> &keyResults)
{
    const auto totalWeeks = static_cast<int>(cycle.checkInWeeks().size());
    const QList<IsoWeek> cycleWeeks = cycle.checkInWeeksBegun(context.today);
    const auto weeks = static_cast<int>(cycleWeeks.size());

    QList<QList<double>> values;
    for (const KeyResult &keyResult : keyResults)
        values.append(
            context.simulator.weeklyValues(keyResult, context.simulator.drawPace(totalWeeks), weeks, totalWeeks));
    QList<PlanItem> openPlans;
    for (int index = 0; index < weeks; ++index) {
        CheckIn checkIn = context.simulator.checkInWithUpdates(cycle, context.teamIds.value(text(notes.team)),
                                                               cycleWeeks.at(index), index, keyResults, values);
        for (KeyResultUpdate &update : checkIn.updates) {
            if (update.confidence != Confidence::OnTrack)
                update.comment = QCoreApplication::translate("DemoCompany", "Behind plan; see this week's problems.");
        }
        checkIn.items = weeklyNotes(context, notes, keyResults, index, openPlans);
        if (index % 3 == 2)
            checkIn.lessons = text(notes.lessons.at((index / 3) % notes.lessons.size()));
        checkIn.nextPriorities = text(notes.plans.at((index * 2 + 2) % notes.plans.size()));
        context.repository.checkIns().save(checkIn);
    }
}

Id writeCycle(DemoContext &context, const Cycle &quarter, CycleState state, const char *companyObjective,
              const QList<DemoObjective> &objectives)
{
    Cycle cycle = quarter;
    cycle.state = state;
    cycle.id = context.repository.cycles().add(cycle);

    Objective company;
    company.cycleId = cycle.id;
    company.teamId = context.teamIds.value(text(companyTeam));
    company.title = text(companyObjective);
    company.position = -1;
    company.id = context.repository.plan().addObjective(company);

    // A team checks in once a week for all its key results, whichever objective they belong to.
    QHash<QString, QList<KeyResult>> keyResultsOfTeam;
    for (const DemoObjective &demo : objectives)
        keyResultsOfTeam[text(demo.team)] += writeObjective(context, demo, cycle, demo.aligned ? company.id : NoId);
    for (const DemoTeamNotes &notes : teamNotes) {
        const QList<KeyResult> keyResults = keyResultsOfTeam.value(text(notes.team));
        if (!keyResults.isEmpty())
            writeCheckIns(context, cycle, notes, keyResults);
    }
    return cycle.id;
}

void gradePreviousQuarter(DemoContext &context, Id cycleId)
{
    const CyclePlan plan = context.repository.queries().loadCyclePlan(cycleId);
    const ProgressRollUp rollUp(plan);
    for (Objective objective : plan.objectives) {
        objective.grade = Scoring::proposedGrade(rollUp.objective(objective.id));
        objective.gradeNote = QCoreApplication::translate("DemoCompany", "Proposed from progress; agreed in review.");
        context.repository.plan().updateObjective(objective);
    }
    const QList<const char *> performance{
        "Strong start, slowed down after the summer break.", "Delivered the committed part; the stretch was too far.",
        "Good quarter: the pipeline is finally predictable.", "Churn improved; NPS moved less than hoped."};
    for (qsizetype index = 0; index < teamNames.size(); ++index) {
        TeamReview review;
        review.cycleId = cycleId;
        review.teamId = context.teamIds.value(text(teamNames.at(index)));
        review.performance = text(performance.at(index));
        review.worked = QCoreApplication::translate("DemoCompany", "Weekly check-ins kept the key results visible.");
        review.failed =
            QCoreApplication::translate("DemoCompany", "We planned too many initiatives and finished few of them.");
        review.startStopContinue = QCoreApplication::translate(
            "DemoCompany", "Start: fewer, bigger bets. Stop: status meetings. Continue: Friday demos.");
        review.lessons = text(teamNotes.at(index).lessons.first());
        context.repository.reviews().save(review);
    }
}

void writeKpis(DemoContext &context)
{
    struct DemoKpi {
        const char *team;
        const char *name;
        const char *unit;
        double target;
        PreferredTrend trend;
        double first;
        double weeklyChange;
    };
    const QList<DemoKpi> kpis{
        {"Northwind Labs", "Monthly recurring revenue", "$", 250000, PreferredTrend::HigherIsBetter, 180000, 2500},
        {"Marketing", "Qualified leads per month", "leads", 2000, PreferredTrend::HigherIsBetter, 1950, -20},
        {"Customer Success", "Customer meetings per quarter", "meetings", 100, PreferredTrend::HigherIsBetter, 80, 1.5},
        {"Customer Success", "Monthly churn", "%", 2, PreferredTrend::LowerIsBetter, 3.1, -0.04},
    };
    QRandomGenerator &random = context.simulator.random();
    for (const DemoKpi &demo : kpis) {
        Kpi kpi;
        kpi.teamId = context.teamIds.value(text(demo.team));
        kpi.name = text(demo.name);
        kpi.unitLabel = text(demo.unit);
        kpi.target = demo.target;
        kpi.trend = demo.trend;
        const Id kpiId = context.repository.kpis().add(kpi);
        for (int week = 26; week >= 0; --week) {
            const double value = demo.first + demo.weeklyChange * (26 - week) +
                                 (random.generateDouble() - 0.5) * std::abs(demo.weeklyChange) * 3;
            context.repository.kpis().addValue(kpiId,
                                               {context.today.addDays(-7 * week), std::round(value * 100) / 100});
        }
    }
}

} // namespace

Cycle DemoCompany::activeQuarter(QDate today)
{
    const Cycle current = Quarter::containing(today);
    return current.checkInWeeksBegun(today).size() >= 8 ? current : Quarter::preceding(current);
}

void DemoCompany::write(Repository &repository, QDate today)
{
    repository.document().transaction([&] {
        DemoContext context{repository, today, CheckInSimulator(20261123), {}};
        Team company;
        company.name = text(companyName);
        const Id companyId = repository.teams().add(company);
        context.teamIds.insert(company.name, companyId);
        for (const char *name : teamNames) {
            Team team;
            team.parentId = companyId;
            team.name = text(name);
            context.teamIds.insert(team.name, repository.teams().add(team));
        }

        const Cycle active = activeQuarter(today);
        // The previous quarter runs, is graded, then closes, as it did in life.
        const Id previousId = writeCycle(context, Quarter::preceding(active), CycleState::Active,
                                         "Win the trust of mid-sized customers", previousQuarter);
        gradePreviousQuarter(context, previousId);
        Cycle previous = *repository.cycles().byId(previousId);
        previous.state = CycleState::Closed;
        repository.cycles().update(previous);
        writeCycle(context, active, CycleState::Active, "Increase the competitive strength of our product",
                   currentQuarter);
        writeKpis(context);
    });
}
