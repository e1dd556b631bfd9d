#include "support/catch.h"

#include "checkin/KeyResultRow.h"
#include "document/DocumentSession.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/CoachVerdictLabel.h"
#include "widgets/InitiativeListEditor.h"
#include "window/MainWindow.h"
#include "wizard/OkrInitiativesPage.h"
#include "wizard/OkrKeyResultsPage.h"
#include "wizard/OkrSummaryPage.h"
#include "wizard/OkrWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

const QString closeDeals = QStringLiteral("Close more deals");
const QString winMidMarket = QStringLiteral("Win the mid-market");

// The Acme document open in a shown, active window, and the OKR wizard driven from the keyboard.
struct WizardSession : AcmeWindow {
    AlignmentTreeModel *model() const { return window.findChild<AlignmentTreeModel *>(); }
    // The tree shows the model through a filter: its current row as the model's index.
    QModelIndex currentItem() const
    {
        return qobject_cast<const QSortFilterProxyModel *>(tree()->model())->mapToSource(tree()->currentIndex());
    }
    QUndoStack *undoStack() const { return window.session()->undoStack(); }

    // Opens the wizard with its shortcut and waits until it has the keyboard.
    OkrWizard *openWizard(const QKeyCombination &shortcut = QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_N))
    {
        QTest::keyClick(&window, shortcut.key(), shortcut.keyboardModifiers());
        return shownWizard();
    }

    // The open wizard, given the keyboard. qWaitForWindowActive would not wait: a dialog counts as active while
    // its parent window is.
    OkrWizard *shownWizard() const
    {
        auto *wizard = window.findChild<OkrWizard *>();
        REQUIRE(wizard);
        wizard->activateWindow();
        REQUIRE(QTest::qWaitFor([wizard] { return QApplication::activeWindow() == wizard; }));
        return wizard;
    }

    // What the file says now, read through a second connection.
    CyclePlan storedPlan() const
    {
        const std::unique_ptr<Document> document = Document::open(path);
        Repository repository(*document);
        return repository.queries().loadCyclePlan(repository.cycles().active()->id);
    }
};

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Presses Tab until `target` has the focus: proves it can be reached from the keyboard.
void tabTo(const QWidget *target)
{
    REQUIRE(target);
    // Rows and lines added while typing are shown by a queued call.
    QCoreApplication::processEvents();
    for (int presses = 0; presses < 80 && QApplication::focusWidget() != target; ++presses)
        press(Qt::Key_Tab);
    INFO(target->objectName().toStdString() << " focus " << QApplication::focusWidget()->objectName().toStdString());
    REQUIRE(QApplication::focusWidget() == target);
}

