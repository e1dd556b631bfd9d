#include "support/CatchQt.h"

#include "document/DocumentSession.h"
#include "kpi/KpiView.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"
#include "wizard/OkrWizard.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

// The Acme window with one KPI behind its target (80 leads of at least 100) of `teamName` (null: company-wide),
// its KPI window open and that KPI selected.
struct BehindKpi : AcmeWindow {
    Repository &repository = window.session()->repository();
    KpiView *view = nullptr;

    explicit BehindKpi(const char *teamName)
    {
        repository.kpis().add({NoId,
                               teamName ? teamNamed(teamName) : NoId,
                               QStringLiteral("Qualified leads"),
                               QStringLiteral("leads"),
                               100,
                               PreferredTrend::HigherIsBetter,
                               {{QDate(2026, 8, 7), 80}}});
        auto *showKpis = window.findChild<QAction *>(QStringLiteral("actionKpis"));
        REQUIRE(showKpis);
        showKpis->trigger();
        view = window.findChild<KpiView *>();
        REQUIRE(view);
        auto *table = view->findChild<QTableView *>(QStringLiteral("kpiTable"));
        REQUIRE(table);
        table->selectRow(0);
    }

    Id teamNamed(const char *name) const
    {
        const std::optional<Team> team = repository.teams().byName(QLatin1String(name));
        REQUIRE(team);
        return team->id;
    }

    // Clicks Write an Objective… in the KPI window: the wizard it opens.
    OkrWizard *seed() const
    {
        auto *button = view->findChild<QPushButton *>(QStringLiteral("seedObjective"));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *wizard = window.findChild<OkrWizard *>();
        REQUIRE(wizard);
        REQUIRE(wizard->isVisible());
        return wizard;
    }
};

void click(OkrWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("A KPI behind its target should open the wizard for its team with a title to start from", "[ui][kpi][wizard]")
{
    BehindKpi acme("Sales");
    const Id salesId = acme.teamNamed("Sales");
    const Id shownCycle = acme.repository.cycles().active()->id;

    OkrWizard *wizard = acme.seed();
    CHECK(wizard->currentId() == OkrWizard::WherePage);
    OkrDraft draft = wizard->draft();
    CHECK(draft.objective.cycleId == shownCycle);
    CHECK(draft.objective.teamId == salesId);
    CHECK(draft.objective.title == QStringLiteral("Get qualified leads back on track"));

    click(wizard, QWizard::NextButton);
    auto *text = wizard->findChild<QLineEdit *>(QStringLiteral("wizardObjectiveText"));
    REQUIRE(text);
    CHECK(text->text() == QStringLiteral("Get qualified leads back on track"));
    for (int page = OkrWizard::ObjectivePage; page < OkrWizard::SummaryPage; ++page)
        click(wizard, QWizard::NextButton);
    click(wizard, QWizard::FinishButton);

    const std::unique_ptr<Document> document = Document::open(acme.path);
    const CyclePlan stored = PlanQueries(*document).loadCyclePlan(shownCycle);
    const auto written = std::find_if(stored.objectives.cbegin(), stored.objectives.cend(), [](const Objective &o) {
        return o.title == QStringLiteral("Get qualified leads back on track");
    });
    REQUIRE(written != stored.objectives.cend());
    CHECK(written->teamId == salesId);
    CHECK(acme.window.session()->undoStack()->count() == 1);
}

TEST_CASE("A company-wide KPI behind its target should seed an objective of the company", "[ui][kpi][wizard]")
{
    BehindKpi acme(nullptr);
    OkrWizard *wizard = acme.seed();
    CHECK(wizard->draft().objective.teamId == acme.teamNamed("Acme"));
    CHECK(wizard->draft().objective.title == QStringLiteral("Get qualified leads back on track"));
}

TEST_CASE("Undo in the KPI window should take back a KPI edit from the document's undo stack", "[ui][kpi]")
{
    BehindKpi acme("Sales");
    RecordedMessages messages; // the question before removing a KPI with values: yes
    auto *table = acme.view->findChild<QTableView *>(QStringLiteral("kpiTable"));
    // qWaitForWindowActive would not wait: the KPI window shares activation with the main window.
    acme.view->activateWindow();
    REQUIRE(QTest::qWaitFor([&acme] { return QApplication::activeWindow() == acme.view; }));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    REQUIRE(acme.repository.kpis().all().isEmpty());
    CHECK(acme.window.session()->undoStack()->count() == 1);

    QTest::keyClick(acme.view, Qt::Key_Z, Qt::ControlModifier);
    const QList<Kpi> kpis = acme.repository.kpis().all();
    REQUIRE(kpis.size() == 1);
    CHECK(kpis.first().values.size() == 1);
    CHECK(table->model()->rowCount() == 1);
}
