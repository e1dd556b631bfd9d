#pragma once

#include <QTreeView>

// The alignment tree's view: while an item is dragged it says where it would land, or why it cannot go there, in
// a tooltip at the pointer (the model's AlignmentTreeModel::dropExplanation), beside Qt's drop indicator.
class AlignmentTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit AlignmentTreeView(QWidget *parent = nullptr);

    // What the tooltip says about the drag in progress; empty when nothing is dragged.
    QString dropHint() const { return m_dropHint; }

signals:
    void dropHintChanged(const QString &hint);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDropHint(const QString &hint, const QPoint &position);

    QString m_dropHint;
};
