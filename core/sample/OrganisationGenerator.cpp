#include "sample/OrganisationGenerator.h"

#include "model/Quarter.h"
#include "sample/CheckInSimulator.h"
#include "sample/DemoCompany.h"
#include "scoring/Scoring.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {

struct MeasureTemplate {
    const char *measure;
    MeasureUnit unit;
    const char *unitLabel;
    KeyResultKind kind;
    double baseline;
    double change; // target = baseline * change (increase / decrease), or the threshold for maintain
};

const QList<MeasureTemplate> measures{
    {"weekly active users", MeasureUnit::Number, "users", KeyResultKind::Increase, 4000, 1.5},
    {"trial-to-paid conversion", MeasureUnit::Percent, "%", KeyResultKind::Increase, 8, 1.6},
    {"net revenue retention", MeasureUnit::Percent, "%", KeyResultKind::Increase, 96, 1.08},
    {"monthly recurring revenue", MeasureUnit::Currency, "$", KeyResultKind::Increase, 120000, 1.25},
    {"average order value", MeasureUnit::Currency, "$", KeyResultKind::Increase, 80, 1.3},
    {"customer satisfaction score", MeasureUnit::Rating, "/10", KeyResultKind::Increase, 7.1, 1.18},
    {"NPS", MeasureUnit::Number, "NPS", KeyResultKind::Increase, 22, 1.6},
    {"qualified leads per month", MeasureUnit::Number, "leads", KeyResultKind::Increase, 900, 1.4},
    {"feature adoption among new accounts", MeasureUnit::Percent, "%", KeyResultKind::Increase, 30, 1.5},
    {"monthly churn", MeasureUnit::Percent, "%", KeyResultKind::Decrease, 3.2, 0.6},
    {"median page load time", MeasureUnit::Time, "ms", KeyResultKind::Decrease, 1800, 0.5},
    {"average first response time", MeasureUnit::Time, "h", KeyResultKind::Decrease, 6, 0.4},
    {"cost per acquisition", MeasureUnit::Currency, "$", KeyResultKind::Decrease, 140, 0.7},
    {"open support tickets per 100 customers", MeasureUnit::Number, "tickets", KeyResultKind::Decrease, 18, 0.6},
    {"service uptime", MeasureUnit::Percent, "%", KeyResultKind::KeepAbove, 99.95, 99.9},
    {"error rate of the checkout", MeasureUnit::Percent, "%", KeyResultKind::KeepBelow, 0.4, 0.5},
};

const QList<const char *> objectiveTitles{
    "Delight new customers from their first day",
    "Make our product the fastest in its class",
    "Turn customers into advocates",
    "Build a pipeline we can rely on",
    "Earn the trust of enterprise buyers",
    "Make every release boringly reliable",
    "Grow a community around our product",
    "Win back customers we lost last year",
    "Make pricing simple and fair",
    "Help customers find value without asking us",
    "Become the easiest vendor to work with",
    "Expand into the mid-market confidently",
};

const QList<const char *> companyObjectiveTitles{
    "Increase the competitive strength of our product",
    "Grow revenue efficiently",
    "Be loved by our customers",
    "Build a company people want to join",
    "Operate with excellence at scale",
};

const QList<const char *> initiativeTitles{
    "Interview ten customers about their workflow",
    "Redesign the onboarding checklist",
    "Run an A/B test on the pricing page",
    "Automate the weekly health report",
    "Publish a how-to series",
    "Pair with Sales on the top ten accounts",
    "Fix the top five performance regressions",
    "Launch a referral programme",
    "Train the team on the new playbook",
    "Clean up stale leads in the CRM",
};

const QList<const char *> departmentNames{
    "Engineering", "Marketing", "Sales",  "Customer Success", "Product",  "Design",
    "Data",        "Finance",   "People", "Operations",       "Security", "Partnerships",
};

const QList<const char *> teamWords{"Atlas", "Beacon",  "Comet", "Delta", "Ember",    "Falcon", "Glacier", "Harbor",
                                    "Iris",  "Juniper", "Kite",  "Lumen", "Meridian", "Nimbus", "Orbit",   "Pioneer"};

const QList<const char *> people{"Alex Moreau",  "Bea Lindqvist", "Chidi Obi",   "Dana Levi",   "Emil Novak",
                                 "Fatima Zahra", "Gus Ortega",    "Hana Sato",   "Ivan Petrov", "Jade Wong",
                                 "Kofi Mensah",  "Lena Fischer",  "Mateo Rossi", "Nora Ahmed",  "Oskar Berg"};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

template <typename Item> const Item &pick(QRandomGenerator &random, const QList<Item> &items)
{
    return items.at(random.bounded(items.size()));
}

int between(QRandomGenerator &random, int lowest, int highest)
{
    return lowest + static_cast<int>(random.bounded(highest - lowest + 1));
}

