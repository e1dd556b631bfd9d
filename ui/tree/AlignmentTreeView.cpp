#include "tree/AlignmentTreeView.h"

#include "tree/AlignmentTreeModel.h"

#include <QAbstractProxyModel>
#include <QDragMoveEvent>
#include <QToolTip>

#include <algorithm>

AlignmentTreeView::AlignmentTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

void AlignmentTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    // Where the pointer would drop, by the rule QAbstractItemView uses (a margin at the top and bottom of a row
    // means between rows): worked out here because the view keeps no position for a refused drop.
    const QPoint position = event->position().toPoint();
    const QModelIndex under = indexAt(position);
    QModelIndex parent = under.sibling(under.row(), 0);
    int row = -1;
    const QRect rect = visualRect(under);
    const int margin = std::clamp(static_cast<int>(rect.height() / 5.5), 2, 12);
    if (!under.isValid()) {
        parent = QModelIndex();
    } else if (position.y() - rect.top() < margin) {
        parent = under.parent();
        row = under.row();
    } else if (rect.bottom() - position.y() < margin) {
        parent = under.parent();
        row = under.row() + 1;
    }
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const auto *tree = qobject_cast<const AlignmentTreeModel *>(proxy ? proxy->sourceModel() : model());
    if (!tree)
        return;
    QModelIndex sourceParent = parent;
    int sourceRow = row;
    if (proxy) {
        sourceParent = proxy->mapToSource(parent);
        if (row >= 0) {
            const QModelIndex at = model()->index(row, 0, parent);
            sourceRow = at.isValid() ? proxy->mapToSource(at).row() : tree->rowCount(sourceParent);
        }
    }
    showDropHint(tree->dropExplanation(event->mimeData(), sourceRow, sourceParent), position);
}

void AlignmentTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    showDropHint(QString(), QPoint());
}

void AlignmentTreeView::dropEvent(QDropEvent *event)
{
    QTreeView::dropEvent(event);
    showDropHint(QString(), QPoint());
}

void AlignmentTreeView::showDropHint(const QString &hint, const QPoint &position)
{
    if (hint == m_dropHint)
        return;
    m_dropHint = hint;
    if (hint.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(viewport()->mapToGlobal(position), hint, viewport());
    emit dropHintChanged(hint);
}
