#include "core/io/ExchangeSample.h"

ExchangeData sampleExchangeData()
{
    ExchangeData data;
    data.teams = {{1, NoId, QStringLiteral("Acme")}, {2, 1, QStringLiteral("Support, \"EMEA\"")}};
    Cycle annual{1, QStringLiteral("2026"), QDate(2026, 1, 1), QDate(2026, 12, 31), CycleState::Active, true};
    Cycle quarter{2, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Closed, false};
    data.cycles = {annual, quarter};

    Objective company;
    company.id = 1;
    company.cycleId = 1;
    company.teamId = 1;
    company.title = QStringLiteral("Grow the business");
    Objective team;
    team.id = 2;
    team.cycleId = 2;
    team.teamId = 2;
    team.parentId = 1;
    team.title = QStringLiteral("Delight customers, every day");
    team.description = QStringLiteral("Line one\nline two");
    team.commitment = Commitment::Aspirational;
    team.weight = 2.5;
    team.grade = 0.7;
    team.gradeNote = QStringLiteral("Agreed in review");
    data.objectives = {company, team};

    KeyResult responseTime;
    responseTime.id = 1;
    responseTime.objectiveId = 2;
    responseTime.title = QStringLiteral("Reduce response time from 5h to 1h");
    responseTime.start = 5;
    responseTime.target = 1;
    responseTime.current = 3.25;
    responseTime.unit = MeasureUnit::Time;
    responseTime.unitLabel = QStringLiteral("h");
    responseTime.kind = KeyResultKind::Decrease;
    responseTime.owner = QStringLiteral("Jonas Weber");
    KeyResult crashFree;
    crashFree.id = 2;
    crashFree.objectiveId = 2;
    crashFree.title = QStringLiteral("Keep crash-free sessions above 99.5%");
    crashFree.description = QStringLiteral("Weekly, all platforms");
    crashFree.start = 99.6;
    crashFree.target = 99.5;
    crashFree.unit = MeasureUnit::Percent;
    crashFree.unitLabel = QStringLiteral("%");
    crashFree.kind = KeyResultKind::KeepAbove;
    crashFree.weight = 0.5;
    crashFree.commitment = Commitment::Aspirational;
    data.keyResults = {responseTime, crashFree};

    Initiative faq;
    faq.id = 1;
    faq.keyResultId = 1;
    faq.title = QStringLiteral("Write the FAQ");
    faq.owner = QStringLiteral("Jonas Weber");
    faq.status = InitiativeStatus::InProgress;
    faq.due = QDate(2026, 8, 14);
    data.initiatives = {faq};

    CheckIn checkIn;
    checkIn.teamId = 2;
    checkIn.week = IsoWeek{2026, 30};
    checkIn.updates = {{1, 3.25, Confidence::AtRisk, QStringLiteral("Weekend tickets")}};
    checkIn.items = {
        {QStringLiteral("Jonas Weber"), PlanItemKind::Plan, QStringLiteral("Publish ten answers"), 1, false},
        {QStringLiteral("Aisha Bello"), PlanItemKind::Problem, QStringLiteral("Tool limits"), NoId, true}};
    checkIn.lessons = QStringLiteral("Stock answers help");
    checkIn.nextPriorities = QStringLiteral("Ship the FAQ");
    data.checkIns = {checkIn};

    Kpi churn;
    churn.teamId = 2;
    churn.name = QStringLiteral("Monthly churn");
    churn.unitLabel = QStringLiteral("%");
    churn.target = 2;
    churn.trend = PreferredTrend::LowerIsBetter;
    churn.values = {{QDate(2026, 7, 3), 3.1}, {QDate(2026, 7, 10), 3.05}};
    data.kpis = {churn};

    data.teamReviews = {{2, 2, QStringLiteral("Good"), QStringLiteral("Check-ins"), QStringLiteral("Too much"),
                         QStringLiteral("Start small"), QStringLiteral("Focus")}};
    return data;
}
