#include "PaceColours.h"

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

} // namespace PaceColours
