#pragma once

#include "Confidence.h"

#include <QColor>
#include <QPalette>

// Status colours from the Okabe-Ito palette, which stays distinguishable with the common colour-vision
// deficiencies: bluish green (on track), orange (at risk), vermillion (off track). Lightened on dark palettes
// so they keep their contrast against the view's base colour.
namespace PaceColours {

QColor forStatus(Confidence status, const QPalette &palette);

} // namespace PaceColours
