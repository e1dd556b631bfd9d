#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A menu or action text as read: without the mnemonic marks and the ellipsis that announces a dialog.
QString plainText(QString text)
{
    static const QString Placeholder = QStringLiteral("\u0001");
    text.replace(QStringLiteral("&&"), Placeholder).remove(QLatin1Char('&')).replace(Placeholder, QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

// True when `action` works in `window`: an action reacts to its shortcut only while added to a widget there.
bool belongsTo(const QAction &action, const QMainWindow &window)
{
    const QObjectList associated = action.associatedObjects();
    return std::any_of(associated.cbegin(), associated.cend(), [&window](const QObject *object) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        return widget && widget->window() == &window;
    });
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    for (const QAction *menuAction : window->menuBar()->actions()) {
        if (const QMenu *menu = menuAction->menu())
            addMenu(*menu, addGroup(plainText(menu->title())));
    }
    addActionsOnlyIn(*window);
    // A group whose actions have no shortcut says nothing.
    for (int row = m_list->topLevelItemCount() - 1; row >= 0; --row) {
        if (m_list->topLevelItem(row)->childCount() == 0)
            delete m_list->takeTopLevelItem(row);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *intro = new QLabel(tr("The shortcuts of this window, as they are set now."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // Well inside a 1366x768 screen; the list scrolls when there are more rows.
    resize(80 * fontMetrics().averageCharWidth(), 30 * fontMetrics().height());
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_list, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    return group;
}

void ShortcutsDialog::addMenu(const QMenu &menu, QTreeWidgetItem *group)
{
    for (const QAction *action : menu.actions()) {
        if (const QMenu *submenu = action->menu())
            addMenu(*submenu, group);
        else if (!action->isSeparator())
            addAction(*action, group);
    }
}

void ShortcutsDialog::addActionsOnlyIn(const QMainWindow &window)
{
    QTreeWidgetItem *group = addGroup(tr("In the window"));
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (belongsTo(*action, window))
            addAction(*action, group);
    }
}

void ShortcutsDialog::addAction(const QAction &action, QTreeWidgetItem *group)
{
    if (action.shortcuts().isEmpty() || m_listed.contains(&action))
        return;
    m_listed.append(&action);
    auto *row = new QTreeWidgetItem(
        group, {plainText(action.text()), QKeySequence::listToString(action.shortcuts(), QKeySequence::NativeText)});
    row->setToolTip(0, action.statusTip());
}
