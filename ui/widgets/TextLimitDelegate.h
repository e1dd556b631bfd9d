#pragma once

#include "model/TextLimits.h"

#include <QHash>
#include <QStyledItemDelegate>

// Edits text in a view's cells with a line edit that stops at the TextLimits of the cell's column, so an in-place
// edit can never be refused for its length.
class TextLimitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    TextLimitDelegate(QHash<int, TextField> fieldsByColumn, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHash<int, TextField> m_fieldsByColumn;
};
