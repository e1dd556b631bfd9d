#include "widgets/ColumnHeaders.h"

ColumnHeaders::ColumnHeaders(std::initializer_list<Column> columns)
    : m_columns(columns)
{
}

QVariant ColumnHeaders::data(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Column &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::ToolTipRole && !column.toolTip.isEmpty())
        return column.toolTip;
    return {};
}
