#include "board/SparklineDelegate.h"

#include "model/Confidence.h"
#include "palette/PaceColours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SparklineDelegate::SparklineDelegate(const Roles &roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<double> values = index.data(m_roles.values).value<QList<double>>();
    if (values.size() < 2)
        return;
    const double target = index.data(m_roles.target).toDouble();
    const auto [lowest, highest] = std::minmax_element(values.cbegin(), values.cend());
    const double low = std::min(*lowest, target);
    const double high = std::max(*highest, target);
    const double span = high > low ? high - low : 1.0;

    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    const auto pointAt = [&](qsizetype position, double value) {
        const double x =
            area.left() + area.width() * static_cast<double>(position) / static_cast<double>(values.size() - 1);
        const double y = area.bottom() - area.height() * (value - low) / span;
        return QPointF(x, y);
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor lineColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    QPen targetPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText), 1, Qt::DashLine);
    painter->setPen(targetPen);
    const double targetY = pointAt(0, target).y();
    painter->drawLine(QPointF(area.left(), targetY), QPointF(area.right(), targetY));

    QPainterPath line(pointAt(0, values.first()));
    for (qsizetype position = 1; position < values.size(); ++position)
        line.lineTo(pointAt(position, values.at(position)));
    painter->setPen(QPen(lineColour, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);

    const QVariant status = index.data(m_roles.status);
    const QColor dot = status.isValid() ? PaceColours::forStatus(Confidence(status.toInt()), palette) : lineColour;
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(pointAt(values.size() - 1, values.last()), 3.0, 3.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    const int lineHeight = option.fontMetrics.height();
    return {std::max(text.width(), lineHeight * 8), std::max(text.height(), lineHeight + 8)};
}