QString formatted(double value)
{
    const bool whole = value == std::round(value);
    return QLocale(QLocale::English).toString(value, 'f', whole ? 0 : (std::abs(value) < 10 ? 2 : 1));
}

KeyResult keyResultFrom(QRandomGenerator &random, const MeasureTemplate &measure)
{
    KeyResult keyResult;
    keyResult.unit = measure.unit;
    keyResult.unitLabel = text(measure.unitLabel);
    keyResult.kind = measure.kind;
    keyResult.owner = text(pick(random, people));
    const double jitter = 0.8 + random.bounded(0.4);
    const QString name = text(measure.measure);
    const QString unitSuffix = measure.unit == MeasureUnit::Percent ? QStringLiteral("%") : QString();
    switch (measure.kind) {
    case KeyResultKind::Increase:
    case KeyResultKind::Decrease: {
        keyResult.start = CheckInSimulator::reported(keyResult, measure.baseline * jitter);
        keyResult.target = CheckInSimulator::reported(keyResult, keyResult.start * measure.change);
        const QString verb =
            measure.kind == KeyResultKind::Increase ? QStringLiteral("Increase") : QStringLiteral("Reduce");
        keyResult.title = QStringLiteral("%1 %2 from %3%5 to %4%5")
                              .arg(verb, name, formatted(keyResult.start), formatted(keyResult.target), unitSuffix);
        break;
    }
    case KeyResultKind::KeepAbove:
    case KeyResultKind::KeepBelow:
        keyResult.start = measure.baseline;
        keyResult.target = measure.change;
        keyResult.title =
            QStringLiteral("Keep %1 %2 %3%4")
                .arg(name, measure.kind == KeyResultKind::KeepAbove ? QStringLiteral("above") : QStringLiteral("below"),
                     formatted(keyResult.target), unitSuffix);
        break;
    }
    return keyResult;
}

class Generator {
public:
    Generator(Repository &repository, const GeneratorSettings &settings)
        : m_repository(repository)
        , m_settings(settings)
        , m_simulator(settings.seed)
    {
    }

    GeneratorSummary run(const std::function<void(int, int)> &progress)
    {
        writeTeams();
        const Cycle quarter = DemoCompany::activeQuarter(m_settings.today);
        QList<Cycle> quarters{quarter};
        while (quarters.size() < m_settings.cycles)
            quarters.prepend(Quarter::preceding(quarters.first()));
        for (qsizetype index = 0; index < quarters.size(); ++index) {
            writeCycle(quarters.at(index), index + 1 == quarters.size());
            if (progress)
                progress(static_cast<int>(index + 1), static_cast<int>(quarters.size()));
        }
        m_summary.cycles = static_cast<int>(quarters.size());
        return m_summary;
    }

private:
    QRandomGenerator &random() { return m_simulator.random(); }

    void writeTeams()
    {
        Team company;
        company.name = QStringLiteral("Example Organisation %1").arg(m_settings.seed);
        m_companyId = m_repository.teams().add(company);
        const int departments = std::max(1, (m_settings.teams + 24) / 25);
        QList<Id> departmentIds;
        for (int index = 0; index < departments; ++index) {
            Team department;
            department.parentId = m_companyId;
            department.name = text(departmentNames.at(index % departmentNames.size()));
            if (index >= departmentNames.size())
                department.name += QStringLiteral(" %1").arg(index / departmentNames.size() + 1);
            departmentIds.append(m_repository.teams().add(department));
        }
        for (int index = 0; index < m_settings.teams; ++index) {
            Team team;
            team.parentId = departmentIds.at(index % departments);
            team.name = QStringLiteral("%1 %2").arg(text(teamWords.at(index % teamWords.size()))).arg(index + 1);
            m_teamIds.append(m_repository.teams().add(team));
        }
        m_summary.teams = m_settings.teams;
    }

    void writeCycle(const Cycle &quarter, bool active)
    {
        Cycle cycle = quarter;
        cycle.state = active ? CycleState::Active : CycleState::Closed;
        cycle.id = m_repository.cycles().add(cycle);

        QList<Id> companyObjectives;
        const int companyCount = between(random(), 3, 5);
        for (int index = 0; index < companyCount; ++index) {
            Objective objective;
            objective.cycleId = cycle.id;
            objective.teamId = m_companyId;
            objective.title = text(companyObjectiveTitles.at(index));
            objective.position = -1;
            companyObjectives.append(m_repository.plan().addObjective(objective));
            ++m_summary.objectives;
        }

        const QList<IsoWeek> weeks = cycle.checkInWeeks().mid(0, 13);
        const QList<IsoWeek> weeksBegun = cycle.checkInWeeksBegun(m_settings.today).mid(0, 13);
        for (const Id teamId : std::as_const(m_teamIds))
            writeTeamCycle(cycle, teamId, companyObjectives, weeksBegun, static_cast<int>(weeks.size()), !active);
    }

