#include "support/catch.h"

#include "support/CatchQt.h"
#include "tree/AlignmentTreeView.h"
#include "ui/support/AcmeWindow.h"

#include <QApplication>
#include <QDragMoveEvent>
#include <QMimeData>
#include <QStatusBar>

#include <memory>

namespace {

// Drags `dragged` over the middle of `target`'s row as a person would: the view hears an enter, then a move.
QString dragOver(const AcmeWindow &acme, const QMimeData &dragged, const QModelIndex &target)
{
    QTreeView *tree = acme.tree();
    tree->scrollTo(target);
    const QPoint middle = tree->visualRect(target).center();
    QDragEnterEvent enter(middle, Qt::MoveAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(middle, Qt::MoveAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    auto *view = qobject_cast<AlignmentTreeView *>(tree);
    REQUIRE(view);
    return view->dropHint();
}

} // namespace

TEST_CASE("Dragging an objective says where it would land, and why a place refuses it", "[ui][tree][drag]")
{
    AcmeWindow acme;
    acme.tree()->expandAll();
    const QModelIndex deals = acme.find(QStringLiteral("Close more deals"));
    const std::unique_ptr<QMimeData> dragged(acme.tree()->model()->mimeData({deals}));

    CHECK(dragOver(acme, *dragged, acme.find(QStringLiteral("Be loved by our customers"))) ==
          QStringLiteral("Drop to align “Close more deals” under “Be loved by our customers”."));
    CHECK(dragOver(acme, *dragged, acme.find(QStringLiteral("Close 10 mid-market deals"))) ==
          QStringLiteral("An objective aligns to another objective, not to a key result or an initiative."));
    CHECK(acme.window.statusBar()->currentMessage() ==
          QStringLiteral("An objective aligns to another objective, not to a key result or an initiative."));
    CHECK(dragOver(acme, *dragged, deals)
              .startsWith(
                  QStringLiteral("“Close more deals” cannot align to “Close more deals”: an objective aligns to")));
}

TEST_CASE("Dragging a key result says which place it takes among its siblings", "[ui][tree][drag]")
{
    AcmeWindow acme;
    acme.tree()->expandAll();
    const QModelIndex objective = acme.find(QStringLiteral("Close more deals"));
    REQUIRE(acme.tree()->model()->rowCount(objective) >= 2);
    const QModelIndex first = acme.tree()->model()->index(0, 0, objective);
    const QModelIndex second = acme.tree()->model()->index(1, 0, objective);
    const std::unique_ptr<QMimeData> dragged(acme.tree()->model()->mimeData({first}));

    CHECK(dragOver(acme, *dragged, second) ==
          QStringLiteral("Drop to make “%1” key result 2 of “Close more deals”.").arg(first.data().toString()));
    CHECK(dragOver(acme, *dragged, acme.find(QStringLiteral("Be loved by our customers")))
              .endsWith(QStringLiteral("moves only among the key results of “Close more deals”.")));
}
