#include "support/CatchQt.h"

#include "document/DocumentSession.h"
#include "review/ReviewGradeModel.h"
#include "review/ReviewView.h"
#include "storage/Repository.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/RecordedMessages.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

namespace {

QAction *actionOf(const MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(action);
    return action;
}

QComboBox *cycleSelector(const MainWindow &window)
{
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("cycleSelector"));
    REQUIRE(selector);
    return selector;
}

QStringList cycleNames(const QComboBox &selector)
{
    QStringList names;
    for (int row = 0; row < selector.count(); ++row)
        names.append(selector.itemText(row));
    return names;
}

// Triggers `action`, which opens a modal dialog named `dialogName`; `fill` may change the dialog, then its OK
// button is clicked as the user would.
void triggerAndAccept(QAction *action, const char *dialogName, const std::function<void(QDialog &)> &fill = {})
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String(dialogName))
            return;
        seen = true;
        if (fill)
            fill(*dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    action->trigger();
    REQUIRE(seen);
}

// The cycle the window's tree shows.
Cycle shownCycle(const MainWindow &window)
{
    const auto *model = window.findChild<AlignmentTreeModel *>();
    REQUIRE(model);
    return model->plan().cycle;
}

} // namespace

TEST_CASE("Cycle > Close should undo from Edit > Undo and the selector follow", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    QComboBox *selector = cycleSelector(acme.window);
    const QString active = selector->currentText();
    REQUIRE(active.endsWith(QStringLiteral("(active)")));
    CHECK(acme.window.findChild<QMenu *>(QStringLiteral("menuCycle")));
    CHECK(actionOf(acme.window, "actionReview")->isEnabled());
    CHECK(actionOf(acme.window, "actionKpis")->isEnabled());
    CHECK_FALSE(actionOf(acme.window, "actionActivateCycle")->isEnabled());
    REQUIRE(actionOf(acme.window, "actionCloseCycle")->isEnabled());

    messages.answerChoices(1); // Grade First…, Close Only: no cycle is planned after it
    actionOf(acme.window, "actionCloseCycle")->trigger();
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().constFirst().text.contains(QStringLiteral("not graded yet")));
    CHECK(selector->currentText().endsWith(QStringLiteral("(closed)")));
    CHECK(shownCycle(acme.window).state == CycleState::Closed);
    CHECK_FALSE(actionOf(acme.window, "actionCloseCycle")->isEnabled());
    QAction *undo = actionOf(acme.window, "actionUndo");
    CHECK(undo->text().contains(QStringLiteral("Close 2026 Q3")));

    undo->trigger();
    CHECK(selector->currentText() == active);
    CHECK(shownCycle(acme.window).state == CycleState::Active);
    CHECK(actionOf(acme.window, "actionCloseCycle")->isEnabled());
    actionOf(acme.window, "actionRedo")->trigger();
    CHECK(selector->currentText().endsWith(QStringLiteral("(closed)")));
    CHECK(messages.messages().size() == 1); // only the question before closing
}

TEST_CASE("Cycle > Close should ask first, and Cancel should leave the cycle active", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    const Cycle active = shownCycle(acme.window);
    REQUIRE(active.state == CycleState::Active);

    actionOf(acme.window, "actionCloseCycle")->trigger(); // answered Cancel
    REQUIRE(messages.messages().size() == 1);
    const QString question = messages.messages().constFirst().text;
    CHECK(question.contains(QStringLiteral("ends its weekly check-ins")));
    CHECK(question.contains(QStringLiteral("No cycle is planned after it")));
    CHECK(shownCycle(acme.window).state == CycleState::Active);
    CHECK(acme.window.session()->undoStack()->count() == 0);
}

TEST_CASE("Cycle > Close should offer Grade First, which opens the review and leaves the cycle active",
          "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    messages.answerChoices(0);
    actionOf(acme.window, "actionCloseCycle")->trigger();
    auto *review = acme.window.findChild<ReviewView *>();
    REQUIRE(review);
    CHECK(review->isVisible());
    CHECK(review->cycleId() == shownCycle(acme.window).id);
    CHECK(shownCycle(acme.window).state == CycleState::Active);
}

TEST_CASE("Cycle > Close should offer to activate the planned next cycle, in one undo step", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    Repository &repository = acme.window.session()->repository();
    const Cycle closing = shownCycle(acme.window);
    triggerAndAccept(actionOf(acme.window, "actionNewCycle"), "newCycleDialog");
    const Cycle next = *repository.cycles().byName(QStringLiteral("2026 Q4"));
    cycleSelector(acme.window)
        ->setCurrentIndex(cycleSelector(acme.window)->findText(QStringLiteral("2026 Q3 (active)")));
    REQUIRE(shownCycle(acme.window).id == closing.id);

    messages.answerChoices(1); // Grade First…, Close and Activate 2026 Q4, Close Only
    actionOf(acme.window, "actionCloseCycle")->trigger();
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().constFirst().text.contains(QStringLiteral("2026 Q4 is planned next")));
    CHECK(repository.cycles().byId(closing.id)->state == CycleState::Closed);
    CHECK(repository.cycles().byId(next.id)->state == CycleState::Active);

    actionOf(acme.window, "actionUndo")->trigger();
    CHECK(repository.cycles().byId(closing.id)->state == CycleState::Active);
    CHECK(repository.cycles().byId(next.id)->state == CycleState::Planning);
}

