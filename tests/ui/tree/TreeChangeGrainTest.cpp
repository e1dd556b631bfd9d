// A change reaches the alignment tree at its grain: a change of values (a rename, a check-in) announces the rows it
// touches with dataChanged, and only a change of shape relayouts the tree.
#include "support/catch.h"

#include "commands/SaveCheckInCommand.h"
#include "document/DocumentSession.h"
#include "storage/Document.h"
#include "support/CatchQt.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/AcmeWindow.h"
#include "widgets/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

const QString closeDeals = QStringLiteral("Close more deals");
const QString dealsKeyResult = QStringLiteral("Close 10 mid-market deals");

// What the tree model announces while a test edits the document.
struct ModelSignals {
    explicit ModelSignals(AlignmentTreeModel *model)
        : layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , modelReset(model, &QAbstractItemModel::modelReset)
        , dataChanged(model, &QAbstractItemModel::dataChanged)
    {
    }

    // True when one dataChanged covered `index`'s row from column `first` to column `last`.
    bool announced(const QModelIndex &index, int first, int last) const
    {
        for (const QList<QVariant> &arguments : dataChanged) {
            const auto topLeft = arguments.at(0).value<QModelIndex>();
            const auto bottomRight = arguments.at(1).value<QModelIndex>();
            if (topLeft.parent() == index.parent() && topLeft.row() <= index.row() &&
                index.row() <= bottomRight.row() && topLeft.column() <= first && last <= bottomRight.column())
                return true;
        }
        return false;
    }

    void clear()
    {
        layoutChanged.clear();
        modelReset.clear();
        dataChanged.clear();
    }

    QSignalSpy layoutChanged;
    QSignalSpy modelReset;
    QSignalSpy dataChanged;
};

struct GrainWindow : AcmeWindow {
    AlignmentTreeModel *model() const
    {
        auto *found = window.findChild<AlignmentTreeModel *>();
        REQUIRE(found);
        return found;
    }

    // The tree model's index of the row titled `title`.
    QModelIndex sourceIndex(const QString &title) const
    {
        const QModelIndex shown = find(title);
        REQUIRE(shown.isValid());
        return qobject_cast<const QSortFilterProxyModel *>(tree()->model())->mapToSource(shown);
    }

    void trigger(const char *actionName) const
    {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
        REQUIRE(action);
        action->trigger();
    }
};

} // namespace

TEST_CASE("A rename announces its row, relayouts nothing and keeps the view's state", "[ui][tree][grain]")
{
    GrainWindow acme;
    const QAbstractItemModelTester tester(acme.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    acme.select(dealsKeyResult);
    const QModelIndex keyResult = acme.sourceIndex(dealsKeyResult);
    const QPersistentModelIndex persistent(keyResult);
    REQUIRE(acme.tree()->isExpanded(acme.find(closeDeals)));
    ModelSignals spy(acme.model());

    REQUIRE(acme.model()->setData(keyResult, QStringLiteral("Close 12 mid-market deals")));

    CHECK(spy.layoutChanged.isEmpty());
    CHECK(spy.modelReset.isEmpty());
    CHECK(spy.announced(keyResult, AlignmentTreeModel::TitleColumn, AlignmentTreeModel::ColumnCount - 1));
    CHECK(persistent.data().toString() == QStringLiteral("Close 12 mid-market deals"));
    CHECK(acme.tree()->currentIndex().data().toString() == QStringLiteral("Close 12 mid-market deals"));
    CHECK(acme.tree()->isExpanded(acme.find(closeDeals)));

    SECTION("and so do its undo and redo")
    {
        for (const char *step : {"actionUndo", "actionRedo"}) {
            spy.clear();
            acme.trigger(step);
            CHECK(spy.layoutChanged.isEmpty());
            CHECK(spy.modelReset.isEmpty());
            CHECK(spy.announced(keyResult, AlignmentTreeModel::TitleColumn, AlignmentTreeModel::ColumnCount - 1));
            CHECK(acme.tree()->currentIndex() == acme.find(persistent.data().toString()));
            CHECK(acme.tree()->isExpanded(acme.find(closeDeals)));
        }
        CHECK(persistent.data().toString() == QStringLiteral("Close 12 mid-market deals"));
    }
}

TEST_CASE("A check-in announces the key result's row and its objective's progress, and relayouts nothing",
          "[ui][tree][grain]")
{
    GrainWindow acme;
    const QModelIndex objective = acme.sourceIndex(closeDeals);
    const QModelIndex keyResult = acme.sourceIndex(dealsKeyResult);
    const CyclePlan &plan = acme.model()->plan();
    const KeyResult &deals = *plan.keyResult(keyResult.data(ItemRoles::ItemIdRole).value<Id>());
    CheckIn checkIn;
    checkIn.teamId = plan.objective(deals.objectiveId)->teamId;
    checkIn.week = IsoWeek::containing(plan.cycle.end); // the latest week: its value is the current one
    checkIn.updates = {{deals.id, deals.target, Confidence::OnTrack, {}}};
    ModelSignals spy(acme.model());

    DocumentSession &session = *acme.window.session();
    REQUIRE(session.push(new SaveCheckInCommand(session, checkIn, QStringLiteral("Sales"))).isDone());

    CHECK(spy.layoutChanged.isEmpty());
    CHECK(spy.modelReset.isEmpty());
    CHECK(spy.announced(keyResult, AlignmentTreeModel::TitleColumn, AlignmentTreeModel::ColumnCount - 1));
    CHECK(spy.announced(objective, AlignmentTreeModel::ProgressColumn, AlignmentTreeModel::StatusColumn));
    CHECK(keyResult.siblingAtColumn(AlignmentTreeModel::ProgressColumn).data(ItemRoles::ProgressRole).toDouble() ==
          Approx(1.0));
}

TEST_CASE("Moving a key result among its siblings still relayouts the tree", "[ui][tree][grain]")
{
    GrainWindow acme;
    QAbstractItemModel *shown = acme.tree()->model();
    const std::unique_ptr<QMimeData> dragged(shown->mimeData({acme.find(dealsKeyResult)}));
    ModelSignals spy(acme.model());

    REQUIRE(shown->dropMimeData(dragged.get(), Qt::MoveAction, 2, 0, acme.find(closeDeals)));

    CHECK(spy.layoutChanged.size() == 1);
    CHECK(acme.find(dealsKeyResult).row() == 1);
}
