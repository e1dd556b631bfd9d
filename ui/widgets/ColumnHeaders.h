#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// The horizontal header of a table or tree model, declared once as a list of column titles (with a tooltip where
// one helps) in column order: headerData() answers from it instead of a switch per model.
//
// Use: m_headers({{tr("Title")}, {tr("Status"), tr("Pace: ...")}}); headerData() returns m_headers.data(...).
class ColumnHeaders {
public:
    struct Column {
        QString title;
        QString toolTip = {}; // none when empty
    };

    ColumnHeaders(std::initializer_list<Column> columns);

    // The title (Qt::DisplayRole) or tooltip (Qt::ToolTipRole) of a horizontal section; nothing otherwise.
    QVariant data(int section, Qt::Orientation orientation, int role) const;
    int count() const { return int(m_columns.size()); }

private:
    QList<Column> m_columns;
};
