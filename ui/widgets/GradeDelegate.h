#pragma once

#include <QStyledItemDelegate>

// Edits a review grade with a spin box from 0.0 to 1.0 in steps of 0.1.
class GradeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
