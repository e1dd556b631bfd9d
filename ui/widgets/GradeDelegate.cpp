#include "widgets/GradeDelegate.h"

#include <QDoubleSpinBox>

QWidget *GradeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *editor = new QDoubleSpinBox(parent);
    editor->setRange(0.0, 1.0);
    editor->setSingleStep(0.1);
    editor->setDecimals(1);
    editor->setFrame(false);
    editor->setAccessibleName(tr("Grade"));
    return editor;
}
