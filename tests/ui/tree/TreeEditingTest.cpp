#include "support/catch.h"

#include "coach/Coach.h"
#include "document/DocumentSession.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "ui/support/WarningRecorder.h"
#include "widgets/ItemRoles.h"
#include "widgets/TitleEdit.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

// The Acme document (PlanFixtures::acmeQuarter in 2026 Q3) open in a shown, active window.
struct EditingWindow : AcmeWindow {
    // The tree model under the view's filter.
    AlignmentTreeModel *model() const { return child<AlignmentTreeModel>(nullptr); }

    QAction *action(const char *name) const
    {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }

    template <typename Widget> Widget *child(const char *name) const
    {
        auto *found = name ? window.findChild<Widget *>(QString::fromLatin1(name)) : window.findChild<Widget *>();
        REQUIRE(found);
        return found;
    }

    // Types into the open title editor and presses Enter.
    void typeIntoEditor(const QString &text) const
    {
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Return through a queued call.
        QCoreApplication::processEvents();
    }

    // What the file says now, read through a second connection.
    CyclePlan storedPlan() const
    {
        const std::unique_ptr<Document> document = Document::open(path);
        Repository repository(*document);
        return repository.queries().loadCyclePlan(repository.cycles().active()->id);
    }

    static QStringList keyResultTitles(const CyclePlan &plan, const QString &objectiveTitle)
    {
        QStringList titles;
        for (const Objective &objective : plan.objectives) {
            if (objective.title != objectiveTitle)
                continue;
            for (const qsizetype row : plan.keyResultsOf(objective.id))
                titles.append(plan.keyResults[row].title);
        }
        return titles;
    }

    QUndoStack *undoStack() const { return window.session()->undoStack(); }
};

const QString closeDeals = QStringLiteral("Close more deals");
const QString dealsKeyResult = QStringLiteral("Close 10 mid-market deals");
const QString churnKeyResult = QStringLiteral("Reduce churn from 14 % to 10 %");

} // namespace

TEST_CASE("Insert adds a key result to the selected objective, named in place and saved at once",
          "[ui][window][editing]")
{
    EditingWindow acme;
    acme.select(closeDeals);

    QTest::keyClick(acme.tree(), Qt::Key_Insert);
    acme.typeIntoEditor(QStringLiteral("Win 3 logos"));

    CHECK(acme.tree()->currentIndex().data().toString() == QStringLiteral("Win 3 logos"));
    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), closeDeals) ==
          QStringList{dealsKeyResult, churnKeyResult, QStringLiteral("Win 3 logos")});
    // Adding and naming are two steps: undo the name, then the key result.
    CHECK(acme.undoStack()->count() == 2);
}

TEST_CASE("Undo and redo of an added key result keep its id", "[ui][window][editing]")
{
    EditingWindow acme;
    acme.select(closeDeals);
    acme.action("actionAddBelow")->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const Id addedId = acme.tree()->currentIndex().data(ItemRoles::ItemIdRole).value<Id>();
    REQUIRE(addedId != NoId);

    acme.action("actionUndo")->trigger();
    CHECK_FALSE(acme.storedPlan().keyResult(addedId));
    CHECK_FALSE(acme.model()->keyResultIndex(addedId).isValid());

    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    QTest::keyClick(&acme.window, redo.key(), redo.keyboardModifiers());
    CHECK(acme.storedPlan().keyResult(addedId));
    CHECK(acme.model()->keyResultIndex(addedId).isValid());
}

TEST_CASE("F2 renames in place, undo and redo come back through the Edit menu's shortcuts", "[ui][window][editing]")
{
    EditingWindow acme;
    acme.select(closeDeals);

    QTest::keyClick(acme.tree(), Qt::Key_F2);
    acme.typeIntoEditor(QStringLiteral("Close many more deals"));
    CHECK(acme.find(QStringLiteral("Close many more deals")).isValid());
    CHECK(acme.action("actionUndo")->text().contains(QStringLiteral("Rename")));

    QTest::keyClick(&acme.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(acme.find(closeDeals).isValid());
    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), closeDeals).size() == 2);

    acme.action("actionRedo")->trigger();
    CHECK(acme.find(QStringLiteral("Close many more deals")).isValid());
    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), QStringLiteral("Close many more deals")).size() == 2);
}

