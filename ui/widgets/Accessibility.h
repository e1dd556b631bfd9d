#pragma once

class QLineEdit;
class QToolBar;

// Names for the controls Qt adds to ours without one, so assistive technology can say what they do.
namespace Accessibility {

// The clear button of a line edit (call after setClearButtonEnabled(true)): named "Clear" through its action.
void nameClearButton(QLineEdit *edit);

// The button a tool bar shows for the tools that do not fit: named "More tools" (or what it is checked for).
void nameExtensionButton(QToolBar *toolBar);

} // namespace Accessibility
