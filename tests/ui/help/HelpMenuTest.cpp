#include "support/catch.h"

#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "ui/support/AcmeWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

// The dialog's rows as "action\tshortcut", every group together.
QStringList rowsOf(const ShortcutsDialog &dialog)
{
    QStringList rows;
    const QTreeWidget *list = dialog.list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *item = list->topLevelItem(group);
        for (int row = 0; row < item->childCount(); ++row)
            rows.append(item->child(row)->text(0) + QLatin1Char('\t') + item->child(row)->text(1));
    }
    return rows;
}

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

TEST_CASE("Help should offer the keyboard shortcuts, the guide and About", "[ui][help]")
{
    AcmeWindow acme;
    auto *help = acme.window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    REQUIRE(help);
    QStringList names;
    for (const QAction *action : help->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    CHECK(names == QStringList{QStringLiteral("actionKeyboardShortcuts"), QStringLiteral("actionGuide"),
                               QStringLiteral("actionAbout")});
    // Help is the last menu, after the Cycle menu.
    CHECK(acme.window.menuBar()->actions().constLast()->menu() == help);
}

TEST_CASE("The shortcut list should be read from the window's actions, under their menus", "[ui][help]")
{
    AcmeWindow acme;
    const ShortcutsDialog dialog(&acme.window);
    const QStringList rows = rowsOf(dialog);
    CHECK(rows.contains(QStringLiteral("New\t") + keys(QKeySequence::New)));
    CHECK(rows.contains(QStringLiteral("Weekly Check-In\t") + keys(QKeySequence(Qt::CTRL | Qt::Key_K))));
    CHECK(rows.contains(QStringLiteral("New OKR\t") + keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))));
    CHECK(rows.contains(QStringLiteral("Progress Board\t") + keys(QKeySequence(Qt::CTRL | Qt::Key_B))));
    // Each action once, though New OKR sits in the Edit menu, the tool bar and the tree's context menu.
    CHECK(rows.filter(QStringLiteral("New OKR\t")).size() == 1);
    // Every action of the window with a shortcut is listed.
    for (const QAction *action : acme.window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->associatedObjects().isEmpty())
            continue;
        INFO(action->text().toStdString());
        CHECK(rows.filter(QLatin1Char('\t') + keys(action->shortcut())).size() >= 1);
    }

    // An action added later with a shortcut of its own is in the next list: nothing is written out by hand.
    auto *added = new QAction(QStringLiteral("&Zoom In"), &acme.window);
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    acme.window.addAction(added);
    const ShortcutsDialog later(&acme.window);
    CHECK(rowsOf(later).contains(QStringLiteral("Zoom In\t") + keys(added->shortcut())));
}

TEST_CASE("Help > Keyboard Shortcuts and the guide should open dialogs that fit a 1366x768 screen", "[ui][help]")
{
    AcmeWindow acme;
    for (const char *actionName : {"actionKeyboardShortcuts", "actionGuide"}) {
        auto *action = acme.window.findChild<QAction *>(QLatin1String(actionName));
        REQUIRE(action);
        action->trigger();
    }
    const QPointer<ShortcutsDialog> shortcuts = acme.window.findChild<ShortcutsDialog *>();
    const QPointer<GuideDialog> guide = acme.window.findChild<GuideDialog *>();
    REQUIRE(shortcuts);
    REQUIRE(guide);
    for (const QDialog *dialog : {static_cast<QDialog *>(shortcuts), static_cast<QDialog *>(guide)}) {
        INFO(dialog->windowTitle().toStdString());
        CHECK(dialog->isVisible());
        CHECK(dialog->frameGeometry().width() <= 1366);
        CHECK(dialog->frameGeometry().height() <= 700);
    }
    CHECK(shortcuts->windowTitle() == QStringLiteral("Keyboard Shortcuts"));
    const QString guideText = guide->text()->toPlainText();
    CHECK(guideText.contains(QStringLiteral("The planning session")));
    CHECK(guideText.contains(QStringLiteral("The weekly check-in")));
    CHECK(guideText.contains(QStringLiteral("Edit > Weekly Check-In")));

    shortcuts->close();
    guide->close();
    REQUIRE(QTest::qWaitFor([&] { return shortcuts.isNull() && guide.isNull(); }));
}