TEST_CASE("An empty title is refused", "[ui][window][editing]")
{
    EditingWindow acme;
    acme.select(closeDeals);

    QTest::keyClick(acme.tree(), Qt::Key_F2);
    acme.typeIntoEditor(QStringLiteral("   "));

    CHECK(acme.find(closeDeals).isValid());
    CHECK(acme.undoStack()->count() == 0);
}

TEST_CASE("Deleting an objective with key results asks first, undo brings back rows and check-in history",
          "[ui][window][editing]")
{
    EditingWindow acme;
    RecordedMessages recorded;
    const CyclePlan before = acme.storedPlan();
    acme.select(closeDeals);
    const Id dealsId = acme.find(dealsKeyResult).data(ItemRoles::ItemIdRole).value<Id>();

    SECTION("Cancel keeps it")
    {
        recorded.answerQuestions(false);
        QTest::keyClick(acme.tree(), Qt::Key_Delete);
        REQUIRE(recorded.messages().size() == 1);
        CHECK(recorded.messages().first().kind == MessageBoxes::Kind::Question);
        CHECK(recorded.messages().first().text.contains(closeDeals));
        CHECK(acme.find(closeDeals).isValid());
        CHECK(acme.undoStack()->count() == 0);
    }
    SECTION("Delete removes it with its key results; undo restores them as they were")
    {
        QTest::keyClick(acme.tree(), Qt::Key_Delete);
        CHECK_FALSE(acme.find(closeDeals).isValid());
        CHECK_FALSE(acme.storedPlan().keyResult(dealsId));

        acme.action("actionUndo")->trigger();

        const CyclePlan after = acme.storedPlan();
        REQUIRE(after.keyResult(dealsId));
        CHECK(after.keyResult(dealsId)->current == before.keyResult(dealsId)->current);
        CHECK(after.latestCheckIns.value(dealsId).date == before.latestCheckIns.value(dealsId).date);
        CHECK(EditingWindow::keyResultTitles(after, closeDeals) == QStringList{dealsKeyResult, churnKeyResult});
        const QModelIndex restored = acme.find(closeDeals);
        REQUIRE(restored.isValid());
        CHECK(restored.parent().data().toString() == QStringLiteral("Win the mid-market"));
    }
}

TEST_CASE("Deleting a single initiative does not ask", "[ui][window][editing]")
{
    EditingWindow acme;
    const RecordedMessages recorded;
    acme.tree()->expandAll();
    acme.select(QStringLiteral("Chaos drills"));

    QTest::keyClick(acme.tree(), Qt::Key_Delete);

    CHECK(recorded.messages().isEmpty());
    CHECK_FALSE(acme.find(QStringLiteral("Chaos drills")).isValid());
    CHECK(acme.tree()->currentIndex().data().toString() == QStringLiteral("Add failover"));
}

TEST_CASE("Expansion and selection survive edits, undo and redo", "[ui][window][editing]")
{
    EditingWindow acme;
    const QModelIndex uptime = acme.find(QStringLiteral("Keep uptime above 95 %"));
    REQUIRE(uptime.isValid());
    acme.tree()->expand(uptime);
    acme.select(QStringLiteral("Chaos drills"));

    acme.tree()->model()->setData(acme.find(QStringLiteral("Pay down build debt")), QStringLiteral("Faster builds"));
    acme.action("actionUndo")->trigger();
    acme.action("actionRedo")->trigger();

    CHECK(acme.tree()->isExpanded(acme.find(QStringLiteral("Keep uptime above 95 %"))));
    CHECK(acme.tree()->isExpanded(acme.find(QStringLiteral("Win the mid-market"))));
    CHECK(acme.tree()->currentIndex().data().toString() == QStringLiteral("Chaos drills"));
}