TEST_CASE("A new cycle should be shown at once, and Edit > Undo remove it from the selector", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    QComboBox *selector = cycleSelector(acme.window);
    const QStringList before = cycleNames(*selector);
    const QString shownBefore = selector->currentText();

    triggerAndAccept(actionOf(acme.window, "actionNewCycle"), "newCycleDialog");
    CHECK(selector->count() == before.size() + 1);
    CHECK(selector->currentText() == QStringLiteral("2026 Q4 (planning)"));
    CHECK(shownCycle(acme.window).name == QStringLiteral("2026 Q4"));
    CHECK(actionOf(acme.window, "actionActivateCycle")->isEnabled());

    actionOf(acme.window, "actionUndo")->trigger();
    CHECK(cycleNames(*selector) == before);
    CHECK(selector->currentText() == shownBefore); // never the removed cycle
    CHECK(shownCycle(acme.window).name == QStringLiteral("2026 Q3"));
    CHECK(acme.window.session()->repository().cycles().all().size() == before.size());

    actionOf(acme.window, "actionRedo")->trigger();
    CHECK(selector->currentText() == QStringLiteral("2026 Q4 (planning)"));
    for (const auto &message : messages.messages())
        UNSCOPED_INFO(message.title.toStdString() + ": " + message.text.toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("A refused activation should be reported and change nothing", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    triggerAndAccept(actionOf(acme.window, "actionNewCycle"), "newCycleDialog");
    const int undoSteps = acme.window.session()->undoStack()->count();
    REQUIRE(shownCycle(acme.window).state == CycleState::Planning);

    actionOf(acme.window, "actionActivateCycle")->trigger();
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().title == QStringLiteral("Not Done: Activate 2026 Q4"));
    CHECK(messages.messages().first().text.contains(QStringLiteral("“2026 Q3” is still the active quarter")));
    CHECK(acme.window.session()->repository().cycles().byName(QStringLiteral("2026 Q4"))->state ==
          CycleState::Planning);
    CHECK(acme.window.session()->undoStack()->count() == undoSteps);
    CHECK(cycleSelector(acme.window)->currentText() == QStringLiteral("2026 Q4 (planning)"));
}

TEST_CASE("Carry Over should show the next cycle with the copies, and Edit > Undo remove them", "[ui][cycles][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    Repository &repository = acme.window.session()->repository();
    triggerAndAccept(actionOf(acme.window, "actionNewCycle"), "newCycleDialog");
    cycleSelector(acme.window)
        ->setCurrentIndex(cycleSelector(acme.window)->findText(QStringLiteral("2026 Q3 (active)")));
    const Cycle from = shownCycle(acme.window);
    REQUIRE(from.name == QStringLiteral("2026 Q3"));
    const qsizetype objectivesBefore = repository.queries().loadCyclePlan(from.id).objectives.size();

    triggerAndAccept(actionOf(acme.window, "actionCarryOver"), "carryOverDialog");
    const Cycle next = *repository.cycles().byName(QStringLiteral("2026 Q4"));
    const qsizetype copies = repository.queries().loadCyclePlan(next.id).objectives.size();
    CHECK(copies > 0);
    CHECK(shownCycle(acme.window).id == next.id);
    CHECK(cycleSelector(acme.window)->currentText() == QStringLiteral("2026 Q4 (planning)"));

    actionOf(acme.window, "actionUndo")->trigger();
    CHECK(repository.queries().loadCyclePlan(next.id).objectives.isEmpty());
    CHECK(repository.queries().loadCyclePlan(from.id).objectives.size() == objectivesBefore);
    CHECK(shownCycle(acme.window).id == next.id);
    CHECK(acme.window.findChild<QTreeView *>(QStringLiteral("alignmentTree"))->model()->rowCount() == 0);

    actionOf(acme.window, "actionRedo")->trigger();
    CHECK(repository.queries().loadCyclePlan(next.id).objectives.size() == copies);
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("A grade given in the review window should undo from the main window", "[ui][cycles][review][window]")
{
    AcmeWindow acme;
    RecordedMessages messages;
    Repository &repository = acme.window.session()->repository();
    actionOf(acme.window, "actionReview")->trigger();
    auto *review = acme.window.findChild<ReviewView *>();
    REQUIRE(review);
    CHECK(review->isVisible());
    QAbstractItemModel *grades = review->findChild<QTableView *>(QStringLiteral("reviewGrades"))->model();
    REQUIRE(grades->rowCount() > 0);
    const Id objectiveId = grades->index(0, 0).data(ReviewGradeModel::ObjectiveIdRole).value<Id>();
    const Id cycleId = review->cycleId();
    REQUIRE_FALSE(repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade);

    REQUIRE(grades->setData(grades->index(0, ReviewGradeModel::GradeColumn), 0.4));
    CHECK(repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade == 0.4);
    QAction *undo = actionOf(acme.window, "actionUndo");
    CHECK(undo->text().contains(QStringLiteral("Change Grade")));

    undo->trigger();
    CHECK_FALSE(repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade);
    CHECK(grades->index(0, ReviewGradeModel::GradeColumn).data().toString() == QStringLiteral("not graded"));

    // The review window's own shortcuts work on the same stack.
    review->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(review));
    QTest::keySequence(review, QKeySequence(QKeySequence::Redo));
    CHECK(repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade == 0.4);
    QTest::keySequence(review, QKeySequence(QKeySequence::Undo));
    CHECK_FALSE(repository.queries().loadCyclePlan(cycleId).objective(objectiveId)->grade);
    CHECK(messages.messages().isEmpty());
}
