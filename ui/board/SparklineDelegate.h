#pragma once

#include <QStyledItemDelegate>

// Draws a small line of a row's values over time (KpiTableModel::ValuesRole) with its target as a dashed line,
// the last value as a dot in the status colour (KpiTableModel::StandingRole).
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