TEST_CASE("Dragging a team objective onto another company objective re-aligns it, undoably",
          "[ui][window][editing][drag]")
{
    EditingWindow acme;
    const WarningRecorder warnings;
    const QAbstractItemModelTester tester(acme.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModel *model = acme.tree()->model();
    const QModelIndex deals = acme.find(closeDeals);
    const std::unique_ptr<QMimeData> dragged(model->mimeData({deals}));
    const QModelIndex beLoved = acme.find(QStringLiteral("Be loved by our customers"));

    // A company objective cannot go below a team's, nor an objective below itself.
    const std::unique_ptr<QMimeData> company(model->mimeData({acme.find(QStringLiteral("Win the mid-market"))}));
    CHECK_FALSE(model->canDropMimeData(company.get(), Qt::MoveAction, -1, -1, deals));
    CHECK_FALSE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, deals));
    CHECK_FALSE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, acme.find(dealsKeyResult)));
    REQUIRE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, beLoved));

    REQUIRE(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, beLoved));

    CHECK(acme.find(closeDeals).parent().data().toString() == QStringLiteral("Be loved by our customers"));
    const CyclePlan stored = acme.storedPlan();
    const Id dealsObjectiveId = acme.find(closeDeals).data(ItemRoles::ItemIdRole).value<Id>();
    CHECK(stored.objective(stored.objective(dealsObjectiveId)->parentId)->title ==
          QStringLiteral("Be loved by our customers"));

    acme.action("actionUndo")->trigger();
    CHECK(acme.find(closeDeals).parent().data().toString() == QStringLiteral("Win the mid-market"));
    CHECK(warnings.warnings().isEmpty());
    CAPTURE(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("Dragging a key result between its siblings reorders them, undoably", "[ui][window][editing][drag]")
{
    EditingWindow acme;
    QAbstractItemModel *model = acme.tree()->model();
    const QModelIndex objective = acme.find(closeDeals);
    const std::unique_ptr<QMimeData> dragged(model->mimeData({acme.find(dealsKeyResult)}));

    // Below the last key result: row 2 of the objective.
    REQUIRE(model->dropMimeData(dragged.get(), Qt::MoveAction, 2, 0, objective));

    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), closeDeals) == QStringList{churnKeyResult, dealsKeyResult});
    CHECK(acme.find(dealsKeyResult).row() == 1);
    acme.action("actionUndo")->trigger();
    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), closeDeals) == QStringList{dealsKeyResult, churnKeyResult});
}

TEST_CASE("The details panel edits a key result's target, letters are not taken as a number",
          "[ui][window][editing][details]")
{
    EditingWindow acme;
    acme.select(dealsKeyResult);
    auto *target = acme.child<QDoubleSpinBox>("keyResultTarget");
    REQUIRE(target->value() == 10.0);
    target->setFocus();
    target->selectAll();

    QTest::keyClicks(target, QStringLiteral("abc"));
    QTest::keyClick(target, Qt::Key_Return);
    CHECK(acme.undoStack()->count() == 0);
    CHECK(acme.storedPlan().keyResult(acme.find(dealsKeyResult).data(ItemRoles::ItemIdRole).value<Id>())->target ==
          10.0);

    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("25"));
    QTest::keyClick(target, Qt::Key_Return);
    const Id dealsId = acme.find(dealsKeyResult).data(ItemRoles::ItemIdRole).value<Id>();
    CHECK(acme.storedPlan().keyResult(dealsId)->target == 25.0);
    CHECK(acme.find(dealsKeyResult)
              .siblingAtColumn(AlignmentTreeModel::ValueColumn)
              .data()
              .toString()
              .contains(QStringLiteral("25")));

    acme.action("actionUndo")->trigger();
    CHECK(target->value() == 10.0);
}

TEST_CASE("Stepping a number with the arrow keys is one undo step", "[ui][window][editing][details]")
{
    EditingWindow acme;
    acme.select(dealsKeyResult);
    auto *weight = acme.child<QDoubleSpinBox>("keyResultWeight");
    weight->setFocus();

    for (int step = 0; step < 3; ++step)
        QTest::keyClick(weight, Qt::Key_Up);

    const Id dealsId = acme.find(dealsKeyResult).data(ItemRoles::ItemIdRole).value<Id>();
    CHECK(acme.storedPlan().keyResult(dealsId)->weight == 4.0);
    CHECK(acme.undoStack()->count() == 1);
    acme.action("actionUndo")->trigger();
    CHECK(acme.storedPlan().keyResult(dealsId)->weight == 1.0);
}