    void writeTeamCycle(const Cycle &cycle, Id teamId, const QList<Id> &companyObjectives, const QList<IsoWeek> &weeks,
                        int totalWeeks, bool graded)
    {
        QList<KeyResult> keyResults;
        QList<QList<double>> values;
        const int objectiveCount = between(random(), 1, 3);
        for (int objectiveIndex = 0; objectiveIndex < objectiveCount; ++objectiveIndex) {
            Objective objective;
            objective.cycleId = cycle.id;
            objective.teamId = teamId;
            // Most objectives contribute to a company objective; about one in four after a team's first is the team's
            // own, as in real plans (the tree groups those under the team, the coach asks about them).
            const bool ownObjective = objectiveIndex > 0 && random().bounded(4) == 0;
            objective.parentId = ownObjective ? NoId : pick(random(), companyObjectives);
            objective.title = text(pick(random(), objectiveTitles));
            objective.commitment = random().bounded(3) == 0 ? Commitment::Aspirational : Commitment::Committed;
            objective.position = -1;

            QList<KeyResult> objectiveKeyResults;
            QList<QList<double>> objectiveValues;
            const int keyResultCount = between(random(), 3, 5);
            for (int index = 0; index < keyResultCount; ++index) {
                KeyResult keyResult = keyResultFrom(random(), pick(random(), measures));
                keyResult.commitment = objective.commitment;
                keyResult.position = -1;
                keyResult.addedOn = cycle.start; // planned with the cycle, not added late
                objectiveValues.append(m_simulator.weeklyValues(keyResult, m_simulator.drawPace(totalWeeks),
                                                                static_cast<int>(weeks.size()), totalWeeks));
                if (!objectiveValues.last().isEmpty())
                    keyResult.current = objectiveValues.last().last();
                objectiveKeyResults.append(keyResult);
            }
            if (graded)
                objective.grade = Scoring::proposedGrade(meanProgress(objectiveKeyResults));
            objective.id = m_repository.plan().addObjective(objective);
            ++m_summary.objectives;

            for (KeyResult &keyResult : objectiveKeyResults) {
                keyResult.objectiveId = objective.id;
                keyResult.id = m_repository.plan().addKeyResult(keyResult);
                writeInitiatives(keyResult.id);
            }
            keyResults += objectiveKeyResults;
            values += objectiveValues;
        }
        m_summary.keyResults += static_cast<int>(keyResults.size());
        writeCheckIns(cycle, teamId, weeks, keyResults, values);
    }

    static double meanProgress(const QList<KeyResult> &keyResults)
    {
        const double total =
            std::accumulate(keyResults.cbegin(), keyResults.cend(), 0.0,
                            [](double sum, const KeyResult &keyResult) { return sum + Scoring::progress(keyResult); });
        return keyResults.isEmpty() ? 0.0 : total / static_cast<double>(keyResults.size());
    }

    void writeInitiatives(Id keyResultId)
    {
        const int count = between(random(), 1, 3);
        for (int index = 0; index < count; ++index) {
            Initiative initiative;
            initiative.keyResultId = keyResultId;
            initiative.title = text(pick(random(), initiativeTitles));
            initiative.owner = text(pick(random(), people));
            initiative.status = static_cast<InitiativeStatus>(random().bounded(4));
            initiative.position = -1;
            m_repository.plan().addInitiative(initiative);
            ++m_summary.initiatives;
        }
    }

    void writeCheckIns(const Cycle &cycle, Id teamId, const QList<IsoWeek> &weeks, const QList<KeyResult> &keyResults,
                       const QList<QList<double>> &values)
    {
        for (qsizetype index = 0; index < weeks.size(); ++index) {
            CheckIn checkIn = m_simulator.checkInWithUpdates(cycle, teamId, weeks.at(index), index, keyResults, values);
            PlanItem plan;
            plan.person = text(pick(random(), people));
            plan.text = text(pick(random(), initiativeTitles));
            plan.keyResultId = pick(random(), keyResults).id;
            checkIn.items.append(plan);
            m_repository.checkIns().insert(checkIn); // a new document: every week is new
            ++m_summary.checkIns;
        }
    }

    Repository &m_repository;
    GeneratorSettings m_settings;
    CheckInSimulator m_simulator;
    GeneratorSummary m_summary;
    Id m_companyId = NoId;
    QList<Id> m_teamIds;
};

} // namespace

GeneratorSummary OrganisationGenerator::write(Repository &repository, const GeneratorSettings &settings,
                                              const std::function<void(int, int)> &progress)
{
    GeneratorSummary summary;
    repository.document().transaction([&] { summary = Generator(repository, settings).run(progress); });
    return summary;
}
