#include "support/CatchQt.h"

#include "document/DocumentSession.h"
#include "kpi/KpiDialog.h"
#include "kpi/KpiTableModel.h"
#include "kpi/KpiValueDialog.h"
#include "kpi/KpiView.h"
#include "sample/DemoCompany.h"
#include "storage/Repository.h"
#include "ui/support/RecordedMessages.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// The demo company (four KPIs, 27 weekly values each) in a session, with its KPI view shown and active.
// The demo KPI "Qualified leads per month" (Marketing) falls 20 leads a week below its target of 2000.
struct KpiSession {
    QTemporaryDir folder;
    std::unique_ptr<DocumentSession> session = DocumentSession::create(folder.filePath(QStringLiteral("demo.okr")));
    Repository &repository = session->repository();
    std::unique_ptr<KpiView> view;

    KpiSession()
    {
        DemoCompany::write(repository, QDate::currentDate());
        view = std::make_unique<KpiView>(*session);
        view->resize(1100, 520);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    Id teamNamed(const char *name) const
    {
        const std::optional<Team> team = repository.teams().byName(QLatin1String(name));
        REQUIRE(team);
        return team->id;
    }

    std::optional<Kpi> storedKpi(const QString &name) const
    {
        for (const Kpi &kpi : repository.kpis().all()) {
            if (kpi.name == name)
                return kpi;
        }
        return std::nullopt;
    }

    QTableView *table() const { return child<QTableView>("kpiTable"); }
    QTableWidget *values() const { return child<QTableWidget>("kpiValues"); }

    template <typename Widget> Widget *child(const char *name) const
    {
        auto *found = view->findChild<Widget *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    void selectKpi(const QString &name) const
    {
        const QModelIndexList found = table()->model()->match(table()->model()->index(0, KpiTableModel::NameColumn),
                                                              Qt::DisplayRole, name, 1, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        table()->selectRow(found.first().row());
        table()->setFocus();
    }
};

template <typename Widget> Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, KpiTableModel::NameColumn).data() == name)
            return row;
    }
    return -1;
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void press(Qt::Key key)
{
    QTest::keyClick(focused(), key);
}

// Gives `widget` the keyboard in its active window, as after closing a dialog the user is back in it.
void focusOn(QWidget *widget)
{
    widget->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(widget->window()));
    widget->setFocus();
}

// Presses `key` on `widget`: the dialog it opened, given the keyboard. qWaitForWindowActive would not wait: a
// dialog counts as active while its parent window is.
template <typename Dialog> Dialog *pressForDialog(QWidget *widget, Qt::Key key)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the dialogs closed before
    focusOn(widget);
    QTest::keyClick(widget, key);
    auto *dialog = widget->window()->findChild<Dialog *>();
    REQUIRE(dialog);
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    return dialog;
}

