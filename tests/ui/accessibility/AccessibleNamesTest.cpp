#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "cycles/CarryOverDialog.h"
#include "cycles/NewCycleDialog.h"
#include "document/DocumentSession.h"
#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "kpi/KpiDialog.h"
#include "kpi/KpiValueDialog.h"
#include "kpi/KpiView.h"
#include "preferences/PreferencesDialog.h"
#include "review/ReviewView.h"
#include "storage/Repository.h"
#include "teams/TeamsView.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AccessibleNames.h"
#include "ui/support/DemoWindow.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/ItemRoles.h"
#include "window/ConnectDialog.h"
#include "window/FirstStartDialog.h"
#include "window/MainWindow.h"
#include "window/ReportScopeDialog.h"
#include "wizard/OkrWizard.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QTreeView>

namespace {

// The demo window (the shared fixture) walked through QAccessible; every unnamed control met on the way, by the window
// it was in.
struct DemoWalk {
    // Walks `root` as it is now, noting what is unnamed under `where`.
    void walk(const QString &where, QWidget *root)
    {
        REQUIRE(root);
        QCoreApplication::processEvents();
        // Each control once, with the first window or view it was met in.
        int controls = 0;
        const QStringList unnamedHere = AccessibleNames::unnamedControls(root, &controls);
        INFO(where.toStdString());
        CHECK(controls > 0);
        for (const QString &control : unnamedHere) {
            if (!unnamed.contains(control))
                unnamed.insert(control, where);
        }
    }

    QTreeView *tree() const { return window.findChild<QTreeView *>(QStringLiteral("alignmentTree")); }

    // Makes the first row of `kind` current in the tree (as shown), false when there is none.
    bool selectFirst(AlignmentTreeModel::NodeKind kind, const QModelIndex &parent = {})
    {
        const QAbstractItemModel *model = tree()->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, AlignmentTreeModel::TitleColumn, parent);
            if (index.data(ItemRoles::NodeKindRole).toInt() == int(kind)) {
                tree()->setCurrentIndex(index);
                return true;
            }
            if (selectFirst(kind, index))
                return true;
        }
        return false;
    }

    QAction *action(const char *name) const
    {
        auto *found = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    Repository &repository() const { return window.session()->repository(); }

    DemoWindow demo;
    MainWindow &window = *demo.window;
    QMap<QString, QString> unnamed; // control: where
};

} // namespace

TEST_CASE("Every interactive control of every window and dialog should have an accessible name", "[ui][accessibility]")
{
    const RecordedMessages messages;
    DemoWalk demo;
    Repository &repository = demo.repository();
    const Cycle active = *repository.cycles().active();
    const QList<Cycle> cycles = repository.cycles().all();
    const QList<Team> teams = repository.teams().all();

    // The main window with the details page of each kind of row.
    demo.walk(QStringLiteral("main window"), &demo.window);
    for (const auto kind : {AlignmentTreeModel::NodeKind::Team, AlignmentTreeModel::NodeKind::Objective,
                            AlignmentTreeModel::NodeKind::KeyResult, AlignmentTreeModel::NodeKind::Initiative}) {
        if (demo.selectFirst(kind)) {
            demo.window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->raise();
            demo.walk(QStringLiteral("details of a row kind %1").arg(int(kind)), &demo.window);
        }
    }
    demo.selectFirst(AlignmentTreeModel::NodeKind::KeyResult);
    for (const char *dock : {"historyDock", "teamNotesDock"}) {
        demo.window.findChild<QDockWidget *>(QLatin1String(dock))->raise();
        demo.walk(QLatin1String(dock), &demo.window);
    }

    // The board and the charts.
    demo.action("actionProgressBoard")->setChecked(true);
    demo.walk(QStringLiteral("progress board"), &demo.window);
    demo.action("actionProgressBoard")->setChecked(false);
    demo.action("actionCharts")->trigger();
    demo.walk(QStringLiteral("charts"), &demo.window);

    // The OKR wizard, page by page.
    demo.selectFirst(AlignmentTreeModel::NodeKind::Objective);
    demo.action("actionNewOkr")->trigger();
    {
        QPointer<OkrWizard> wizard = demo.window.findChild<OkrWizard *>();
        REQUIRE(wizard);
        demo.walk(QStringLiteral("OKR wizard, where"), wizard);
        wizard->next();
        if (auto *objective = wizard->findChild<QLineEdit *>(QStringLiteral("wizardObjectiveText")))
            objective->setText(QStringLiteral("Make mid-market buyers choose us"));
        demo.walk(QStringLiteral("OKR wizard, objective"), wizard);
        for (const char *page : {"key results", "initiatives", "summary"}) {
            wizard->next();
            demo.walk(QStringLiteral("OKR wizard, %1").arg(QLatin1String(page)), wizard);
        }
        wizard->reject();
        delete wizard;
    }

    // The check-in of the selected key result's team.
    demo.selectFirst(AlignmentTreeModel::NodeKind::KeyResult);
    demo.action("actionCheckIn")->trigger();
    {
        QPointer<CheckInDialog> dialog = demo.window.findChild<CheckInDialog *>();
        REQUIRE(dialog);
        demo.walk(QStringLiteral("check-in"), dialog);
        delete dialog;
    }

    // The dialogs the menus open with exec(), made as they make them.
    NewCycleDialog newCycle(cycles, QDate::currentDate(), &demo.window);
    demo.walk(QStringLiteral("new cycle"), &newCycle);
    CarryOverDialog carryOver(repository.queries().loadCyclePlan(active.id), cycles, &demo.window);
    demo.walk(QStringLiteral("carry over"), &carryOver);
    ReportScopeDialog reportScope(cycles, active.id, teams, &demo.window);
    demo.walk(QStringLiteral("report scope"), &reportScope);
    FirstStartDialog firstStart(QDate::currentDate(), &demo.window);
    demo.walk(QStringLiteral("first start"), &firstStart);
    const QList<Kpi> kpis = repository.kpis().all();
    REQUIRE_FALSE(kpis.isEmpty()); // the demo company measures some
    const Kpi &kpi = kpis.first();
    KpiDialog kpiDialog(kpi, teams, kpis, &demo.window);
    demo.walk(QStringLiteral("KPI"), &kpiDialog);
    KpiValueDialog kpiValue(kpi, std::nullopt, QDate::currentDate(), &demo.window);
    demo.walk(QStringLiteral("KPI value"), &kpiValue);
    ShortcutsDialog shortcuts(&demo.window, &demo.window);
    demo.walk(QStringLiteral("keyboard shortcuts"), &shortcuts);
    GuideDialog guide(&demo.window);
    demo.walk(QStringLiteral("guide"), &guide);
    ConnectDialog connectDialog(&demo.window);
    demo.walk(QStringLiteral("connect to an organisation database"), &connectDialog);
    PreferencesDialog preferences(Preferences::load(), &demo.window);
    demo.walk(QStringLiteral("preferences"), &preferences);

    // The tool windows.
    ReviewView review(*demo.window.session());
    review.showCycle(active.id);
    demo.walk(QStringLiteral("review"), &review);
    KpiView kpiView(*demo.window.session());
    kpiView.show();
    demo.walk(QStringLiteral("KPIs"), &kpiView);
    TeamsView teamsView(*demo.window.session(), nullptr);
    demo.walk(QStringLiteral("teams"), &teamsView);

    QStringList unnamed;
    for (auto control = demo.unnamed.cbegin(); control != demo.unnamed.cend(); ++control)
        unnamed.append(control.value() + QStringLiteral(": ") + control.key());
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}