TEST_CASE("The details panel renames an initiative and the tree follows", "[ui][window][editing][details]")
{
    EditingWindow acme;
    acme.tree()->expandAll();
    acme.select(QStringLiteral("Add failover"));
    auto *title = acme.child<TitleEdit>("initiativeTitle");
    REQUIRE(title->text() == QStringLiteral("Add failover"));
    title->setFocus();
    title->selectAll();

    QTest::keyClicks(title, QStringLiteral("Add a second region"));
    QTest::keyClick(title, Qt::Key_Return);

    CHECK(acme.find(QStringLiteral("Add a second region")).isValid());
    acme.action("actionUndo")->trigger();
    CHECK(title->text() == QStringLiteral("Add failover"));
}

TEST_CASE("A bad file keeps the open document editable", "[ui][window][editing]")
{
    EditingWindow acme;
    const RecordedMessages recorded;
    const QString bad = acme.directory.filePath(QStringLiteral("bad.okr"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }

    CHECK_FALSE(acme.window.openDocument(bad));

    REQUIRE(recorded.messages().size() == 1);
    CHECK(acme.window.windowTitle() == QStringLiteral("acme — Quarterdeck"));
    acme.tree()->model()->setData(acme.find(closeDeals), QStringLiteral("Still editable"));
    CHECK(acme.find(QStringLiteral("Still editable")).isValid());
}

TEST_CASE("Save As writes a consistent copy and continues in it", "[ui][window][document]")
{
    EditingWindow acme;
    acme.tree()->model()->setData(acme.find(closeDeals), QStringLiteral("Renamed before the copy"));
    const QString copy = acme.directory.filePath(QStringLiteral("copy.okr"));

    REQUIRE(acme.window.saveDocumentAs(copy));

    CHECK(acme.window.windowTitle() == QStringLiteral("copy — Quarterdeck"));
    CHECK(acme.find(QStringLiteral("Renamed before the copy")).isValid());
    const std::unique_ptr<Document> document = Document::open(copy);
    Repository repository(*document);
    CHECK(repository.queries().loadCyclePlan(repository.cycles().active()->id).objectives.size() == 5);
}

TEST_CASE("New creates a document with the company and the current quarter, ready for objectives",
          "[ui][window][document]")
{
    QSettings().clear();
    const QTemporaryDir directory;
    MainWindow window;
    const QString path = directory.filePath(QStringLiteral("Initech.okr"));

    REQUIRE(window.newDocument(path));
    window.findChild<QAction *>(QStringLiteral("actionAddObjective"))->trigger();

    const Repository &repository = window.session()->repository();
    CHECK(repository.teams().organisationName() == QStringLiteral("Initech"));
    REQUIRE(repository.cycles().active());
    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().active()->id);
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives.first().title == QStringLiteral("New objective"));
}

TEST_CASE("Presentation mode enlarges the font and fills the screen, and goes back", "[ui][window]")
{
    EditingWindow acme;
    const qreal normalSize = acme.window.font().pointSizeF();
    CHECK(acme.action("actionPresentation")->shortcuts().contains(QKeySequence(Qt::Key_F11)));

    const int normalStatusWidth = acme.tree()->header()->sectionSize(AlignmentTreeModel::StatusColumn);

    acme.action("actionPresentation")->trigger();
    CHECK(acme.window.font().pointSizeF() > normalSize);
    CHECK(acme.window.isFullScreen());
    // The columns grow with the font, so the larger words still fit.
    CHECK(acme.tree()->header()->sectionSize(AlignmentTreeModel::StatusColumn) > normalStatusWidth);

    acme.action("actionPresentation")->trigger();
    CHECK(acme.window.font().pointSizeF() == normalSize);
    CHECK_FALSE(acme.window.isFullScreen());
    CHECK(acme.tree()->header()->sectionSize(AlignmentTreeModel::StatusColumn) == Approx(normalStatusWidth).margin(1));
}

