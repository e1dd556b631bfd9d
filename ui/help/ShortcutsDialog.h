#pragma once

#include <QDialog>

class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, under the menu that holds it, then
// those found only in the window (the tree's, presentation mode's). Read from the actions when the dialog opens, so
// the list is always the one in force.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void addMenu(const QMenu &menu, QTreeWidgetItem *group);
    void addActionsOnlyIn(const QMainWindow &window);
    // Adds `action` to `group` when it has a shortcut, once (an action may sit in several menus).
    void addAction(const QAction &action, QTreeWidgetItem *group);
    QTreeWidgetItem *addGroup(const QString &title);

    QTreeWidget *m_list;
    QList<const QAction *> m_listed;
};
