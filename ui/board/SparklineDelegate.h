#pragma once

#include <QStyledItemDelegate>

// Draws a small line of a row's values over time with its target as a dashed line, the last value as a dot in
// its status colour. The model says which roles hold them: the KPI table and the progress board share it.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Roles {
        int values; // QList<double>, oldest first
        int target; // double
        int status; // Confidence as int, the last value's; none: the dot takes the line's colour
    };

    SparklineDelegate(const Roles &roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Roles m_roles;
};
