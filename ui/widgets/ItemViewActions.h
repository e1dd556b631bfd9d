#pragma once

#include <QKeySequence>

class QAbstractItemView;
class QAction;
class QPushButton;
class QString;
class QWidget;

// Actions on the rows of an item view (add, edit, remove): listed in the view's context menu, their shortcut live
// only while the view has focus (Delete in a text field still deletes text), and shown as buttons beside it.
namespace ItemViewActions {

QAction *add(QAbstractItemView *view, const QString &text, const char *objectName, const QKeySequence &shortcut);
// A push button that triggers `action` and follows its text, tip and enabled state.
QPushButton *button(QAction *action, QWidget *parent);

} // namespace ItemViewActions
