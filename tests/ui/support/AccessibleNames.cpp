#include "ui/support/AccessibleNames.h"

#include <QAccessible>
#include <QMetaEnum>
#include <QSet>
#include <QWidget>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::EditableText:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Controls whose children are their content, named by it: an item view's cells, a combo box's list.
bool isLeaf(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::MenuBar:
    case QAccessible::PopupMenu:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *interface)
{
    const char *role = QMetaEnum::fromType<QAccessible::Role>().valueToKey(interface->role());
    QString text = QString::fromLatin1(role ? role : "?");
    if (const QObject *object = interface->object()) {
        text += QStringLiteral(" %1 '%2'")
                    .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
        QStringList path;
        for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
            if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(QLatin1String("qt_")))
                path.prepend(parent->objectName());
            else if (parent->parent() == nullptr ||
                     (parent->isWidgetType() && static_cast<const QWidget *>(parent)->isWindow()))
                path.prepend(QString::fromLatin1(parent->metaObject()->className()));
        }
        text += QStringLiteral(" in ") + path.join(QLatin1Char('/'));
    }
    return text;
}

void walk(QAccessibleInterface *interface, QSet<QAccessibleInterface *> &seen, QStringList &unnamed, int &controls,
          int depth)
{
    if (!interface || !interface->isValid() || seen.contains(interface) || depth > 80)
        return;
    seen.insert(interface);
    const QAccessible::Role role = interface->role();
    if (isInteractive(role)) {
        ++controls;
        if (interface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(interface));
    }
    if (isLeaf(role))
        return;
    for (int i = 0; i < interface->childCount(); ++i)
        walk(interface->child(i), seen, unnamed, controls, depth + 1);
}

} // namespace

QStringList AccessibleNames::unnamedControls(QWidget *root, int *controlsSeen)
{
    QSet<QAccessibleInterface *> seen;
    QStringList unnamed;
    int controls = 0;
    walk(QAccessible::queryAccessibleInterface(root), seen, unnamed, controls, 0);
    if (controlsSeen)
        *controlsSeen = controls;
    unnamed.removeDuplicates();
    return unnamed;
}
