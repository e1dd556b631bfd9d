#pragma once

#include <QStringList>

class QWidget;

// Walks a window as assistive technology does, through QAccessible (queryAccessibleInterface, child(), role(),
// text(Name)), and lists every interactive control that has no accessible name: buttons, edits, combo boxes, spin
// boxes, check boxes, sliders, item views, tabs. Item views are not entered: their cells are named by their data.
// One line per control: its role, class, objectName and the objectNames of the widgets it is in.
namespace AccessibleNames {

// `controlsSeen`: how many interactive controls the walk met, named or not (a walk that meets none proves nothing).
QStringList unnamedControls(QWidget *root, int *controlsSeen = nullptr);

} // namespace AccessibleNames
