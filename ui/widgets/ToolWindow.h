#pragma once

class QString;
class QUndoStack;
class QWidget;

// The main window's tool windows (review, KPIs, teams) are windows of their own, deleted when closed. They get the
// document's Undo and Redo shortcuts, which the main window's actions do not reach, and Esc closes them as it closes
// a dialog (an open cell editor takes Esc first).
namespace ToolWindow {

void prepare(QWidget *content, const QString &title, QUndoStack *undoStack);

} // namespace ToolWindow
