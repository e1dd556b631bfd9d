#include "widgets/ColumnWidths.h"

#include <QHeaderView>

#include <algorithm>

void ColumnWidths::fit(QHeaderView *header, int column, int contentWidth)
{
    // The header's hint: its text, margins and sort indicator in the header's font and style.
    header->resizeSection(column, std::max(contentWidth, header->sectionSizeHint(column)));
}