TEST_CASE("The text filter keeps matches in their alignment, and expansion comes back when it is cleared",
          "[ui][window][filter]")
{
    EditingWindow acme;
    const WarningRecorder warnings;
    const QAbstractItemModelTester tester(acme.tree()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    acme.tree()->expand(acme.find(QStringLiteral("Keep uptime above 95 %")));
    auto *filter = acme.child<QLineEdit>("textFilter");

    QTest::keyClick(&acme.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("CHURN"));

    CHECK(acme.tree()->model()->rowCount() == 1);
    CHECK(acme.find(churnKeyResult).isValid());
    CHECK(acme.find(churnKeyResult).parent().data().toString() == closeDeals);
    CHECK_FALSE(acme.find(dealsKeyResult).isValid());

    filter->clear();

    CHECK(acme.tree()->model()->rowCount() == 3);
    CHECK(acme.tree()->isExpanded(acme.find(QStringLiteral("Keep uptime above 95 %"))));
    CHECK(acme.tree()->isExpanded(acme.find(closeDeals)));
    CHECK(warnings.warnings().isEmpty());
    CAPTURE(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("The team filter shows one team's objectives under the objectives they align to", "[ui][window][filter]")
{
    EditingWindow acme;
    auto *teams = acme.child<QComboBox>("teamFilter");

    teams->setCurrentIndex(teams->findText(QStringLiteral("Engineering"), Qt::MatchEndsWith));

    CHECK(acme.find(QStringLiteral("Ship reliably")).parent().data().toString() ==
          QStringLiteral("Win the mid-market"));
    CHECK(acme.find(QStringLiteral("Pay down build debt")).isValid());
    CHECK_FALSE(acme.find(closeDeals).isValid());
    CHECK_FALSE(acme.find(QStringLiteral("Be loved by our customers")).isValid());

    SECTION("and edits while filtered land on the right item")
    {
        acme.select(QStringLiteral("Ship reliably"));
        acme.action("actionAddBelow")->trigger();
        QCoreApplication::processEvents();
        CHECK(acme.find(QStringLiteral("New key result")).parent().data().toString() ==
              QStringLiteral("Ship reliably"));
    }
}

TEST_CASE("The details panel shows the coach's flags of the selected key result", "[ui][window][details][coach]")
{
    EditingWindow acme;
    acme.tree()->model()->setData(acme.find(dealsKeyResult), QStringLiteral("Launch the pricing page"));
    acme.select(QStringLiteral("Launch the pricing page"));

    auto *notes = acme.child<QLabel>("detailsNotes");
    CHECK(notes->isVisible());
    const KeyResultReview review = Coach().reviewKeyResult(u"Launch the pricing page");
    REQUIRE_FALSE(review.flags.isEmpty());
    CHECK(notes->text().contains(review.flags.first().message.toHtmlEscaped()));
}

TEST_CASE("Dragging an aligned team objective onto its team's node un-aligns it, undoably",
          "[ui][window][editing][drag][team]")
{
    EditingWindow acme;
    const WarningRecorder warnings;
    const QAbstractItemModelTester tester(acme.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModel *model = acme.tree()->model();
    const QString shipReliably = QStringLiteral("Ship reliably");
    const QModelIndex engineering = acme.find(QStringLiteral("Engineering"));
    REQUIRE(engineering.isValid());
    const std::unique_ptr<QMimeData> ship(model->mimeData({acme.find(shipReliably)}));
    const std::unique_ptr<QMimeData> deals(model->mimeData({acme.find(closeDeals)}));
    const std::unique_ptr<QMimeData> buildDebt(model->mimeData({acme.find(QStringLiteral("Pay down build debt"))}));

    // Only the team's own objectives, and only those aligned somewhere.
    CHECK_FALSE(model->canDropMimeData(deals.get(), Qt::MoveAction, -1, -1, engineering));
    CHECK_FALSE(model->canDropMimeData(buildDebt.get(), Qt::MoveAction, -1, -1, engineering));
    CHECK_FALSE(model->flags(engineering).testFlag(Qt::ItemIsDragEnabled));
    REQUIRE(model->canDropMimeData(ship.get(), Qt::MoveAction, -1, -1, engineering));

    REQUIRE(model->dropMimeData(ship.get(), Qt::MoveAction, -1, -1, engineering));

    CHECK(acme.find(shipReliably).parent().data().toString() == QStringLiteral("Engineering"));
    const Id shipId = acme.find(shipReliably).data(ItemRoles::ItemIdRole).value<Id>();
    CHECK(acme.storedPlan().objective(shipId)->parentId == NoId);
    CHECK(acme.undoStack()->undoText() == QStringLiteral("Move “Ship reliably”"));

    // And back onto the company objective by dragging, as before.
    const std::unique_ptr<QMimeData> again(model->mimeData({acme.find(shipReliably)}));
    REQUIRE(
        model->canDropMimeData(again.get(), Qt::MoveAction, -1, -1, acme.find(QStringLiteral("Win the mid-market"))));

    acme.action("actionUndo")->trigger();
    CHECK(acme.find(shipReliably).parent().data().toString() == QStringLiteral("Win the mid-market"));
    CHECK(acme.storedPlan().objective(shipId)->parentId != NoId);
    CHECK(warnings.warnings().isEmpty());
    CAPTURE(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("The details panel moves an objective to another team, the tree follows, undo and redo move it back",
          "[ui][window][editing][details][team]")
{
    EditingWindow acme;
    const WarningRecorder warnings;
    const QAbstractItemModelTester tester(acme.tree()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    const QString buildDebt = QStringLiteral("Pay down build debt");
    acme.select(buildDebt);
    auto *team = acme.child<QComboBox>("objectiveTeam");
    REQUIRE(team->isEnabled());
    REQUIRE(team->currentText().trimmed() == QStringLiteral("Engineering"));
    // Aligned to nothing and nothing aligned to it: every team, the company's too.
    CHECK(team->count() == 3);

    // From Engineering one up to Sales, with the keyboard.
    team->setFocus();
    QTest::keyClick(team, Qt::Key_Up);

    CHECK(team->currentText().trimmed() == QStringLiteral("Sales"));
    const QModelIndex moved = acme.find(buildDebt);
    CHECK(moved.parent().data().toString() == QStringLiteral("Sales"));
    CHECK_FALSE(acme.find(QStringLiteral("Engineering")).isValid()); // its only objective left
    CHECK(acme.tree()->currentIndex() == moved);
    CHECK(acme.tree()->isExpanded(moved.parent()));
    const Id buildDebtId = moved.data(ItemRoles::ItemIdRole).value<Id>();
    const Id salesId = acme.find(closeDeals).siblingAtColumn(0).data(ItemRoles::ItemIdRole).value<Id>();
    const CyclePlan stored = acme.storedPlan();
    CHECK(stored.team(stored.objective(buildDebtId)->teamId)->name == QStringLiteral("Sales"));
    CHECK(stored.objective(buildDebtId)->parentId == NoId);
    CHECK(stored.objective(salesId)->teamId == stored.objective(buildDebtId)->teamId);
    CHECK(acme.undoStack()->count() == 1);

    acme.action("actionUndo")->trigger();
    CHECK(acme.find(buildDebt).parent().data().toString() == QStringLiteral("Engineering"));
    CHECK(team->currentText().trimmed() == QStringLiteral("Engineering"));
    CHECK(acme.storedPlan().team(acme.storedPlan().objective(buildDebtId)->teamId)->name ==
          QStringLiteral("Engineering"));

    acme.action("actionRedo")->trigger();
    CHECK(acme.find(buildDebt).parent().data().toString() == QStringLiteral("Sales"));
    CHECK(team->currentText().trimmed() == QStringLiteral("Sales"));
    // The model's shape changes are clean (the offscreen platform's own notes aside).
    const QStringList modelWarnings = warnings.warnings().filter(QStringLiteral("qt.modeltest"));
    CAPTURE(modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(modelWarnings.isEmpty());

    SECTION("the company's team makes it a company objective, at the top")
    {
        team->setFocus();
        QTest::keyClick(team, Qt::Key_Up);
        CHECK(team->currentText() == QStringLiteral("Acme"));
        CHECK_FALSE(acme.find(buildDebt).parent().isValid());
    }
}

TEST_CASE("An aligned objective is offered only the teams its alignment allows", "[ui][window][details][team]")
{
    EditingWindow acme;
    auto *team = acme.child<QComboBox>("objectiveTeam");

    // Aligned to the company's "Win the mid-market": the teams below the company.
    acme.select(closeDeals);
    QStringList offered;
    for (int row = 0; row < team->count(); ++row)
        offered.append(team->itemText(row).trimmed());
    CHECK(offered == QStringList{QStringLiteral("Sales"), QStringLiteral("Engineering")});
    CHECK(team->isEnabled());

    // Sales and Engineering objectives are aligned to it: it stays the company's.
    acme.select(QStringLiteral("Win the mid-market"));
    CHECK(team->count() == 1);
    CHECK_FALSE(team->isEnabled());
}

TEST_CASE("On a team node Add Below adds an objective for that team, rename and delete do not apply",
          "[ui][window][editing][team]")
{
    EditingWindow acme;
    acme.select(QStringLiteral("Engineering"));
    CHECK_FALSE(acme.action("actionRename")->isEnabled());
    CHECK_FALSE(acme.action("actionDelete")->isEnabled());
    CHECK(acme.child<QLabel>("teamName")->text() == QStringLiteral("Engineering"));
    CHECK(acme.child<QLabel>("teamSummary")->isVisible());

    QTest::keyClick(acme.tree(), Qt::Key_Insert);
    acme.typeIntoEditor(QStringLiteral("Hire two platform engineers"));

    const QModelIndex added = acme.find(QStringLiteral("Hire two platform engineers"));
    REQUIRE(added.isValid());
    CHECK(added.parent().data().toString() == QStringLiteral("Engineering"));
    const CyclePlan stored = acme.storedPlan();
    const Objective *objective = stored.objective(added.data(ItemRoles::ItemIdRole).value<Id>());
    REQUIRE(objective);
    CHECK(stored.team(objective->teamId)->name == QStringLiteral("Engineering"));
    CHECK(objective->parentId == NoId);
}

TEST_CASE("The text filter shows a team node when one of its objectives matches", "[ui][window][filter][team]")
{
    EditingWindow acme;
    auto *filter = acme.child<QLineEdit>("textFilter");

    QTest::keyClicks(filter, QStringLiteral("build"));
    REQUIRE(acme.tree()->model()->rowCount() == 1);
    CHECK(acme.find(QStringLiteral("Pay down build debt")).parent().data().toString() == QStringLiteral("Engineering"));

    // A team's name matches its objectives (their team column), and the team node comes with them.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("engineering"));
    CHECK(acme.find(QStringLiteral("Ship reliably")).parent().data().toString() ==
          QStringLiteral("Win the mid-market"));
    CHECK(acme.find(QStringLiteral("Pay down build debt")).parent().data().toString() == QStringLiteral("Engineering"));
    CHECK_FALSE(acme.find(closeDeals).isValid());

    filter->clear();
    auto *teams = acme.child<QComboBox>("teamFilter");
    teams->setCurrentIndex(teams->findText(QStringLiteral("Sales"), Qt::MatchEndsWith));
    CHECK_FALSE(acme.find(QStringLiteral("Engineering")).isValid());
    CHECK(acme.find(closeDeals).isValid());

    // A key result's owner matches too, whatever the case of its letters.
    teams->setCurrentIndex(0);
    AlignmentTreeModel *model = acme.model();
    const auto churn = std::find_if(model->plan().keyResults.cbegin(), model->plan().keyResults.cend(),
                                    [](const KeyResult &keyResult) { return keyResult.title == churnKeyResult; });
    REQUIRE(churn != model->plan().keyResults.cend());
    REQUIRE(
        model->setData(model->keyResultIndex(churn->id, AlignmentTreeModel::OwnerColumn), QStringLiteral("Zoë Ågren")));
    QTest::keyClicks(filter, QStringLiteral("ZOË åG"));
    CHECK(acme.find(churnKeyResult).isValid());
    CHECK_FALSE(acme.find(dealsKeyResult).isValid());
}

TEST_CASE("Insert after an Undo adds the key result and opens it for naming", "[ui][window][editing][outcome]")
{
    EditingWindow acme;
    acme.select(closeDeals);
    QTest::keyClick(acme.tree(), Qt::Key_Insert);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // added, not renamed: one step
    acme.action("actionUndo")->trigger();
    REQUIRE(acme.undoStack()->count() == 1);
    acme.select(closeDeals);

    // The stack drops the undone step before it takes the new one: its size stays 1.
    QTest::keyClick(acme.tree(), Qt::Key_Insert);
    acme.typeIntoEditor(QStringLiteral("Win 4 logos"));

    CHECK(acme.tree()->currentIndex().data().toString() == QStringLiteral("Win 4 logos"));
    CHECK(EditingWindow::keyResultTitles(acme.storedPlan(), closeDeals) ==
          QStringList{dealsKeyResult, churnKeyResult, QStringLiteral("Win 4 logos")});
    CHECK(acme.undoStack()->count() == 2);
}
