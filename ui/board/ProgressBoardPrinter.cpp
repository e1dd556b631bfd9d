#include "board/ProgressBoardPrinter.h"

#include "board/PrintedBoardModel.h"
#include "board/ProgressBoardModel.h"
#include "board/ProgressBoardView.h"
#include "text/ValueFormat.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTreeView>

#include <algorithm>

namespace {

constexpr int ImageMargin = 16;      // around the picture, in the view's pixels
constexpr int Spacing = 6;           // between the heading's lines and the parts of a page
constexpr int CellPadding = 4;       // around the column titles: left and above and below, as the header has
constexpr double TitleScale = 1.4;   // the heading's first line against the board's text
constexpr double FooterScale = 0.85; // the page number's
constexpr double PageMarginMillimetres = 10.0;
constexpr double MillimetresPerInch = 25.4;
constexpr double BoardDotsPerInch = 96.0; // the view's pixels on paper: at a screen's usual size

const QColor ruleColour(0xB0, 0xB0, 0xB0);
const QColor mutedText(0x55, 0x55, 0x55);

QFont inPixels(const QFont &font)
{
    QFont pixels(font);
    pixels.setPixelSize(QFontInfo(font).pixelSize());
    return pixels;
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap, text).height();
}

} // namespace

ProgressBoardPrinter::ProgressBoardPrinter(ProgressBoardView &view)
    : m_tree(view.treeView())
    , m_header(view.treeView()->header())
    , m_font(inPixels(view.treeView()->font()))
    , m_printedModel(std::make_unique<PrintedBoardModel>(view.treeView()->palette(), m_font))
    , m_treeColumn(m_tree->treePosition() >= 0 ? m_tree->treePosition() : m_header->logicalIndex(0))
    , m_width(m_header->length())
    , m_organisation(view.organisationLine())
{
    m_printedModel->setSourceModel(m_tree->model());
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column))
            m_columns.append(column);
    }
    const ProgressBoardModel &board = *view.boardModel();
    m_title = board.cycle().name.isEmpty() ? tr("Progress board") : tr("Progress board: %1").arg(board.cycle().name);
    QStringList subtitle{ValueFormat().date(view.referenceDate())};
    subtitle.append(view.choicesInWords());
    m_subtitle = subtitle.join(tr("  ·  "));
    // With uniform rows the view measures one row for all: so does the print, which keeps 1,000 cards quick.
    const QAbstractItemModel &model = *m_tree->model();
    if (m_tree->uniformRowHeights() && model.rowCount() > 0)
        m_uniformRowHeight = measureRow(model.index(0, m_treeColumn));
    collectRows({}, 0);
}

ProgressBoardPrinter::~ProgressBoardPrinter() = default;

void ProgressBoardPrinter::collectRows(const QModelIndex &parent, int depth)
{
    const QAbstractItemModel &model = *m_tree->model();
    for (int row = 0, rows = model.rowCount(parent); row < rows; ++row) {
        const QModelIndex index = model.index(row, m_treeColumn, parent);
        const bool hasRows = model.rowCount(index) > 0;
        const bool expanded = hasRows && m_tree->isExpanded(index);
        m_rows.append(
            {index, depth, hasRows, expanded, m_uniformRowHeight > 0 ? m_uniformRowHeight : measureRow(index)});
        if (expanded)
            collectRows(index, depth + 1);
    }
}

int ProgressBoardPrinter::measureRow(const QModelIndex &index) const
{
    int height = 0;
    for (const int column : m_columns) {
        const QModelIndex cell = index.siblingAtColumn(column);
        const QStyleOptionViewItem option = cellOption(QRect(0, 0, m_header->sectionSize(column), 0));
        const QSize size = m_tree->itemDelegateForIndex(cell)->sizeHint(option, m_printedModel->mapFromSource(cell));
        height = std::max(height, size.height());
    }
    return height;
}

QStyleOptionViewItem ProgressBoardPrinter::cellOption(const QRect &rect) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_tree);
    option.widget = m_tree; // its style, as on screen
    option.rect = rect;
    option.state = QStyle::State_Enabled | QStyle::State_Active; // nothing selected, focused or hovered on paper
    option.palette = m_printedModel->paper();
    option.font = m_font;
    option.fontMetrics = QFontMetrics(m_font);
    option.textElideMode = m_tree->textElideMode();
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.decorationAlignment = Qt::AlignCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    const int smallIcon = m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
    option.decorationSize = m_tree->iconSize().isValid() ? m_tree->iconSize() : QSize(smallIcon, smallIcon);
    return option;
}

