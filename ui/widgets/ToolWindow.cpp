#include "widgets/ToolWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

namespace ToolWindow {

void prepare(QWidget *content, const QString &title, QUndoStack *undoStack)
{
    content->setWindowFlag(Qt::Window);
    content->setAttribute(Qt::WA_DeleteOnClose);
    content->setWindowTitle(title);
    QAction *undo = undoStack->createUndoAction(content);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(content);
    redo->setShortcut(QKeySequence::Redo);
    auto *close = new QAction(QObject::tr("Close"), content);
    close->setObjectName(QStringLiteral("actionCloseToolWindow"));
    close->setShortcut(QKeySequence::Cancel);
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, content, &QWidget::close);
    content->addActions({undo, redo, close});
}

} // namespace ToolWindow
