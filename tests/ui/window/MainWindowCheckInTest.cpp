#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "document/DocumentSession.h"
#include "history/KeyResultHistoryView.h"
#include "history/TeamNotesView.h"
#include "storage/Repository.h"
#include "support/CatchQt.h"
#include "text/DomainText.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/DemoWindow.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/ItemRoles.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

// The first key result row of the tree, in tree order.
QModelIndex firstKeyResult(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, AlignmentTreeModel::TitleColumn, parent);
        if (index.data(ItemRoles::NodeKindRole).toInt() == int(AlignmentTreeModel::NodeKind::KeyResult))
            return index;
        if (const QModelIndex found = firstKeyResult(model, index); found.isValid())
            return found;
    }
    return {};
}

QString valueText(const QModelIndex &keyResult)
{
    return keyResult.siblingAtColumn(AlignmentTreeModel::ValueColumn).data().toString();
}

} // namespace

TEST_CASE("A check-in from the window should show its values in the tree and undo from it", "[ui][window][checkin]")
{
    const RecordedMessages messages;
    const DemoWindow demo;
    MainWindow &window = *demo.window;

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("alignmentTree"));
    REQUIRE(tree);
    const QPersistentModelIndex keyResultRow = firstKeyResult(*tree->model());
    REQUIRE(keyResultRow.isValid());
    tree->setCurrentIndex(keyResultRow);
    tree->setFocus();
    const Id keyResultId = keyResultRow.data(ItemRoles::ItemIdRole).value<Id>();
    const CyclePlan plan =
        window.session()->repository().queries().loadCyclePlan(window.session()->repository().cycles().active()->id);
    KeyResult keyResult = *plan.keyResult(keyResultId);
    const Id teamId = plan.objective(keyResult.objectiveId)->teamId;
    const QString before = valueText(keyResultRow);
    REQUIRE(before == DomainText::currentAndTarget(keyResult));

    // The docks follow the selection: the key result's history, its team's notes.
    auto *historyDock = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    auto *teamNotesDock = window.findChild<QDockWidget *>(QStringLiteral("teamNotesDock"));
    REQUIRE(historyDock);
    REQUIRE(teamNotesDock);
    auto *history = qobject_cast<KeyResultHistoryView *>(historyDock->widget());
    auto *teamNotes = qobject_cast<TeamNotesView *>(teamNotesDock->widget());
    REQUIRE(history);
    REQUIRE(teamNotes);
    CHECK(history->keyResultId() == keyResultId);
    CHECK(teamNotes->teamId() == teamId);
    // The Details tab is in front: the Team Notes behind it have read nothing yet, and read when their tab is chosen.
    CHECK(teamNotes->notesText().isEmpty());
    teamNotesDock->raise();
    CHECK(QTest::qWaitFor([teamNotes] { return !teamNotes->notesText().isEmpty(); }));
    window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->raise();
    tree->setFocus();

    auto *checkInAction = window.findChild<QAction *>(QStringLiteral("actionCheckIn"));
    REQUIRE(checkInAction);
    REQUIRE(checkInAction->isEnabled());
    QTest::keyClick(tree, Qt::Key_K, Qt::ControlModifier);
    const QPointer<CheckInDialog> dialog = window.findChild<CheckInDialog *>();
    REQUIRE(dialog);
    // xvfb has no window manager: the shown dialog gets the keyboard when asked to.
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->teamId() == teamId); // the selected item's team
    // The menu item names the window it opens.
    CHECK(dialog->windowTitle() == checkInAction->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    // Halfway from where it stands to its target: a value the tree cannot show already.
    const double newValue = qRound((keyResult.currentOrStart() + keyResult.target) / 2 * 10) / 10.0;
    REQUIRE(newValue != keyResult.currentOrStart());
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("newValue-%1").arg(keyResultId));
    REQUIRE(value);
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, QString::number(newValue, 'g', 12));
    QTest::keyClick(value, Qt::Key_S, Qt::ControlModifier);

    REQUIRE(QTest::qWaitFor([&dialog] { return dialog.isNull(); })); // closed and deleted
    CHECK(messages.messages().isEmpty());
    keyResult.current = newValue;
    const QString after = DomainText::currentAndTarget(keyResult);
    CHECK(after != before);
    REQUIRE(keyResultRow.isValid());
    CHECK(valueText(keyResultRow) == after);
    CHECK(tree->currentIndex() == QModelIndex(keyResultRow)); // the selection stayed on the key result
    auto *timeline = history->findChild<QTableWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->rowCount() > 0);
    CHECK(timeline->item(0, 1)->text() == DomainText::measure(keyResult, newValue)); // as the tree writes it

    window.activateWindow(); // as a window manager would on closing the dialog
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    CHECK(valueText(keyResultRow) == before);
}
