#pragma once

#include "model/Confidence.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// Status colours from the Okabe-Ito palette, which stays distinguishable with the common colour-vision
// deficiencies: bluish green (on track), orange (at risk), vermillion (off track). Lightened on dark palettes
// so they keep their contrast against the view's base colour.
namespace PaceColours {

QColor forStatus(Confidence status, const QPalette &palette);

// A swatch in the status colour whose shape says the status too, for readers who cannot tell the colours apart:
// a circle on track, a triangle at risk, a square off track. `size` is its side in device-independent pixels.
QIcon statusIcon(Confidence status, const QPalette &palette, int size);

} // namespace PaceColours
