#include "widgets/TextLimitDelegate.h"

#include "widgets/TextLimitHint.h"

#include <QLineEdit>

#include <utility>

TextLimitDelegate::TextLimitDelegate(QHash<int, TextField> fieldsByColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fieldsByColumn(std::move(fieldsByColumn))
{
}

QWidget *TextLimitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    const auto field = m_fieldsByColumn.constFind(index.column());
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && field != m_fieldsByColumn.constEnd())
        TextLimitHint::limit(line, *field);
    return editor;
}
