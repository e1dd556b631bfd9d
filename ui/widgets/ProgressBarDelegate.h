#pragma once

#include <QStyledItemDelegate>

// Draws AlignmentTreeModel's progress column as a bar coloured by pace status, with a tick where the cycle's
// elapsed share (the expected pace) lies and the percentage beside it. Cells without a progress value
// (initiatives, objectives with no key results) are drawn as plain text.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
