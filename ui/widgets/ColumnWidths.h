#pragma once

class QHeaderView;

// The first widths of a view's resizable columns: what their usual content needs, estimated by the view, but never
// narrower than the header's own text in the interface's language ("Team / Verantwortlich", "Letzter Check-in"),
// so no header starts cut off. The user may narrow them afterwards.
class ColumnWidths {
public:
    // Sizes `column` of `header` (which has its model) to `contentWidth`, or to its header text when that is wider.
    static void fit(QHeaderView *header, int column, int contentWidth);
};
