#include "ui/support/CheckInUiFixture.h"

CheckInUiFixture::CheckInUiFixture()
{
    companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    salesId = repository.teams().add({NoId, companyId, QStringLiteral("Sales")});
    const QDate today = QDate::currentDate();
    cycleId = repository.cycles().add(
        {NoId, QStringLiteral("Live quarter"), today.addDays(-63), today.addDays(28), CycleState::Active, false});
    Objective objective;
    objective.cycleId = cycleId;
    objective.teamId = salesId;
    objective.title = QStringLiteral("Customers love us");
    objective.position = -1;
    const Id objectiveId = repository.plan().addObjective(objective);
    KeyResult nps;
    nps.objectiveId = objectiveId;
    nps.title = QStringLiteral("Raise NPS from 20 to 50");
    nps.start = 20;
    nps.target = 50;
    nps.unitLabel = QStringLiteral("points");
    nps.position = -1;
    npsId = repository.plan().addKeyResult(nps);
    KeyResult churn = nps;
    churn.title = QStringLiteral("Cut churn from 10% to 5%");
    churn.start = 10;
    churn.target = 5;
    churn.unitLabel = QStringLiteral("%");
    churn.kind = KeyResultKind::Decrease;
    churnId = repository.plan().addKeyResult(churn);

    CheckIn previous{NoId, salesId, lastWeek, {{npsId, 30, Confidence::AtRisk, QStringLiteral("Slow replies")}},
                     {},   {},      {}};
    previous.items = {
        {QStringLiteral("Ana"), PlanItemKind::Plan, QStringLiteral("Interview five churned customers"), churnId, false},
        {QStringLiteral("Bo"), PlanItemKind::Progress, QStringLiteral("Sent the NPS survey"), npsId, true},
    };
    repository.checkIns().save(previous);

    shownPlan.setRepository(&repository);
    shownPlan.showCycle(cycleId);
    QObject::connect(session.get(), &DocumentSession::changed, &shownPlan, &ShownPlan::followChange);
}
