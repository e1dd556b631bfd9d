#include "widgets/ItemViewActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QPushButton>

namespace ItemViewActions {

QAction *add(QAbstractItemView *view, const QString &text, const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, view);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

QPushButton *button(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace ItemViewActions
