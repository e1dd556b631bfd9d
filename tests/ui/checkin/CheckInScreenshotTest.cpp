#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "history/KeyResultHistoryView.h"
#include "history/TeamNotesView.h"
#include "sample/DemoCompany.h"
#include "storage/Repository.h"

#include <QDir>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Not run by default: writes PNGs of the check-in widgets on the demo document into $QUARTERDECK_SCREENSHOTS, to be
// looked at under a real X server, e.g. xvfb-run -a -s "-screen 0 1600x1000x24" quarterdeck_ui_tests "[screenshot]".
TEST_CASE("Screenshots of the check-in widgets on the demo document", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("QUARTERDECK_SCREENSHOTS", QDir::tempPath());
    QTemporaryDir documentFolder;
    const auto session = DocumentSession::create(documentFolder.filePath(QStringLiteral("demo.okr")));
    Repository &repository = session->repository();
    DemoCompany::write(repository, QDate::currentDate());
    const Id salesId = repository.teams().byName(QStringLiteral("Sales"))->id;

    CheckInDialog dialog(*session);
    dialog.setTeamAndWeek(salesId, CheckInService(repository).defaultWeek().previous());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.grab().save(QDir(folder).filePath(QStringLiteral("checkin-dialog.png"))));
    const QList<QLineEdit *> values =
        dialog.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^newValue-")));
    REQUIRE_FALSE(values.isEmpty());
    QLineEdit *firstValue = values.first();
    REQUIRE(firstValue);
    firstValue->setText(QStringLiteral("5,6 leads"));
    CHECK(dialog.grab().save(QDir(folder).filePath(QStringLiteral("checkin-dialog-error.png"))));

    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().active()->id);
    const Id keyResultId =
        plan.keyResults.at(plan.keyResultsOf(plan.objectives.at(plan.objectivesOfTeam(salesId).first()).id).first()).id;
    ShownPlan shownPlan;
    shownPlan.setRepository(&repository);
    shownPlan.showCycle(repository.cycles().active()->id);
    KeyResultHistoryView history(*session, shownPlan);
    history.setKeyResult(keyResultId);
    history.resize(900, 700);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    CHECK(history.grab().save(QDir(folder).filePath(QStringLiteral("keyresult-history.png"))));

    TeamNotesView notes(*session);
    notes.setTeam(salesId);
    notes.resize(900, 700);
    notes.show();
    REQUIRE(QTest::qWaitForWindowExposed(&notes));
    CHECK(notes.grab().save(QDir(folder).filePath(QStringLiteral("team-notes.png"))));
}
