#include "widgets/ProgressBarDelegate.h"

#include "palette/PaceColours.h"
#include "text/DomainText.h"
#include "widgets/ItemRoles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int Margin = 4;
constexpr int Spacing = 6;
constexpr int MinimumBarWidth = 60;

int textWidth(const QFont &font)
{
    // Wide enough for the widest value in bold (top-level objectives), so the bars of every row line up.
    QFont bold(font);
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(DomainText::percent(1.0));
}

bool isMeasured(const QModelIndex &index)
{
    const QVariant hasContributors = index.data(ItemRoles::HasContributorsRole);
    return index.data(ItemRoles::ProgressRole).isValid() && (!hasContributors.isValid() || hasContributors.toBool());
}

} // namespace

ProgressBarDelegate::ProgressBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem itemOption(option);
    initStyleOption(&itemOption, index);
    if (!isMeasured(index)) {
        // "no key results": a hint rather than a value.
        itemOption.palette.setColor(QPalette::Text, itemOption.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, itemOption, index);
        return;
    }

    // The background, selection and focus come from the style; the text is drawn below, beside the bar.
    const QString text = itemOption.text;
    itemOption.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &itemOption, painter, widget);

    const double progress = std::clamp(index.data(ItemRoles::ProgressRole).toDouble(), 0.0, 1.0);
    const double expected = std::clamp(index.data(ItemRoles::ExpectedProgressRole).toDouble(), 0.0, 1.0);
    const QVariant status = index.data(ItemRoles::PaceStatusRole);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;

    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const int labelWidth = textWidth(option.font);
    const QRect textRect(area.right() - labelWidth + 1, area.top(), labelWidth, area.height());
    const int barHeight = std::max(6, option.fontMetrics.height() * 3 / 5);
    const QRect barRect(area.left(), area.center().y() - barHeight / 2 + 1,
                        std::max(0, area.width() - labelWidth - Spacing), barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (barRect.width() > 0) {
        // The outline carries the status colour too, so a bar that has not moved still shows it.
        // No status yet (no check-in since a key result was added): a neutral bar, neither green nor red.
        const QColor statusColour = status.isValid() ? PaceColours::forStatus(Confidence(status.toInt()), palette)
                                                     : palette.color(QPalette::Mid);
        painter->setPen(statusColour);
        painter->setBrush(palette.color(QPalette::Window));
        painter->drawRect(barRect.adjusted(0, 0, -1, -1));

        const int filled = int(std::lround(progress * (barRect.width() - 2)));
        painter->fillRect(QRect(barRect.left() + 1, barRect.top() + 1, filled, barRect.height() - 2), statusColour);

        // The pace marker reaches past the bar so it stays visible over any fill colour.
        const int markerX = barRect.left() + int(std::lround(expected * (barRect.width() - 1)));
        painter->setPen(QPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text), 2));
        painter->drawLine(markerX, barRect.top() - 3, markerX, barRect.bottom() + 3);
    }
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(itemOption.font);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isMeasured(index))
        size.setWidth(std::max(size.width(), 2 * Margin + MinimumBarWidth + Spacing + textWidth(option.font)));
    return size;
}