QFont ProgressBoardPrinter::scaledFont(double scale, bool bold) const
{
    QFont font(m_font);
    font.setPixelSize(std::max(1, int(std::lround(m_font.pixelSize() * scale))));
    font.setBold(bold);
    return font;
}

QSize ProgressBoardPrinter::imageSize() const
{
    int height = headingHeight(true) + columnTitlesHeight();
    for (const Row &row : m_rows)
        height += row.height;
    return {m_width + 2 * ImageMargin, height + 2 * ImageMargin};
}

QImage ProgressBoardPrinter::toImage() const
{
    const QSize size = imageSize();
    if (size.height() > MaximumImageHeight)
        return {};
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(m_printedModel->paper().color(QPalette::Base));
    QPainter painter(&image);
    painter.translate(ImageMargin, ImageMargin);
    int top = paintHeading(painter, 0, true);
    top = paintColumnTitles(painter, top);
    paintRows(painter, top, 0, m_rows.size());
    return image;
}

QPageLayout ProgressBoardPrinter::pageLayout() const
{
    const QPageSize size(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                    : QPageSize::A4);
    const QMarginsF margins(PageMarginMillimetres, PageMarginMillimetres, PageMarginMillimetres, PageMarginMillimetres);
    const double portraitWidth = size.size(QPageSize::Inch).width() - 2 * PageMarginMillimetres / MillimetresPerInch;
    const bool wide = m_width > portraitWidth * BoardDotsPerInch;
    return QPageLayout(size, wide ? QPageLayout::Landscape : QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

bool ProgressBoardPrinter::paint(QPagedPaintDevice &device, const Progress &progress) const
{
    // The board's pixels at their size on a screen, smaller when the columns are wider than the page.
    const double scale =
        std::min(double(device.width()) / std::max(1, m_width), device.logicalDpiX() / BoardDotsPerInch);
    // The page in the board's pixels.
    const QSize pageSize(int(device.width() / scale), int(device.height() / scale));
    const QList<Page> pages = pagesOf(pageSize.height());
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const int total = int(pages.size());
    for (int page = 0; page < total; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        int top = paintHeading(painter, 0, page == 0);
        top = paintColumnTitles(painter, top);
        paintRows(painter, top, pages.at(page).first, pages.at(page).end);
        painter.setFont(scaledFont(FooterScale, false));
        painter.setPen(mutedText);
        painter.drawText(QRect(0, pageSize.height() - footerHeight(), pageSize.width(), footerHeight()),
                         Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(total));
        painter.restore();
        if (progress && !progress(page + 1, total))
            return false;
    }
    return true;
}

int ProgressBoardPrinter::headingHeight(bool withOrganisation) const
{
    int height = QFontMetrics(scaledFont(TitleScale, true)).height() + QFontMetrics(m_font).height() + 2 * Spacing;
    if (withOrganisation && !m_organisation.isEmpty())
        height += wrappedHeight(scaledFont(1.0, true), m_width, m_organisation) + Spacing;
    return height;
}

int ProgressBoardPrinter::columnTitlesHeight() const
{
    return QFontMetrics(m_font).height() + 2 * CellPadding;
}

int ProgressBoardPrinter::footerHeight() const
{
    return QFontMetrics(scaledFont(FooterScale, false)).height() + Spacing;
}

QList<ProgressBoardPrinter::Page> ProgressBoardPrinter::pagesOf(int pageHeight) const
{
    QList<Page> pages;
    qsizetype next = 0;
    do {
        const bool first = pages.isEmpty();
        const int room = pageHeight - headingHeight(first) - columnTitlesHeight() - footerHeight();
        Page page{next, next};
        // At least one row a page, however tall, so the pages always end.
        for (int used = 0; page.end < m_rows.size(); ++page.end) {
            used += m_rows.at(page.end).height;
            if (used > room && page.end > page.first)
                break;
        }
        // A card's title goes over with its first objective rather than end a page alone.
        const bool endsOnATitle = page.end < m_rows.size() && m_rows.at(page.end - 1).expanded;
        if (endsOnATitle && page.end - 1 > page.first)
            --page.end;
        pages.append(page);
        next = page.end;
    } while (next < m_rows.size());
    return pages;
}

int ProgressBoardPrinter::paintHeading(QPainter &painter, int top, bool withOrganisation) const
{
    const QPalette &paper = m_printedModel->paper();
    const QFont title = scaledFont(TitleScale, true);
    painter.setPen(paper.color(QPalette::Text));
    painter.setFont(title);
    const int titleHeight = QFontMetrics(title).height();
    painter.drawText(QRect(0, top, m_width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(title).elidedText(m_title, Qt::ElideRight, m_width));
    top += titleHeight + Spacing;

    painter.setFont(m_font);
    painter.setPen(mutedText);
    const int lineHeight = QFontMetrics(m_font).height();
    painter.drawText(QRect(0, top, m_width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(m_font).elidedText(m_subtitle, Qt::ElideRight, m_width));
    top += lineHeight + Spacing;

    if (withOrganisation && !m_organisation.isEmpty()) {
        const QFont bold = scaledFont(1.0, true);
        const int height = wrappedHeight(bold, m_width, m_organisation);
        painter.setFont(bold);
        painter.setPen(paper.color(QPalette::Text));
        painter.drawText(QRect(0, top, m_width, height), Qt::AlignLeft | Qt::TextWordWrap, m_organisation);
        top += height + Spacing;
    }
    return top;
}

int ProgressBoardPrinter::paintColumnTitles(QPainter &painter, int top) const
{
    const QAbstractItemModel &model = *m_tree->model();
    const int height = columnTitlesHeight();
    painter.setFont(m_font); // the view's header is not bold either
    painter.setPen(m_printedModel->paper().color(QPalette::Text));
    for (const int column : m_columns) {
        const QRect cell(m_header->sectionPosition(column), top, m_header->sectionSize(column), height);
        const QVariant alignment = model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
        const int flags = alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter);
        const QRect text = cell.adjusted(CellPadding, 0, 0, 0);
        painter.drawText(text, flags,
                         QFontMetrics(m_font).elidedText(model.headerData(column, Qt::Horizontal).toString(),
                                                         Qt::ElideRight, text.width()));
    }
    painter.setPen(QPen(ruleColour, 1));
    painter.drawLine(0, top + height - 1, m_width, top + height - 1);
    return top + height;
}

int ProgressBoardPrinter::paintRows(QPainter &painter, int top, qsizetype first, qsizetype end) const
{
    for (qsizetype row = first; row < end; ++row) {
        paintRow(painter, m_rows.at(row), top);
        top += m_rows.at(row).height;
    }
    return top;
}

void ProgressBoardPrinter::paintRow(QPainter &painter, const Row &row, int top) const
{
    const QModelIndex index = row.index;
    if (!index.isValid())
        return;
    for (const int column : m_columns) {
        QRect rect(m_header->sectionPosition(column), top, m_header->sectionSize(column), row.height);
        const QModelIndex cell = index.siblingAtColumn(column);
        const QModelIndex printedCell = m_printedModel->mapFromSource(cell);
        if (column == m_treeColumn) {
            // The tree's indentation, shaded like the row, with the view's sign of a folded or unfolded card.
            const int indentation = m_tree->indentation();
            const int indent = indentation * (row.depth + (m_tree->rootIsDecorated() ? 1 : 0));
            const QRect branch(rect.left(), top, indent, row.height);
            if (const QVariant background = printedCell.data(Qt::BackgroundRole); background.isValid())
                painter.fillRect(branch, background.value<QBrush>());
            if (row.hasRows && indent >= indentation) {
                QStyleOption option = cellOption(QRect(branch.right() - indentation + 1, top, indentation, row.height));
                option.state |= QStyle::State_Children | QStyle::State_Item;
                if (row.expanded)
                    option.state |= QStyle::State_Open;
                m_tree->style()->drawPrimitive(QStyle::PE_IndicatorBranch, &option, &painter, m_tree);
            }
            rect.setLeft(rect.left() + indent);
        }
        painter.save();
        m_tree->itemDelegateForIndex(cell)->paint(&painter, cellOption(rect), printedCell);
        painter.restore();
    }
}
