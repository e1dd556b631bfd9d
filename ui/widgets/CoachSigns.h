#pragma once

#include "coach/CoachTypes.h"

#include <QIcon>
#include <QString>

class QWidget;

// How every view marks what the coach says: a warning sign for a problem to fix, an information sign for a note
// that may stay as it is. The wizard, the tree and the details panel use the same signs.
namespace CoachSigns {

// "⚠" or "ℹ", to put before a flag's text.
QString sign(CoachSeverity severity);
// The icon of flags of which some are warnings (`warning`) or all are notes; in `widget`'s style, else the
// application's.
QIcon icon(bool warning, const QWidget *widget = nullptr);

} // namespace CoachSigns