// Opens the button's menu with Space and picks the entry `downPresses` down with Return.
void chooseFromMenu(QWidget *menuButton, int downPresses)
{
    tabTo(menuButton);
    QTimer::singleShot(0, menuButton, [downPresses] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        REQUIRE(menu);
        for (int i = 0; i < downPresses; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    press(Qt::Key_Space);
    // The offscreen platform cannot grab the keyboard for the menu and does not give it back by itself.
    QWidget *window = menuButton->window();
    window->activateWindow();
    REQUIRE(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
}

void next(OkrWizard *wizard)
{
    const int before = wizard->currentId();
    press(Qt::Key_Return); // Next is the default button
    REQUIRE(wizard->currentId() == before + 1);
}

void finish(OkrWizard *wizard)
{
    tabTo(wizard->button(QWizard::FinishButton));
    press(Qt::Key_Space);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

KeyResultRow *row(OkrWizard *wizard, int index)
{
    const QList<KeyResultRow *> rows = wizard->findChild<OkrKeyResultsPage *>()->rows();
    REQUIRE(index < rows.size());
    return rows[index];
}

template <typename Widget> Widget *field(const QWidget *parent, const char *name)
{
    auto *found = parent->findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Walks the first two pages: Sales, aligned with "Win the mid-market", committed; the objective's text.
void placeAndNameObjective(OkrWizard *wizard, const QString &objective)
{
    REQUIRE(wizard->currentId() == OkrWizard::WherePage);
    tabTo(field<QComboBox>(wizard, "wizardTeam"));
    type(QStringLiteral("Sales"));
    REQUIRE(field<QComboBox>(wizard, "wizardTeam")->currentText() == QStringLiteral("Sales"));
    tabTo(field<QComboBox>(wizard, "wizardParent"));
    type(QStringLiteral("Win"));
    CHECK(field<QLabel>(wizard, "wizardParentText")->text().contains(winMidMarket));
    next(wizard);
    REQUIRE(focused() == field<QLineEdit>(wizard, "wizardObjectiveText"));
    type(objective);
}

} // namespace

TEST_CASE("The OKR wizard is one action on the toolbar, in the Edit menu and in the tree's context menu",
          "[ui][wizard]")
{
    WizardSession acme;
    auto *action = acme.window.findChild<QAction *>(QStringLiteral("actionNewOkr"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    CHECK(acme.tree()->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(acme.tree()->actions().contains(action));
    auto *toolBar = acme.window.findChild<QWidget *>(QStringLiteral("planToolBar"));
    REQUIRE(toolBar);
    CHECK(toolBar->actions().contains(action));
}

TEST_CASE("The wizard's title should be the text of the menu item that opened it", "[ui][wizard]")
{
    WizardSession acme;
    acme.select(closeDeals);
    for (const char *actionName : {"actionNewOkr", "actionReworkOkr"}) {
        auto *action = acme.window.findChild<QAction *>(QLatin1String(actionName));
        REQUIRE(action);
        action->trigger();
        OkrWizard *wizard = acme.shownWizard();
        const QString menuText = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        CHECK(wizard->windowTitle() == menuText);
        const QPointer<OkrWizard> closing = wizard;
        wizard->close();
        REQUIRE(QTest::qWaitFor([&closing] { return closing.isNull(); }));
    }
}

TEST_CASE("Walking the wizard by keyboard writes the whole OKR as one undo step and selects it", "[ui][wizard]")
{
    WizardSession acme;
    OkrWizard *wizard = acme.openWizard();
    placeAndNameObjective(wizard, QStringLiteral("Make mid-market buyers choose us"));
    CHECK(field<CoachVerdictLabel>(wizard, "wizardObjectiveVerdict")->tone() == CoachVerdictLabel::Tone::Good);
    next(wizard);

    // An outcome: the parser fills in the numbers.
    tabTo(field<QLineEdit>(row(wizard, 0), "keyResultText"));
    type(QStringLiteral("Increase mid-market win rate from 20% to 30%"));
    KeyResultRow *winRate = row(wizard, 0);
    CHECK(field<QLineEdit>(winRate, "keyResultStart")->text() == QStringLiteral("20"));
    CHECK(field<QLineEdit>(winRate, "keyResultTarget")->text() == QStringLiteral("30"));
    CHECK(field<QComboBox>(winRate, "keyResultUnit")->currentData().toInt() == int(MeasureUnit::Percent));
    CHECK(field<CoachVerdictLabel>(winRate, "keyResultVerdict")->tone() == CoachVerdictLabel::Tone::Good);

    // An output holds up Next until it is dealt with; here it becomes an initiative of the first key result.
    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Launch the partner portal"));
    KeyResultRow *portal = row(wizard, 1);
    CHECK(portal->isOutput());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    chooseFromMenu(field<QToolButton>(portal, "keyResultConvert"), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(wizard->findChild<OkrKeyResultsPage *>()->keyResultRows().size() == 1);
    REQUIRE(winRate->initiatives().size() == 1);
    CHECK(winRate->initiatives().first().title == QStringLiteral("Launch the partner portal"));
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());

    // A flagged key result stays only once the team acknowledges the flag.
    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Improve onboarding"));
    KeyResultRow *onboarding = row(wizard, 1);
    CHECK(onboarding->needsAcknowledgement());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    tabTo(field<QCheckBox>(onboarding, "keyResultKeep"));
    press(Qt::Key_Space);
    CHECK_FALSE(onboarding->needsAcknowledgement());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard);

    // The converted output is already an initiative; it gets an owner, and a second initiative follows.
    const QList<InitiativeListEditor *> editors = wizard->findChild<OkrInitiativesPage *>()->editors();
    REQUIRE(editors.size() == 2);
    const QList<QWidget *> fields = editors.first()->focusOrder();
    REQUIRE(fields.size() == 4); // the converted initiative and an empty line, title and owner each
    CHECK(qobject_cast<QLineEdit *>(fields[0])->text() == QStringLiteral("Launch the partner portal"));
    tabTo(fields[1]);
    type(QStringLiteral("Priya"));
    tabTo(fields[2]);
    type(QStringLiteral("Run win-loss interviews"));
    next(wizard);

    const QString summary = wizard->findChild<OkrSummaryPage *>()->summaryText();
    CHECK(summary.contains(QStringLiteral("Make mid-market buyers choose us")));
    CHECK(summary.contains(QStringLiteral("Sales")));
    CHECK(summary.contains(winMidMarket));
    CHECK(summary.contains(QStringLiteral("Launch the partner portal — Priya")));
    CHECK(summary.contains(QStringLiteral("Key result 2:")));
    CHECK(wizard->remainingFlags().size() >= 1);

    finish(wizard);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(acme.window.findChild<OkrWizard *>());

    const CyclePlan stored = acme.storedPlan();
    const auto created = std::find_if(stored.objectives.begin(), stored.objectives.end(), [](const Objective &o) {
        return o.title == QStringLiteral("Make mid-market buyers choose us");
    });
    REQUIRE(created != stored.objectives.end());
    CHECK(stored.team(created->teamId)->name == QStringLiteral("Sales"));
    CHECK(stored.objective(created->parentId)->title == winMidMarket);
    const QList<qsizetype> keyResults = stored.keyResultsOf(created->id);
    REQUIRE(keyResults.size() == 2);
    const KeyResult &first = stored.keyResults[keyResults[0]];
    CHECK(first.title == QStringLiteral("Increase mid-market win rate from 20% to 30%"));
    CHECK(first.start == 20.0);
    CHECK(first.target == 30.0);
    CHECK(first.unit == MeasureUnit::Percent);
    const QList<qsizetype> initiatives = stored.initiativesOf(first.id);
    REQUIRE(initiatives.size() == 2);
    CHECK(stored.initiatives[initiatives[0]].title == QStringLiteral("Launch the partner portal"));
    CHECK(stored.initiatives[initiatives[0]].owner == QStringLiteral("Priya"));
    CHECK(stored.initiatives[initiatives[1]].title == QStringLiteral("Run win-loss interviews"));
    CHECK(stored.keyResults[keyResults[1]].title == QStringLiteral("Improve onboarding"));

    // One undo step; the tree shows and selects the new objective.
    CHECK(acme.undoStack()->count() == 1);
    CHECK(acme.currentItem() == acme.model()->objectiveIndex(created->id));

    acme.window.activateWindow();
    REQUIRE(QTest::qWaitFor([&acme] { return QApplication::activeWindow() == &acme.window; }));
    QTest::keyClick(&acme.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(acme.storedPlan().objective(created->id));
    CHECK(acme.storedPlan().keyResults.size() == stored.keyResults.size() - 2);
    CHECK(acme.storedPlan().initiatives.size() == stored.initiatives.size() - 2);
    CHECK_FALSE(acme.model()->objectiveIndex(created->id).isValid());

    acme.undoStack()->redo();
    const CyclePlan redone = acme.storedPlan();
    REQUIRE(redone.objective(created->id));
    CHECK(redone.keyResultsOf(created->id).size() == 2);
    CHECK(redone.initiativesOf(first.id).size() == 2);
}

TEST_CASE("Cancel writes nothing", "[ui][wizard]")
{
    WizardSession acme;
    const CyclePlan before = acme.storedPlan();
    OkrWizard *wizard = acme.openWizard();
    placeAndNameObjective(wizard, QStringLiteral("Delight mid-market buyers"));
    next(wizard);
    type(QStringLiteral("Increase NPS from 30 to 45"));

    press(Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    CHECK_FALSE(acme.window.findChild<OkrWizard *>());
    const CyclePlan after = acme.storedPlan();
    CHECK(after.objectives.size() == before.objectives.size());
    CHECK(after.keyResults.size() == before.keyResults.size());
    CHECK(acme.undoStack()->count() == 0);
}

TEST_CASE("Letters in a start or target value are named inline and hold up Next", "[ui][wizard]")
{
    WizardSession acme;
    OkrWizard *wizard = acme.openWizard();
    placeAndNameObjective(wizard, QStringLiteral("Delight mid-market buyers"));
    next(wizard);
    type(QStringLiteral("Increase NPS from 30 to 45"));
    KeyResultRow *nps = row(wizard, 0);

    tabTo(field<QLineEdit>(nps, "keyResultTarget"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("lots"));

    auto *error = field<QLabel>(nps, "keyResultNumberError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("lots")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("50"));
    CHECK_FALSE(error->isVisible());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    // The user's own number stays when the text changes again.
    tabTo(field<QLineEdit>(nps, "keyResultText"));
    press(Qt::Key_End);
    type(QStringLiteral(" points"));
    CHECK(field<QLineEdit>(nps, "keyResultTarget")->text() == QStringLiteral("50"));
    press(Qt::Key_Escape);
}

TEST_CASE("A template fills the empty row and selects its blank, fewer than 2 key results are warned about",
          "[ui][wizard]")
{
    WizardSession acme;
    OkrWizard *wizard = acme.openWizard();
    placeAndNameObjective(wizard, QStringLiteral("Delight mid-market buyers"));
    next(wizard);
    auto *warning = field<QLabel>(wizard, "wizardKeyResultSetWarning");
    CHECK(warning->isVisibleTo(wizard));

    chooseFromMenu(field<QToolButton>(wizard, "wizardTemplates"), 1); // "Increase ___ from X to Y"
    auto *text = field<QLineEdit>(row(wizard, 0), "keyResultText");
    CHECK(text->text() == QStringLiteral("Increase ___ from X to Y"));
    CHECK(text->selectedText() == QStringLiteral("___"));
    REQUIRE(QApplication::focusWidget() == text);
    type(QStringLiteral("qualified leads"));
    CHECK(text->text() == QStringLiteral("Increase qualified leads from X to Y"));
    CHECK(warning->text().contains(QStringLiteral("1")));

    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Reduce churn from 8% to 5%"));
    CHECK_FALSE(warning->isVisibleTo(wizard));
    press(Qt::Key_Escape);
}

TEST_CASE("Reworking an objective applies the differences in one undo step, undo restores it exactly", "[ui][wizard]")
{
    WizardSession acme;
    const CyclePlan before = acme.storedPlan();
    acme.select(closeDeals);
    auto *rework = acme.window.findChild<QAction *>(QStringLiteral("actionReworkOkr"));
    REQUIRE(rework);
    rework->trigger();
    OkrWizard *wizard = acme.shownWizard();
    CHECK(wizard->isRework());

    // Where and what stay as stored.
    CHECK_FALSE(field<QComboBox>(wizard, "wizardCycle")->isEnabled());
    CHECK(field<QComboBox>(wizard, "wizardTeam")->currentText() == QStringLiteral("Sales"));
    CHECK(field<QComboBox>(wizard, "wizardParent")->currentData().value<Id>() != NoId);
    next(wizard);
    CHECK(field<QLineEdit>(wizard, "wizardObjectiveText")->text() == closeDeals);
    next(wizard);

    // The stored key results, reviewed again; the first is reworded, the second removed, a third added.
    auto *page = wizard->findChild<OkrKeyResultsPage *>();
    REQUIRE(page->keyResultRows().size() == 2);
    KeyResultRow *deals = row(wizard, 0);
    CHECK(field<QLineEdit>(deals, "keyResultTarget")->text() == QStringLiteral("10"));
    CHECK_FALSE(field<CoachVerdictLabel>(deals, "keyResultVerdict")->text().isEmpty());
    tabTo(field<QLineEdit>(deals, "keyResultText"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Increase mid-market deals won from 0 to 12"));
    // Stored numbers are the team's: the parser leaves them.
    CHECK(field<QLineEdit>(deals, "keyResultTarget")->text() == QStringLiteral("10"));
    if (deals->needsAcknowledgement()) {
        tabTo(field<QCheckBox>(deals, "keyResultKeep"));
        press(Qt::Key_Space);
    }
    tabTo(field<QToolButton>(row(wizard, 1), "keyResultRemove"));
    press(Qt::Key_Space);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Increase average deal size from $20k to $30k"));
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard);
    next(wizard);
    finish(wizard);

    const auto closeDealsObjective =
        std::find_if(before.objectives.begin(), before.objectives.end(),
                     [](const Objective &objective) { return objective.title == closeDeals; });
    REQUIRE(closeDealsObjective != before.objectives.end());
    const Id objectiveId = closeDealsObjective->id;
    const CyclePlan reworked = acme.storedPlan();
    const QList<qsizetype> keyResults = reworked.keyResultsOf(objectiveId);
    REQUIRE(keyResults.size() == 2);
    const KeyResult &dealsWon = reworked.keyResults[keyResults[0]];
    CHECK(dealsWon.id == before.keyResults[before.keyResultsOf(objectiveId)[0]].id);
    CHECK(dealsWon.title == QStringLiteral("Increase mid-market deals won from 0 to 12"));
    CHECK(dealsWon.current == 5.0); // its check-in history stays
    CHECK(reworked.keyResults[keyResults[1]].title == QStringLiteral("Increase average deal size from $20k to $30k"));
    CHECK(acme.undoStack()->count() == 1);
    CHECK(acme.currentItem() == acme.model()->objectiveIndex(objectiveId));

    acme.undoStack()->undo();
    const CyclePlan undone = acme.storedPlan();
    QStringList titlesBefore;
    QStringList titlesUndone;
    QList<Id> idsBefore;
    QList<Id> idsUndone;
    for (const qsizetype index : before.keyResultsOf(objectiveId)) {
        titlesBefore.append(before.keyResults[index].title);
        idsBefore.append(before.keyResults[index].id);
    }
    for (const qsizetype index : undone.keyResultsOf(objectiveId)) {
        titlesUndone.append(undone.keyResults[index].title);
        idsUndone.append(undone.keyResults[index].id);
    }
    CHECK(titlesUndone == titlesBefore);
    CHECK(idsUndone == idsBefore);
    CHECK(undone.keyResult(idsBefore[1])->current == 12.0); // the removed key result's check-in is back

    acme.undoStack()->redo();
    CHECK(acme.storedPlan().keyResultsOf(objectiveId).size() == 2);
}

TEST_CASE("Finish after an Undo writes the OKR once and closes the wizard", "[ui][wizard][outcome]")
{
    WizardSession acme;
    const QModelIndex closeDealsIndex = acme.find(closeDeals);
    REQUIRE(acme.model()->setData(
        qobject_cast<const QSortFilterProxyModel *>(acme.tree()->model())->mapToSource(closeDealsIndex),
        QStringLiteral("Close many more deals")));
    acme.undoStack()->undo();
    const qsizetype objectivesBefore = acme.storedPlan().objectives.size();

    OkrWizard *wizard = acme.openWizard();
    const QString title = QStringLiteral("Make mid-market buyers choose us");
    placeAndNameObjective(wizard, title);
    next(wizard);
    tabTo(field<QLineEdit>(row(wizard, 0), "keyResultText"));
    type(QStringLiteral("Increase mid-market win rate from 20% to 30%"));
    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Increase average deal size from $20k to $30k"));
    next(wizard);
    next(wizard);
    finish(wizard);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    CHECK_FALSE(acme.window.findChild<OkrWizard *>());
    const CyclePlan stored = acme.storedPlan();
    CHECK(stored.objectives.size() == objectivesBefore + 1);
    CHECK(std::count_if(stored.objectives.begin(), stored.objectives.end(),
                        [&title](const Objective &objective) { return objective.title == title; }) == 1);
    CHECK(acme.undoStack()->count() == 1);
}

TEST_CASE("The wizard asks who owns each key result, completing the names the document uses", "[ui][wizard]")
{
    WizardSession acme;
    OkrWizard *wizard = acme.openWizard();
    placeAndNameObjective(wizard, QStringLiteral("Make mid-market buyers choose us"));
    next(wizard);

    tabTo(field<QLineEdit>(row(wizard, 0), "keyResultText"));
    type(QStringLiteral("Increase mid-market win rate from 20% to 30%"));
    auto *owner = field<QLineEdit>(row(wizard, 0), "keyResultOwner");
    tabTo(owner);
    type(QStringLiteral("in"));
    // The key results of the document name Dana and Ines: typing offers Ines.
    REQUIRE(owner->completer());
    CHECK(owner->completer()->completionCount() == 1);
    CHECK(owner->completer()->currentCompletion() == QStringLiteral("Ines"));
    owner->clear();
    type(QStringLiteral("Ines"));

    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultText"));
    type(QStringLiteral("Reduce sales cycle from 60 to 45 days"));
    tabTo(field<QLineEdit>(row(wizard, 1), "keyResultOwner"));
    type(QStringLiteral("Mo"));
    next(wizard);
    next(wizard);

    const QString summary = wizard->findChild<OkrSummaryPage *>()->summaryText();
    CHECK(summary.contains(QStringLiteral("Owner: Ines.")));
    CHECK(summary.contains(QStringLiteral("Owner: Mo.")));
    finish(wizard);

    const CyclePlan stored = acme.storedPlan();
    const auto created = std::find_if(stored.objectives.begin(), stored.objectives.end(), [](const Objective &o) {
        return o.title == QStringLiteral("Make mid-market buyers choose us");
    });
    REQUIRE(created != stored.objectives.end());
    const QList<qsizetype> keyResults = stored.keyResultsOf(created->id);
    REQUIRE(keyResults.size() == 2);
    CHECK(stored.keyResults[keyResults[0]].owner == QStringLiteral("Ines"));
    CHECK(stored.keyResults[keyResults[1]].owner == QStringLiteral("Mo"));
    // The tree shows the owner beside the key result.
    const QModelIndex winRate = acme.find(QStringLiteral("Increase mid-market win rate from 20% to 30%"));
    REQUIRE(winRate.isValid());
    CHECK(winRate.siblingAtColumn(AlignmentTreeModel::OwnerColumn).data().toString() == QStringLiteral("Ines"));
}
