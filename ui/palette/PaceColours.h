#pragma once

#include "model/Confidence.h"
#include "scoring/Scoring.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// Status colours from the Okabe-Ito palette, which stays distinguishable with the common colour-vision
// deficiencies: bluish green (on track), orange (at risk), vermillion (off track). Lightened on dark palettes
// so they keep their contrast against the view's base colour.
namespace PaceColours {

QColor forStatus(Confidence status, const QPalette &palette);
// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor &first, const QColor &second);

// The status colour for text on the palette's base: forStatus made darker on a light base (lighter on a dark one)
// until it reads as text does, at a contrast of 4.5:1 at least (WCAG AA); the orange of "at risk" is too light for
// text on white otherwise.
QColor forText(Confidence status, const QPalette &palette);

// The palette pages are printed with: the shown one while it is light (its greys and shading), otherwise a light
// one; white paper and black text either way, so the status colours keep their contrast in print.
QPalette paper(const QPalette &shown);

// A style sheet that writes a widget's text in the status colour. Messages use the same three: an error the
// off-track colour, a warning the at-risk one.
QString textStyle(Confidence status, const QPalette &palette);

// A review grade's green, yellow or red (Scoring::gradeColour) drawn in the status colours, so grades read the
// same way in the window, the review and the PDF.
QColor forGrade(double grade, Commitment commitment, const QPalette &palette);

// A swatch in the status colour whose shape says the status too, for readers who cannot tell the colours apart:
// a circle on track, a triangle at risk, a square off track. `size` is its side in device-independent pixels.
QIcon statusIcon(Confidence status, const QPalette &palette, int size);

} // namespace PaceColours