// Replaces the text of the focused line edit, as a user selecting all and typing does.
void retype(const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(focused());
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(const QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    return buttons->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The KPI view should list every KPI with its latest value, target and standing", "[ui][kpi]")
{
    KpiSession demo;
    const QAbstractItemModel *model = demo.table()->model();
    REQUIRE(model->rowCount() == 4);
    const int leads = rowNamed(*model, QStringLiteral("Qualified leads per month"));
    REQUIRE(leads >= 0);
    CHECK(model->index(leads, KpiTableModel::TeamColumn).data() == QStringLiteral("Marketing"));
    CHECK(model->index(leads, KpiTableModel::TargetColumn).data().toString().startsWith(QStringLiteral("≥ ")));
    CHECK(model->index(leads, KpiTableModel::StandingColumn).data() == QStringLiteral("behind target"));
    CHECK(
        model->index(leads, KpiTableModel::TrendColumn).data(KpiTableModel::ValuesRole).value<QList<double>>().size() ==
        27);
    // A count in words, "1 KPI" or "3 KPIs", never "KPI(s)".
    const QString summary = demo.child<QLabel>("kpiSummary")->text();
    const QString count = summary.section(QLatin1Char(' '), 0, 0);
    CHECK(summary == (count == QLatin1String("1") ? QStringLiteral("1 KPI behind target")
                                                  : QStringLiteral("%1 KPIs behind target").arg(count)));

    demo.selectKpi(QStringLiteral("Qualified leads per month"));
    CHECK(demo.values()->rowCount() == 27);
    CHECK(demo.values()->item(0, 0)->text() == QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
}

TEST_CASE("The KPI view should filter by team", "[ui][kpi]")
{
    KpiSession demo;
    auto *teams = demo.child<QComboBox>("kpiTeamSelector");
    teams->setCurrentIndex(teams->findText(QStringLiteral("Customer Success")));
    const QAbstractItemModel *model = demo.table()->model();
    REQUIRE(model->rowCount() == 2);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, KpiTableModel::TeamColumn).data() == QStringLiteral("Customer Success"));
}

TEST_CASE("A KPI behind its target should seed an objective for its team", "[ui][kpi]")
{
    KpiSession demo;
    QSignalSpy seeded(demo.view.get(), &KpiView::seedObjective);
    auto *seed = demo.child<QPushButton>("seedObjective");
    demo.selectKpi(QStringLiteral("Customer meetings per quarter")); // on target
    CHECK_FALSE(seed->isEnabled());

    demo.selectKpi(QStringLiteral("Qualified leads per month"));
    REQUIRE(seed->isEnabled());
    QTest::mouseClick(seed, Qt::LeftButton);
    REQUIRE(seeded.count() == 1);
    CHECK(seeded.first().at(0).value<Id>() == demo.teamNamed("Marketing"));
    CHECK(seeded.first().at(1).toString() == QStringLiteral("Get qualified leads per month back on track"));
}

TEST_CASE("Adding a KPI should refuse a target that is not a number, then add it as one undo step", "[ui][kpi]")
{
    KpiSession demo;
    QUndoStack *undoStack = demo.session->undoStack();

    KpiDialog *dialog = pressForDialog<KpiDialog>(demo.table(), Qt::Key_Insert);
    REQUIRE(focused() == child<QLineEdit>(*dialog, "kpiName"));
    QTest::keyClicks(focused(), QStringLiteral("First response time"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QComboBox>(*dialog, "kpiTeam"));
    QTest::keyClicks(focused(), QStringLiteral("Customer"));
    press(Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("h"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QLineEdit>(*dialog, "kpiTarget"));
    QTest::keyClicks(focused(), QStringLiteral("four"));
    CHECK(child<QLabel>(*dialog, "kpiProblem")
              ->text()
              .startsWith(QStringLiteral("“four” is not a number: write it like ")));
    CHECK_FALSE(okButton(*dialog)->isEnabled());
    press(Qt::Key_Return); // refused: the dialog stays, nothing is written
    CHECK(dialog->isVisible());
    CHECK(demo.repository.kpis().all().size() == 4);
    CHECK(undoStack->count() == 0);

    retype(QStringLiteral("4"));
    CHECK(child<QLabel>(*dialog, "kpiProblem")->isHidden());
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QComboBox>(*dialog, "kpiTrend"));
    QTest::keyClicks(focused(), QStringLiteral("Lower"));
    press(Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const std::optional<Kpi> added = demo.storedKpi(QStringLiteral("First response time"));
    REQUIRE(added);
    CHECK(added->teamId == demo.teamNamed("Customer Success"));
    CHECK(added->unitLabel == QStringLiteral("h"));
    CHECK(added->target == 4.0);
    CHECK(added->trend == PreferredTrend::LowerIsBetter);
    CHECK(undoStack->count() == 1);
    REQUIRE(demo.table()->model()->rowCount() == 5);
    CHECK(demo.table()->currentIndex().data() == QStringLiteral("First response time"));

    undoStack->undo();
    CHECK_FALSE(demo.storedKpi(QStringLiteral("First response time")));
    CHECK(demo.table()->model()->rowCount() == 4);
    undoStack->redo();
    const std::optional<Kpi> again = demo.storedKpi(QStringLiteral("First response time"));
    REQUIRE(again);
    CHECK(again->id == added->id);
    CHECK(demo.table()->model()->rowCount() == 5);
}

TEST_CASE("Editing a KPI with Return should change it as one undo step", "[ui][kpi]")
{
    KpiSession demo;
    demo.selectKpi(QStringLiteral("Monthly churn"));
    KpiDialog *dialog = pressForDialog<KpiDialog>(demo.table(), Qt::Key_Return);
    CHECK(child<QLineEdit>(*dialog, "kpiName")->text() == QStringLiteral("Monthly churn"));
    child<QLineEdit>(*dialog, "kpiTarget")->setFocus();
    retype(QStringLiteral("1.5"));
    press(Qt::Key_Return);
    const std::optional<Kpi> edited = demo.storedKpi(QStringLiteral("Monthly churn"));
    REQUIRE(edited);
    CHECK(edited->target == 1.5);
    CHECK(edited->values.size() == 27);
    CHECK(demo.table()->currentIndex().data() == QStringLiteral("Monthly churn"));
    demo.session->undoStack()->undo();
    CHECK(demo.storedKpi(QStringLiteral("Monthly churn"))->target == 2.0);
}

TEST_CASE("A value should be recorded, corrected and removed, each as one undo step", "[ui][kpi]")
{
    KpiSession demo;
    QUndoStack *undoStack = demo.session->undoStack();
    demo.selectKpi(QStringLiteral("Monthly churn"));
    const QList<KpiValue> before = demo.storedKpi(QStringLiteral("Monthly churn"))->values;
    const QDate yesterday = QDate::currentDate().addDays(-1);

    // Recorded for yesterday, between two weekly values.
    KpiValueDialog *dialog = pressForDialog<KpiValueDialog>(demo.values(), Qt::Key_Insert);
    REQUIRE(focused() == child<QLineEdit>(*dialog, "kpiValue"));
    QTest::keyClicks(focused(), QStringLiteral("2,x"));
    CHECK(child<QLabel>(*dialog, "kpiValueProblem")
              ->text()
              .startsWith(QStringLiteral("“2,x” is not a number: write it like ")));
    CHECK_FALSE(okButton(*dialog)->isEnabled());
    retype(QStringLiteral("1.75"));
    child<QDateEdit>(*dialog, "kpiValueDate")->setDate(yesterday);
    press(Qt::Key_Return);
    QList<KpiValue> values = demo.storedKpi(QStringLiteral("Monthly churn"))->values;
    REQUIRE(values.size() == before.size() + 1);
    CHECK(values[values.size() - 2].date == yesterday);
    CHECK(values[values.size() - 2].value == 1.75);
    CHECK(demo.values()->currentRow() == 1); // newest first: today's, then yesterday's

    // Corrected: another value on the same day.
    dialog = pressForDialog<KpiValueDialog>(demo.values(), Qt::Key_F2);
    REQUIRE(focused() == child<QLineEdit>(*dialog, "kpiValue"));
    retype(QStringLiteral("1.8"));
    press(Qt::Key_Return);
    values = demo.storedKpi(QStringLiteral("Monthly churn"))->values;
    REQUIRE(values.size() == before.size() + 1);
    CHECK(values[values.size() - 2].value == 1.8);

    // Removed with Delete.
    focusOn(demo.values());
    QTest::keyClick(demo.values(), Qt::Key_Delete);
    values = demo.storedKpi(QStringLiteral("Monthly churn"))->values;
    REQUIRE(values.size() == before.size());
    CHECK(values.last().date == before.last().date);
    CHECK(undoStack->count() == 3);

    undoStack->undo();
    CHECK(demo.storedKpi(QStringLiteral("Monthly churn"))->values[before.size() - 1].value == 1.8);
    undoStack->undo();
    undoStack->undo();
    values = demo.storedKpi(QStringLiteral("Monthly churn"))->values;
    REQUIRE(values.size() == before.size());
    for (qsizetype index = 0; index < values.size(); ++index) {
        CHECK(values[index].date == before[index].date);
        CHECK(values[index].value == before[index].value);
    }
    CHECK(demo.values()->rowCount() == before.size());
}

TEST_CASE("Removing a KPI with values should ask first; undo should bring it back with its values", "[ui][kpi]")
{
    KpiSession demo;
    RecordedMessages messages;
    const Kpi churn = *demo.storedKpi(QStringLiteral("Monthly churn"));
    demo.selectKpi(churn.name);

    messages.answerQuestions(false);
    QTest::keyClick(demo.table(), Qt::Key_Delete);
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().kind == MessageBoxes::Kind::Question);
    CHECK(messages.messages().first().text.contains(QStringLiteral("27 recorded value")));
    CHECK(demo.storedKpi(churn.name));

    messages.answerQuestions(true);
    QTest::keyClick(demo.table(), Qt::Key_Delete);
    CHECK_FALSE(demo.storedKpi(churn.name));
    CHECK(demo.table()->model()->rowCount() == 3);
    CHECK(demo.table()->currentIndex().isValid()); // the next KPI, so Delete can go on

    demo.session->undoStack()->undo();
    const std::optional<Kpi> restored = demo.storedKpi(churn.name);
    REQUIRE(restored);
    CHECK(restored->id == churn.id);
    CHECK(restored->values.size() == 27);
}

TEST_CASE("Screenshot of the KPI view on the demo document", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("QUARTERDECK_SCREENSHOTS", QDir::tempPath());
    KpiSession demo;
    demo.selectKpi(QStringLiteral("Qualified leads per month"));
    CHECK(demo.view->grab().save(QDir(folder).filePath(QStringLiteral("kpis.png"))));
}
