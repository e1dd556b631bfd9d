#include "widgets/Accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

void Accessibility::nameClearButton(QLineEdit *edit)
{
    // Qt's own name for the action behind the clear button; its button takes the action's text as its name.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("Accessibility", "Clear"));
        clear->setToolTip(QCoreApplication::translate("Accessibility", "Clear the text"));
    }
}

void Accessibility::nameExtensionButton(QToolBar *toolBar)
{
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(QCoreApplication::translate("Accessibility", "More tools"));
        more->setAccessibleDescription(QCoreApplication::translate("Accessibility", "The tools of “%1” that do not fit")
                                           .arg(toolBar->windowTitle()));
    }
}
