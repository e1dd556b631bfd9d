#include "palette/PaceColours.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace PaceColours {

QColor forStatus(Confidence status, const QPalette &palette)
{
    QColor colour;
    switch (status) {
    case Confidence::OnTrack:
        colour = QColor(0x00, 0x9E, 0x73);
        break;
    case Confidence::AtRisk:
        colour = QColor(0xE6, 0x9F, 0x00);
        break;
    case Confidence::OffTrack:
        colour = QColor(0xD5, 0x5E, 0x00);
        break;
    }
    const bool darkBase = palette.color(QPalette::Base).lightnessF() < 0.5;
    return darkBase ? colour.lighter(130) : colour;
}

namespace {

// WCAG's relative luminance.
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor forText(Confidence status, const QPalette &palette)
{
    QColor colour = forStatus(status, palette);
    const QColor base = palette.color(QPalette::Base);
    const bool darkBase = base.lightnessF() < 0.5;
    for (int step = 0; step < 12 && contrast(colour, base) < 4.5; ++step)
        colour = darkBase ? colour.lighter(112) : colour.darker(112);
    return colour;
}

QPalette paper(const QPalette &shown)
{
    const bool darkBase = shown.color(QPalette::Base).lightnessF() < 0.5;
    // A palette derived from a light grey button is the light counterpart of any dark one.
    QPalette palette = darkBase ? QPalette(QColor(0xEF, 0xEF, 0xEF)) : shown;
    for (const QPalette::ColorRole paperRole : {QPalette::Base, QPalette::Window})
        palette.setColor(paperRole, Qt::white);
    for (const QPalette::ColorRole inkRole : {QPalette::Text, QPalette::WindowText})
        palette.setColor(inkRole, Qt::black);
    return palette;
}

QString textStyle(Confidence status, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(forText(status, palette).name());
}

QColor forGrade(double grade, Commitment commitment, const QPalette &palette)
{
    switch (Scoring::gradeColour(grade, commitment)) {
    case Scoring::GradeColour::Green:
        return forStatus(Confidence::OnTrack, palette);
    case Scoring::GradeColour::Yellow:
        return forStatus(Confidence::AtRisk, palette);
    case Scoring::GradeColour::Red:
        break;
    }
    return forStatus(Confidence::OffTrack, palette);
}

QIcon statusIcon(Confidence status, const QPalette &palette, int size)
{
    // Drawn at twice the size: sharp on high-density screens, scaled down smoothly elsewhere.
    constexpr int scale = 2;
    QPixmap pixmap(size * scale, size * scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), scale));
    painter.setBrush(forStatus(status, palette));
    const QRectF shape = QRectF(pixmap.rect()).adjusted(2.0 * scale, 2.0 * scale, -2.0 * scale, -2.0 * scale);
    switch (status) {
    case Confidence::OnTrack:
        painter.drawEllipse(shape);
        break;
    case Confidence::AtRisk: {
        QPainterPath triangle;
        triangle.moveTo(shape.center().x(), shape.top());
        triangle.lineTo(shape.bottomRight());
        triangle.lineTo(shape.bottomLeft());
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    case Confidence::OffTrack:
        painter.drawRect(shape);
        break;
    }
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    QIcon icon;
    // The same picture when selected: the style's tint would change the colour that carries the meaning.
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace PaceColours
